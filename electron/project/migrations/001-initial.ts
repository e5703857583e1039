/**
 * Schema version 1: articles, claims, spans (highlights), evidence and the change history.
 * Rows are never hard-deleted by the app: `deleted_at` marks a deletion so it can be undone.
 */
import type { Migration } from './migration';

export const initialSchema: Migration = {
  version: 1,
  name: 'initial',
  sql: `
    CREATE TABLE project_meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE articles (
      id           TEXT PRIMARY KEY,
      title        TEXT NOT NULL,
      outlet       TEXT NOT NULL DEFAULT '',
      author       TEXT NOT NULL DEFAULT '',
      published_at TEXT NOT NULL DEFAULT '',
      url          TEXT NOT NULL DEFAULT '',
      language     TEXT NOT NULL DEFAULT '',
      direction    TEXT NOT NULL DEFAULT 'ltr' CHECK (direction IN ('ltr', 'rtl')),
      body_json    TEXT NOT NULL,
      plain_text   TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      source_name  TEXT NOT NULL DEFAULT '',
      created_at   TEXT NOT NULL,
      created_by   TEXT NOT NULL,
      updated_at   TEXT NOT NULL,
      updated_by   TEXT NOT NULL,
      deleted_at   TEXT
    ) STRICT;
    CREATE INDEX articles_content_hash ON articles (content_hash);

    CREATE TABLE claims (
      id         TEXT PRIMARY KEY,
      text       TEXT NOT NULL,
      claimant   TEXT NOT NULL DEFAULT '',
      verdict    TEXT NOT NULL DEFAULT 'unverified' CHECK (verdict IN ('verified', 'disputed', 'unverified')),
      rationale  TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;

    CREATE TABLE spans (
      id           TEXT PRIMARY KEY,
      article_id   TEXT NOT NULL REFERENCES articles (id),
      claim_id     TEXT NOT NULL REFERENCES claims (id),
      start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
      end_offset   INTEGER NOT NULL,
      exact        TEXT NOT NULL,
      prefix       TEXT NOT NULL,
      suffix       TEXT NOT NULL,
      created_at   TEXT NOT NULL,
      created_by   TEXT NOT NULL,
      deleted_at   TEXT,
      CHECK (end_offset > start_offset)
    ) STRICT;
    CREATE INDEX spans_article ON spans (article_id, start_offset);
    CREATE INDEX spans_claim ON spans (claim_id);

    CREATE TABLE evidence (
      id         TEXT PRIMARY KEY,
      claim_id   TEXT NOT NULL REFERENCES claims (id),
      url        TEXT NOT NULL DEFAULT '',
      citation   TEXT NOT NULL DEFAULT '',
      note       TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX evidence_claim ON evidence (claim_id);

    CREATE TABLE history (
      id        INTEGER PRIMARY KEY,
      at        TEXT NOT NULL,
      actor     TEXT NOT NULL,
      claim_id  TEXT NOT NULL,
      entity    TEXT NOT NULL CHECK (entity IN ('claim', 'span', 'evidence')),
      entity_id TEXT NOT NULL,
      action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
      field     TEXT NOT NULL DEFAULT '',
      old_value TEXT NOT NULL DEFAULT '',
      new_value TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX history_claim ON history (claim_id, id);
  `,
};
