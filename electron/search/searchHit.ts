/**
 * What a search returns: ranked hits of three kinds, each with a plain-text snippet whose matches
 * are ranges (never HTML), and for an article the passage to jump to. These are the records the
 * `search` IPC method and `claimdesk search --json` publish (schemas in shared/ipc/schemas.ts).
 */
import type { Snippet } from './snippet';
import type { TextRange } from './highlightMarkers';

export type SearchHitKind = 'article' | 'claim' | 'evidence';

/** Which field of the row the snippet comes from. */
export type SearchField = 'title' | 'text' | 'rationale' | 'claimant' | 'citation' | 'note' | 'url';

export interface SearchHit {
  kind: SearchHitKind;
  /** The article's, claim's or evidence's id. */
  id: string;
  /** Set for article hits. */
  articleId: string | null;
  /** Set for claim hits and evidence hits (the claim the evidence belongs to). */
  claimId: string | null;
  /** What to list the hit as: the article title, the claim text, the evidence citation (or URL). */
  title: string;
  field: SearchField;
  snippet: Snippet;
  /** Article hits whose text matched: the match to scroll to, as offsets into the article's plain text. */
  match: TextRange | null;
  /** Relevance, higher is better (bm25 of the index, or a match count for substring searches). */
  score: number;
}

export interface SearchResult {
  /** The terms the query was read as (a phrase in quotes is one term). */
  terms: string[];
  /** 'index' (FTS5) or 'scan' (substring search, for scripts written without spaces). */
  mode: 'index' | 'scan';
  hits: SearchHit[];
}
