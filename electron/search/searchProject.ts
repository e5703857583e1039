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
import type { Project } from '../project/project';
import { MATCH_CLOSE, MATCH_OPEN, parseMarkedText, type TextRange } from './highlightMarkers';
import { indexText, indexToOriginal } from './indexText';
import { scanSearch } from './scanSearch';
import { COLUMN_WEIGHTS, loadSearchableRow, type SearchableRow } from './searchableRow';
import type { SearchHitKind, SearchResult } from './searchHit';
import { searchHitOf } from './searchHitOf';
import { ftsExpression, needsScan, parseSearchQuery } from './searchQuery';

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;

export interface SearchOptions {
  /** Most hits returned (1-100, default 20). */
  limit?: number;
}

const RANKED = `
  SELECT d.doc, d.kind, d.ref_id AS id, bm25(search_fts, ${COLUMN_WEIGHTS.join(', ')}) AS rank
  FROM search_fts JOIN search_docs d ON d.doc = search_fts.rowid
  WHERE search_fts MATCH @query
    AND (d.kind <> 'evidence' OR EXISTS (
      SELECT 1 FROM evidence e JOIN claims c ON c.id = e.claim_id WHERE e.id = d.ref_id AND c.deleted_at IS NULL))
  ORDER BY rank, d.doc
  LIMIT @limit`;

const HIGHLIGHTED = `
  SELECT highlight(search_fts, 0, @open, @close) AS h0, highlight(search_fts, 1, @open, @close) AS h1,
    highlight(search_fts, 2, @open, @close) AS h2
  FROM search_fts WHERE search_fts MATCH @query AND rowid = CAST(@doc AS INTEGER)`;
// The CAST matters: better-sqlite3 binds a JS number as a REAL, and FTS5 (SQLite 3.51) then ignores
// a rowid = ? constraint combined with MATCH, returning every matching row.

interface RankedRow {
  doc: number;
  kind: SearchHitKind;
  id: string;
  rank: number;
}

/** Where the matches are in one original field, from the highlighted index copy of it. */
function rangesInOriginal(original: string, marked: string | null): TextRange[] {
  const parsed = marked === null ? null : parseMarkedText(marked);
  // The copy must be exactly the folded original; if not (it never should differ), show no ranges.
  if (!parsed || parsed.text !== indexText(original)) return [];
  const toOriginal = indexToOriginal(original);
  return parsed.ranges.map((r) => ({ start: toOriginal(r.start), end: toOriginal(r.end) }));
}

function runRanked(project: Project, query: string, limit: number): RankedRow[] {
  try {
    return project.db.prepare(RANKED).all({ query, limit }) as RankedRow[];
  } catch (err) {
    // searchQuery.ts quotes every term, so this is a bug; say so without blaming the user's text.
    if (/fts5/i.test((err as Error).message)) {
      throw new ClaimdeskError('internal', `Search could not read the query ${JSON.stringify(query)}.`);
    }
    throw err;
  }
}

export function searchProject(project: Project, query: string, opts: SearchOptions = {}): SearchResult {
  const terms = parseSearchQuery(query);
  const limit = Math.min(MAX_SEARCH_LIMIT, Math.max(1, Math.floor(opts.limit ?? DEFAULT_SEARCH_LIMIT)));
  const termTexts = terms.map((t) => t.text);
  if (terms.length === 0) return { terms: [], mode: 'index', hits: [] };
  if (needsScan(terms)) return { terms: termTexts, mode: 'scan', hits: scanSearch(project, terms, limit) };

  const expression = ftsExpression(terms);
  const highlight = project.db.prepare(HIGHLIGHTED);
  const hits = [];
  for (const ranked of runRanked(project, expression, limit)) {
    const row: SearchableRow | undefined = loadSearchableRow(project, ranked.kind, ranked.id);
    if (!row) continue;
    const marked = highlight.get({ query: expression, doc: ranked.doc, open: MATCH_OPEN, close: MATCH_CLOSE }) as
      { h0: string | null; h1: string | null; h2: string | null } | undefined;
    const ranges = row.fields.map((f, i) =>
      rangesInOriginal(f.text, marked ? [marked.h0, marked.h1, marked.h2][i]! : null),
    );
    hits.push(searchHitOf(row, ranges, -ranked.rank));
  }
  return { terms: termTexts, mode: 'index', hits };
}
