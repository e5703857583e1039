/**
 * Replaces an article's text with a new version while keeping every highlight attached: each span
 * is re-found in the new text from its quote and context (electron/spans/reanchorSpan.ts); one
 * that cannot be found (or would land on a range that is not whole text) is marked orphaned and stays
 * listed on its claim, never dropped. Every change to a span is in its claim's history: a move
 * ("re-anchored", old → new offsets), a new wording ("exact") or an orphaning. The previous text
 * is kept in `article_versions`. All of it is one transaction.
 */
import type { ArticleMeta } from '../../shared/domain/types';
import { contentHash, getArticle, getArticleSummary } from '../articles/articleStore';
import { recordHistory } from '../history/historyStore';
import { reanchorSpan } from '../spans/reanchorSpan';
import { nowIso } from '../project/clock';
import type { Project } from '../project/project';
import { assertWritable } from '../project/writeGuard';
import { writeTransaction } from '../project/writeTransaction';
import { MERGED_VERSION_BASE } from '../sync/mergedVersions';

export interface NewVersion {
  bodyJson: string;
  plainText: string;
  meta: ArticleMeta;
  sourceName: string;
}

export interface ReanchorCounts {
  reanchored: number;
  orphaned: number;
}

interface SpanRow {
  id: string;
  claim_id: string;
  start_offset: number;
  end_offset: number;
  exact: string;
  prefix: string;
  suffix: string;
  orphaned: number;
}

export function replaceArticleText(project: Project, articleId: string, next: NewVersion): ReanchorCounts {
  assertWritable(project);
  return writeTransaction(project, () => {
    const old = getArticle(project, articleId);
    const now = nowIso();
    // The next number after this copy's saved versions (not a count: a merge can keep versions of
    // its own, numbered from MERGED_VERSION_BASE, and drop them again; see electron/sync/mergedVersions.ts).
    const version =
      (project.db
        .prepare('SELECT coalesce(max(version), 0) FROM article_versions WHERE article_id = ? AND version < ?')
        .pluck()
        .get(articleId, MERGED_VERSION_BASE) as number) + 1;
    project.db
      .prepare(
        `INSERT INTO article_versions (article_id, version, body_json, plain_text, source_name, replaced_at, replaced_by)
         SELECT id, ?, body_json, plain_text, source_name, ?, ? FROM articles WHERE id = ?`,
      )
      .run(version, now, project.actor, articleId);
    // Metadata the checker already has (possibly corrected by hand) is kept; the new version only fills gaps.
    const keep = (field: keyof ArticleMeta) => old[field] || next.meta[field];
    project.db
      .prepare(
        `UPDATE articles SET body_json = ?, plain_text = ?, content_hash = ?, source_name = ?, title = ?, outlet = ?,
           author = ?, published_at = ?, url = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
      )
      .run(
        next.bodyJson,
        next.plainText,
        contentHash(next.plainText),
        next.sourceName,
        keep('title'),
        keep('outlet'),
        keep('author'),
        keep('publishedAt'),
        keep('url'),
        now,
        project.actor,
        articleId,
      );

    const spans = project.db
      .prepare('SELECT * FROM spans WHERE article_id = ? AND deleted_at IS NULL ORDER BY start_offset')
      .all(articleId) as SpanRow[];
    const moveSpan = project.db.prepare(
      'UPDATE spans SET start_offset = ?, end_offset = ?, exact = ?, prefix = ?, suffix = ?, orphaned = 0 WHERE id = ?',
    );
    const orphanSpan = project.db.prepare('UPDATE spans SET orphaned = 1 WHERE id = ?');
    const scale = old.plainText.length > 0 ? next.plainText.length / old.plainText.length : 1;
    const counts: ReanchorCounts = { reanchored: 0, orphaned: 0 };
    for (const s of spans) {
      const anchor = reanchorSpan(next.plainText, s, Math.round(s.start_offset * scale));
      const base = { claimId: s.claim_id, entity: 'span' as const, entityId: s.id, action: 'update' as const };
      if (!anchor) {
        counts.orphaned++;
        if (!s.orphaned) orphanSpan.run(s.id);
        recordHistory(
          project,
          { ...base, field: 'orphaned', oldValue: s.exact, newValue: `not found in version ${version + 1}` },
          now,
        );
        continue;
      }
      counts.reanchored++;
      moveSpan.run(anchor.start, anchor.end, anchor.exact, anchor.prefix, anchor.suffix, s.id);
      const moved = anchor.start !== s.start_offset || anchor.end !== s.end_offset;
      if (moved || anchor.prefix !== s.prefix || anchor.suffix !== s.suffix) {
        recordHistory(
          project,
          {
            ...base,
            field: 're-anchored',
            oldValue: `${s.start_offset}–${s.end_offset}`,
            newValue: `${anchor.start}–${anchor.end}`,
          },
          now,
        );
      }
      if (anchor.exact !== s.exact || s.orphaned) {
        recordHistory(project, { ...base, field: 'exact', oldValue: s.exact, newValue: anchor.exact }, now);
      }
    }
    getArticleSummary(project, articleId);
    return counts;
  });
}

/** The live article published at this URL, if any: a new import from the same URL is a new version. */
export function findArticleByUrl(project: Project, url: string): string | undefined {
  if (!url) return undefined;
  const row = project.db.prepare('SELECT id FROM articles WHERE url = ? AND deleted_at IS NULL LIMIT 1').get(url) as
    { id: string } | undefined;
  return row?.id;
}
