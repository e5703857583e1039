/**
 * Full-text search over a project: articles, claims and evidence in one ranked list.
 *
 * The query is read by searchQuery.ts (safe quoting, prefix terms) and answered by the FTS5 index
 * of migration 003, ranked by bm25 with a title / claim text counting three times a body word and
 * a claimant or URL twice. Only the top `limit` hits are then highlighted: FTS5's highlight()
 * marks the matches in the indexed copy, the markers become ranges, and the ranges are mapped back
 * to the original text (indexText.ts) so an article hit carries real plain-text offsets to jump to.
 * Queries in scripts written without spaces (Chinese, Japanese, Thai…) go to a substring scan
 * instead (scanSearch.ts), because unicode61 cannot find a word inside such a run of text.
 */
import { ClaimdeskError } from '../../shared/ipc/result';
import { cachedStatement } from '../project/cachedStatement';
import type { Project } from '../project/project';
import { MATCH_CLOSE, MATCH_OPEN, parseMarkedText, type TextRange } from './highlightMarkers';
import { indexText, indexToOriginal } from './indexText';
import { scanSearch } from './scanSearch';
import { COLUMN_WEIGHTS, loadSearchableRow } from './searchableRow';
import type { SearchHit, SearchHitKind, SearchResult } from './searchHit';
import { searchHitOf } from './searchHitOf';
import { ftsExpression, needsScan, parseSearchQuery } from './searchQuery';

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;

export interface SearchOptions {
  /** Most hits returned (1-100, default 20). */
  limit?: number;
}

/**
 * One batch of the best matches with their matches marked, in one statement: SQLite evaluates
 * highlight() only for the rows that survive ORDER BY ... LIMIT, so marking costs little more than
 * ranking. Measured on 22,000 documents: FTS5's own `rank MATCH 'bm25(...)'` ordering was half
 * again slower than bm25() in the select list, a second MATCH per hit for highlight() doubled the
 * time, and joining the row map before the LIMIT added a sixth; so rows are mapped afterwards.
 */
const RANKED = `
  SELECT rowid AS doc, bm25(search_fts, ${COLUMN_WEIGHTS.join(', ')}) AS rank,
    highlight(search_fts, 0, @open, @close) AS h0, highlight(search_fts, 1, @open, @close) AS h1,
    highlight(search_fts, 2, @open, @close) AS h2
  FROM search_fts WHERE search_fts MATCH @query
  ORDER BY rank, rowid
  LIMIT @limit OFFSET @offset`;

const DOC = 'SELECT kind, ref_id AS id FROM search_docs WHERE doc = ?';

interface RankedRow {
  doc: number;
  rank: number;
  h0: string | null;
  h1: string | null;
  h2: string | null;
}

/** Where the matches are in one original field, from the highlighted index copy of it. */
function rangesInOriginal(original: string, marked: string | null): TextRange[] {
  const parsed = marked === null ? null : parseMarkedText(marked);
  // The copy must be exactly the folded original; if not (it never should differ), show no ranges.
  if (!parsed || parsed.text !== indexText(original)) return [];
  const toOriginal = indexToOriginal(original);
  return parsed.ranges.map((r) => ({ start: toOriginal(r.start), end: toOriginal(r.end) }));
}

function runRanked(project: Project, query: string, limit: number, offset: number): RankedRow[] {
  try {
    return cachedStatement(project.db, RANKED).all({
      query,
      limit,
      offset,
      open: MATCH_OPEN,
      close: MATCH_CLOSE,
    }) as RankedRow[];
  } catch (err) {
    // searchQuery.ts quotes every term, so this is a bug; say so without blaming the user's text.
    if (/fts5/i.test((err as Error).message)) {
      throw new ClaimdeskError('internal', `Search could not read the query ${JSON.stringify(query)}.`);
    }
    throw err;
  }
}

/** The hit for one ranked row, or undefined when its row is no longer live (evidence of a deleted claim). */
function hitOf(project: Project, ranked: RankedRow): SearchHit | undefined {
  const doc = cachedStatement(project.db, DOC).get(ranked.doc) as { kind: SearchHitKind; id: string } | undefined;
  const row = doc && loadSearchableRow(project, doc.kind, doc.id);
  if (!row) return undefined;
  const marked = [ranked.h0, ranked.h1, ranked.h2];
  return searchHitOf(
    row,
    row.fields.map((f, i) => rangesInOriginal(f.text, marked[i]!)),
    -ranked.rank,
  );
}

export function searchProject(project: Project, query: string, opts: SearchOptions = {}): SearchResult {
  const terms = parseSearchQuery(query);
  const limit = Math.min(MAX_SEARCH_LIMIT, Math.max(1, Math.floor(opts.limit ?? DEFAULT_SEARCH_LIMIT)));
  const termTexts = terms.map((t) => t.text);
  if (terms.length === 0) return { terms: [], mode: 'index', hits: [] };
  if (needsScan(terms)) return { terms: termTexts, mode: 'scan', hits: scanSearch(project, terms, limit) };

  const expression = ftsExpression(terms);
  const hits: SearchHit[] = [];
  // Rows that are no longer live are skipped, and the next batch fills their places.
  for (let offset = 0; hits.length < limit; offset += limit) {
    const batch = runRanked(project, expression, limit, offset);
    for (const ranked of batch) {
      const hit = hitOf(project, ranked);
      if (hit) hits.push(hit);
      if (hits.length === limit) break;
    }
    if (batch.length < limit) break;
  }
  return { terms: termTexts, mode: 'index', hits };
}
