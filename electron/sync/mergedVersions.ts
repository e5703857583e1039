/**
 * Keeps every text an article ever had. Two colleagues may each import a new version of the same
 * article: the merge shows the latest, and the other one, like every earlier text, must stay in
 * `article_versions`. Each copy also numbers the versions it saves itself (1, 2, ...), so two copies'
 * "version 2" can be different texts under one key, and only one survives the merge.
 *
 * So after a merge (or a local change), every text the log holds for a touched article (each write to its text group),
 * other than the one shown and those already kept as a saved version, is kept as a version numbered
 * from MERGED_VERSION_BASE up, in the order it was written: a function of the log alone, rebuilt
 * for each touched article, identical on every copy. Such a version's `replaced_at` and
 * `replaced_by` are when and by whom the next text was written.
 */
import type Database from 'better-sqlite3';
import { hlcTime } from '../../shared/sync/hlc';
import { ARTICLE_TEXT } from '../../shared/sync/syncSchema';
import { cachedStatement } from '../project/cachedStatement';
import { sqlLiteral } from './tableSql';

/** Versions from here up are kept by merges; lower numbers are versions saved by an import. */
export const MERGED_VERSION_BASE = 1_000_000;

interface TextWrite {
  hlc: string;
  body_json: string | null;
  plain_text: string | null;
  source_name: string | null;
}

/**
 * Rebuilds the merge-kept versions of these articles: after a merge touched them, and after a local
 * change to their text or saved versions (changeCapture.ts), so the result never depends on which
 * copy made the last change. The caller makes sure these writes are not captured as changes.
 */
export function keepMergedVersions(db: Database.Database, articleIds: readonly string[]): void {
  const exists = cachedStatement(db, 'SELECT 1 FROM main.articles WHERE id = ?').pluck();
  const articles = [...new Set(articleIds)].filter((id) => exists.get(id) !== undefined).sort();
  if (articles.length === 0) return;
  const columns = ARTICLE_TEXT.map(sqlLiteral).join(', ');
  const valueAt = (col: string) =>
    `(SELECT v.value FROM main.sync_values v WHERE v.tbl = 'articles' AND v.row_id = s.row_id AND v.col = '${col}' AND v.hlc <= s.hlc ORDER BY v.hlc DESC LIMIT 1)`;
  const writes = cachedStatement(
    db,
    `SELECT s.hlc, ${valueAt('body_json')} AS body_json, ${valueAt('plain_text')} AS plain_text,
            ${valueAt('source_name')} AS source_name
     FROM (SELECT DISTINCT row_id, hlc FROM main.sync_values WHERE tbl = 'articles' AND row_id = ? AND col IN (${columns})) s
     ORDER BY s.hlc`,
  );
  const actorOf = cachedStatement(
    db,
    "SELECT actor FROM main.sync_changes WHERE tbl = 'articles' AND row_id = ? AND hlc = ?",
  ).pluck();
  const shown = cachedStatement(db, 'SELECT body_json, plain_text FROM main.articles WHERE id = ?');
  const saved = cachedStatement(
    db,
    'SELECT body_json, plain_text FROM main.article_versions WHERE article_id = ? AND version < ?',
  );
  const clear = cachedStatement(db, 'DELETE FROM main.article_versions WHERE article_id = ? AND version >= ?');
  const keep = cachedStatement(
    db,
    `INSERT INTO main.article_versions (article_id, version, body_json, plain_text, source_name, replaced_at, replaced_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const key = (body: unknown, plain: unknown) => JSON.stringify([body, plain]);
  for (const articleId of articles) {
    clear.run(articleId, MERGED_VERSION_BASE);
    const texts = writes.all(articleId) as TextWrite[];
    const current = shown.get(articleId) as { body_json: string; plain_text: string };
    const known = new Set([
      key(current.body_json, current.plain_text),
      ...(saved.all(articleId, MERGED_VERSION_BASE) as { body_json: string; plain_text: string }[]).map((v) =>
        key(v.body_json, v.plain_text),
      ),
    ]);
    let version = MERGED_VERSION_BASE;
    texts.forEach((w, i) => {
      const next = texts[i + 1];
      if (!next || w.body_json === null || w.plain_text === null) return;
      const k = key(w.body_json, w.plain_text);
      if (known.has(k)) return;
      known.add(k);
      const by = (actorOf.get(articleId, next.hlc) as string | undefined) ?? '';
      keep.run(articleId, version++, w.body_json, w.plain_text, w.source_name ?? '', hlcTime(next.hlc), by);
    });
  }
}
