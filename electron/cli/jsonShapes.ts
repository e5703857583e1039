/**
 * The records `--json` prints. They are the CLI's published interface for newsroom scripts, so they
 * are spelled out here instead of dumping the services' internal objects: a field added to a domain
 * type does not change the CLI's output by accident, and removing one here is a breaking change.
 */
import type { ArticleSummary, Claim, HistoryEntry, Span } from '../../shared/domain/types';
import type { Verdict } from '../../shared/domain/verdict';

export interface ArticleJson {
  id: string;
  title: string;
  outlet: string;
  author: string;
  /** YYYY-MM-DD (or an ISO date-time), empty when unknown. */
  publishedAt: string;
  url: string;
  highlightCount: number;
}

export interface ClaimJson {
  id: string;
  text: string;
  claimant: string;
  verdict: Verdict;
  rationale: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  evidenceCount: number;
}

export interface SpanJson {
  id: string;
  articleId: string;
  claimId: string;
  /** UTF-16 offsets into the article's plain text: plainText.slice(start, end) === exact. */
  start: number;
  end: number;
  exact: string;
  /** True when a new version of the article no longer holds the passage: start/end are where it last was. */
  orphaned: boolean;
}

export interface HistoryJson {
  at: string;
  actor: string;
  entity: HistoryEntry['entity'];
  entityId: string;
  action: HistoryEntry['action'];
  field: string;
  oldValue: string;
  newValue: string;
}

export const articleJson = (a: ArticleSummary): ArticleJson => ({
  id: a.id,
  title: a.title,
  outlet: a.outlet,
  author: a.author,
  publishedAt: a.publishedAt,
  url: a.url,
  highlightCount: a.spanCount,
});

export const claimJson = (c: Claim): ClaimJson => ({
  id: c.id,
  text: c.text,
  claimant: c.claimant,
  verdict: c.verdict,
  rationale: c.rationale,
  createdAt: c.createdAt,
  createdBy: c.createdBy,
  updatedAt: c.updatedAt,
  updatedBy: c.updatedBy,
  evidenceCount: c.evidenceCount,
});

export const spanJson = (s: Span): SpanJson => ({
  id: s.id,
  articleId: s.articleId,
  claimId: s.claimId,
  start: s.start,
  end: s.end,
  exact: s.exact,
  orphaned: s.orphaned,
});

export const historyJson = (h: HistoryEntry): HistoryJson => ({
  at: h.at,
  actor: h.actor,
  entity: h.entity,
  entityId: h.entityId,
  action: h.action,
  field: h.field,
  oldValue: h.oldValue,
  newValue: h.newValue,
});

/** Documentation of the shapes above, quoted by the verbs' --help. */
export const SHAPE_DOC = {
  article: '{ id, title, outlet, author, publishedAt, url, highlightCount }',
  claim: '{ id, text, claimant, verdict, rationale, createdAt, createdBy, updatedAt, updatedBy, evidenceCount }',
  span: '{ id, articleId, claimId, start, end, exact, orphaned }',
  history: '{ at, actor, entity, entityId, action, field, oldValue, newValue }',
} as const;
