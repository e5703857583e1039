/**
 * The domain records of a Claimdesk project, as they cross the process boundary: plain JSON,
 * dates as ISO 8601 strings, ids as UUIDs. The zod schemas in shared/ipc validate these shapes.
 */
import type { Verdict } from './verdict';

export type Id = string;

export interface ArticleMeta {
  title: string;
  outlet: string;
  author: string;
  /** ISO 8601 date (YYYY-MM-DD) or date-time; empty when unknown. */
  publishedAt: string;
  url: string;
}

/** How the article reads: its language (BCP 47, may be empty) and text direction. */
export interface ArticleScript {
  language: string;
  direction: 'ltr' | 'rtl';
}

export interface ArticleSummary extends ArticleMeta, ArticleScript {
  id: Id;
  createdAt: string;
  createdBy: string;
  spanCount: number;
}

export interface Article extends ArticleSummary {
  /** Serialized Lexical editor state (JSON text) of the rich body, without highlights. */
  body: string;
  /** The plain-text projection of the body: span offsets index into this string (UTF-16 units). */
  plainText: string;
}

export interface Claim {
  id: Id;
  text: string;
  claimant: string;
  verdict: Verdict;
  rationale: string;
  /** When the claimant made the claim (ISO date), if known. */
  claimDate: string;
  /** Who on the desk is checking it. */
  assignee: string;
  /** Free labels (topic, desk, priority), sorted, without duplicates. */
  tags: string[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  spanCount: number;
  evidenceCount: number;
  /** The articles it appears in (live highlights), for filtering by article. */
  articleIds: string[];
}

/** A slice of a long list (articles, claims) in list order, and how many items the list has in all. */
export interface Page<T> {
  total: number;
  items: T[];
}

export interface Span {
  id: Id;
  articleId: Id;
  claimId: Id;
  start: number;
  end: number;
  /** The exact quoted text, plus context on each side, so the span can be found again after edits. */
  exact: string;
  prefix: string;
  suffix: string;
  createdAt: string;
  createdBy: string;
  /** True when a new version of the article no longer contains the passage: kept, listed, not drawn. */
  orphaned: boolean;
}

/** A span as the claim view lists it: where the appearance is, and in which article. */
export interface Appearance extends Span {
  articleTitle: string;
  outlet: string;
  publishedAt: string;
}

export interface Evidence {
  id: Id;
  claimId: Id;
  url: string;
  citation: string;
  note: string;
  title: string;
  /** When the checker last looked at the source (ISO date). */
  accessedAt: string;
  createdAt: string;
  createdBy: string;
}

export type HistoryEntity = 'claim' | 'span' | 'evidence';
export type HistoryAction = 'create' | 'update' | 'delete' | 'restore';

export interface HistoryEntry {
  id: number;
  at: string;
  actor: string;
  claimId: Id;
  entity: HistoryEntity;
  entityId: Id;
  action: HistoryAction;
  field: string;
  oldValue: string;
  newValue: string;
}

export interface ClaimDetail {
  claim: Claim;
  appearances: Appearance[];
  evidence: Evidence[];
  history: HistoryEntry[];
}

/** A highlight as the article view draws it: the span plus its claim's verdict. */
export interface Highlight {
  spanId: Id;
  claimId: Id;
  start: number;
  end: number;
  verdict: Verdict;
}

export interface ProjectInfo {
  path: string;
  title: string;
  readOnly: boolean;
  /** Whose name goes on every change made in this window. */
  actor: string;
  /** Why the project is read-only when the user did not ask for that (who has it open, where it lives). */
  readOnlyReason?: string;
}
