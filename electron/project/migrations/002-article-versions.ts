/**
 * Schema version 2: new versions of an article. The text a highlight was made on is kept in
 * `article_versions`, and a highlight that could not be re-found in the new text is marked
 * orphaned (listed on its claim, not drawn in the article) instead of being dropped.
 */
import type { Migration } from './migration';

export const articleVersions: Migration = {
  version: 2,
  name: 'article-versions',
  sql: `
    ALTER TABLE spans ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1));

    CREATE TABLE article_versions (
      article_id  TEXT NOT NULL REFERENCES articles (id),
      version     INTEGER NOT NULL,
      body_json   TEXT NOT NULL,
      plain_text  TEXT NOT NULL,
      source_name TEXT NOT NULL DEFAULT '',
      replaced_at TEXT NOT NULL,
      replaced_by TEXT NOT NULL,
      PRIMARY KEY (article_id, version)
    ) STRICT;
  `,
};
