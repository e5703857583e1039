/**
 * Builds a search hit from a row and where the query matched in each of its fields (offsets into
 * the original texts). The snippet comes from the most useful matching field: an article's text
 * before its title (so the UI can jump to the passage), otherwise the fields in index order.
 */
import type { TextRange } from './highlightMarkers';
import type { SearchHit } from './searchHit';
import { rowTitle, type SearchableRow } from './searchableRow';
import { buildSnippet } from './snippet';

/** Field indexes (head 0, body 1, meta 2) in the order a snippet prefers them. */
const PREFERENCE = { article: [1, 0], claim: [0, 1, 2], evidence: [0, 1, 2] } as const;

export function searchHitOf(row: SearchableRow, ranges: readonly (readonly TextRange[])[], score: number): SearchHit {
  const order = PREFERENCE[row.kind];
  const chosen = order.find((i) => (ranges[i]?.length ?? 0) > 0) ?? order[0];
  const field = row.fields[chosen];
  const { snippet, anchor } = buildSnippet(field.text, ranges[chosen] ?? []);
  return {
    kind: row.kind,
    id: row.id,
    articleId: row.kind === 'article' ? row.id : null,
    claimId: row.claimId,
    title: rowTitle(row),
    field: field.name,
    snippet,
    match: row.kind === 'article' && chosen === 1 ? anchor : null,
    score,
  };
}
