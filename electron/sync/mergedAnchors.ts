/**
 * Keeps merged highlights on the right words. A highlight's anchor (offsets, quote, context) comes
 * whole from one write, but that write may have been made on another version of the article's
 * text than the one that won the merge (a colleague highlighted the old text while another
 * imported a new version). Each merged highlight is checked against its article's winning text:
 * if its offsets no longer hold its quote and context there, it is re-found with the project's
 * re-anchoring (electron/spans/reanchorSpan.ts, as for a new version) or, when it cannot be found,
 * marked orphaned: never left pointing at other words.
 *
 * This only reads the winning values of the log and the winning text, so every copy settles a
 * highlight the same way; the result is not a new change (the log keeps what was written).
 * Deleted highlights are left as written (every copy has them so); one restored on this copy is
 * settled by the restore itself (restoreSpan in electron/spans/spanStore.ts).
 */
import type Database from 'better-sqlite3';
import type { QuoteSelector } from '../../shared/text/quoteSelector';
import { cachedStatement } from '../project/cachedStatement';
import { anchorHolds, reanchorSpan } from '../spans/reanchorSpan';

interface Anchored extends QuoteSelector {
  row_id: string;
  article_id: string;
  start_offset: number;
  end_offset: number;
}

/** The live, not orphaned highlights (alias `w` over span rows) with a usable anchor. */
const SETTLED_ROWS = `WHERE w.orphaned = 0 AND w.deleted_at IS NULL AND w.article_id IS NOT NULL
   AND typeof(w.start_offset) IN ('integer', 'real') AND typeof(w.end_offset) IN ('integer', 'real')
   AND typeof(w.exact) = 'text' AND typeof(w.prefix) = 'text' AND typeof(w.suffix) = 'text'`;

/** Settles the gathered highlights of a merge (rows of `scratch`) on their article's winning text. */
export function settleMergedAnchors(db: Database.Database, scratch: string): void {
  const rows = cachedStatement(
    db,
    `SELECT w.row_id, w.article_id, w.start_offset, w.end_offset, w.exact, w.prefix, w.suffix
     FROM ${scratch} w ${SETTLED_ROWS} ORDER BY w.article_id`,
  ).all() as Anchored[];
  if (rows.length === 0) return;
  const textOf = cachedStatement(db, 'SELECT plain_text FROM main.articles WHERE id = ?').pluck();
  const move = cachedStatement(
    db,
    `UPDATE ${scratch} SET start_offset = ?, end_offset = ?, exact = ?, prefix = ?, suffix = ? WHERE row_id = ?`,
  );
  const orphan = cachedStatement(
    db,
    `UPDATE ${scratch} SET orphaned = 1, start_offset = max(start_offset, 0), end_offset = max(end_offset, max(start_offset, 0) + 1) WHERE row_id = ?`,
  );
  let articleId: string | undefined;
  let text: string | undefined;
  for (const row of rows) {
    if (row.article_id !== articleId) {
      articleId = row.article_id;
      text = textOf.get(articleId) as string | undefined;
    }
    if (text === undefined) continue;
    if (anchorHolds(text, { ...row, start: row.start_offset, end: row.end_offset })) continue;
    const q = reanchorSpan(text, row, Math.max(0, row.start_offset));
    if (q) move.run(q.start, q.end, q.exact, q.prefix, q.suffix, row.row_id);
    else orphan.run(row.row_id);
  }
}
