/**
 * Spans: highlighted passages of an article, each linked to one claim. A span keeps its offsets
 * into the article's plain text and a quote selector (exact text with context) to re-find it.
 */
import type { Appearance, Highlight, Span } from '../../shared/domain/types';
import { ClaimdeskError } from '../../shared/ipc/result';
import { isValidRange, quoteSelectorAt } from '../../shared/text/quoteSelector';
import type { Project } from '../project/project';
import { newId, nowIso } from '../project/clock';
import { assertWritable } from '../project/writeGuard';
import { recordHistory } from '../history/historyStore';
import { getArticleText } from '../articles/articleStore';
import { getClaim, insertClaim, type ClaimFields } from '../claims/claimStore';
import { writeTransaction } from '../project/writeTransaction';
import { anchorHolds, reanchorSpan } from './reanchorSpan';

export interface SpanRange {
  articleId: string;
  start: number;
  end: number;
}

interface SpanRow {
  id: string;
  article_id: string;
  claim_id: string;
  start_offset: number;
  end_offset: number;
  exact: string;
  prefix: string;
  suffix: string;
  created_at: string;
  created_by: string;
  orphaned: number;
}

function toSpan(r: SpanRow): Span {
  return {
    id: r.id,
    articleId: r.article_id,
    claimId: r.claim_id,
    start: r.start_offset,
    end: r.end_offset,
    exact: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
    createdAt: r.created_at,
    createdBy: r.created_by,
    orphaned: r.orphaned === 1,
  };
}

function findSpan(project: Project, id: string, deleted: boolean): Span | undefined {
  const row = project.db
    .prepare(`SELECT * FROM spans WHERE id = ? AND deleted_at IS ${deleted ? 'NOT ' : ''}NULL`)
    .get(id) as SpanRow | undefined;
  return row ? toSpan(row) : undefined;
}

export function getSpan(project: Project, id: string): Span {
  const span = findSpan(project, id, false);
  if (!span) throw new ClaimdeskError('not-found', `No highlight with id ${id} in ${project.path}.`);
  return span;
}

/** Inserts a span for an existing claim; the caller provides the transaction. */
function insertSpan(project: Project, claimId: string, range: SpanRange): Span {
  const text = getArticleText(project, range.articleId);
  if (!isValidRange(text, range.start, range.end)) {
    throw new ClaimdeskError(
      'invalid-input',
      `Highlight ${range.start}-${range.end} is outside the article's text (0-${text.length}).`,
    );
  }
  const id = newId();
  const now = nowIso();
  const quote = quoteSelectorAt(text, range.start, range.end);
  project.db
    .prepare(
      `INSERT INTO spans (id, article_id, claim_id, start_offset, end_offset, exact, prefix, suffix, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      range.articleId,
      claimId,
      range.start,
      range.end,
      quote.exact,
      quote.prefix,
      quote.suffix,
      now,
      project.actor,
    );
  recordHistory(
    project,
    { claimId, entity: 'span', entityId: id, action: 'create', field: range.articleId, newValue: quote.exact },
    now,
  );
  return getSpan(project, id);
}

/** Highlights a passage and links it to an existing claim. */
export function linkSpan(project: Project, claimId: string, range: SpanRange): Span {
  assertWritable(project);
  return writeTransaction(project, () => {
    getClaim(project, claimId);
    return insertSpan(project, claimId, range);
  });
}

/** Highlights a passage and creates its claim in one transaction; the claim text defaults to the quote. */
export function createClaimFromSpan(
  project: Project,
  range: SpanRange,
  fields: Partial<ClaimFields> = {},
): { claim: ReturnType<typeof getClaim>; span: Span } {
  assertWritable(project);
  return writeTransaction(project, () => {
    const text = getArticleText(project, range.articleId);
    const quote = text.slice(range.start, range.end).replace(/\s+/g, ' ').trim();
    const claim = insertClaim(project, {
      text: fields.text ?? quote,
      claimant: fields.claimant ?? '',
      verdict: fields.verdict ?? 'unverified',
      rationale: fields.rationale ?? '',
    });
    const span = insertSpan(project, claim.id, range);
    return { claim: getClaim(project, claim.id), span };
  });
}

export function deleteSpan(project: Project, id: string): void {
  assertWritable(project);
  writeTransaction(project, () => {
    const span = getSpan(project, id);
    const now = nowIso();
    project.db.prepare('UPDATE spans SET deleted_at = ? WHERE id = ?').run(now, id);
    recordHistory(
      project,
      {
        claimId: span.claimId,
        entity: 'span',
        entityId: id,
        action: 'delete',
        field: span.articleId,
        oldValue: span.exact,
      },
      now,
    );
  });
}

/**
 * Brings a deleted highlight back. When its article got another text meanwhile (a new version, a
 * merge), it is put back on its words there or orphaned, as a merge would do (mergedAnchors.ts),
 * with the history a new version writes; the span returned is where it now is.
 */
export function restoreSpan(project: Project, id: string): Span {
  assertWritable(project);
  return writeTransaction(project, () => {
    const span = findSpan(project, id, true);
    if (!span) throw new ClaimdeskError('not-found', `No deleted highlight with id ${id} to restore.`);
    const now = nowIso();
    project.db.prepare('UPDATE spans SET deleted_at = NULL WHERE id = ?').run(id);
    recordHistory(
      project,
      {
        claimId: span.claimId,
        entity: 'span',
        entityId: id,
        action: 'restore',
        field: span.articleId,
        newValue: span.exact,
      },
      now,
    );
    if (!span.orphaned) settleRestored(project, span, now);
    return getSpan(project, id);
  });
}

/** Re-anchors or orphans a restored highlight whose anchor no longer holds on its article's text. */
function settleRestored(project: Project, span: Span, now: string): void {
  const text = project.db.prepare('SELECT plain_text FROM articles WHERE id = ?').pluck().get(span.articleId) as
    string | undefined;
  if (text === undefined || anchorHolds(text, span)) return;
  const base = { claimId: span.claimId, entity: 'span' as const, entityId: span.id, action: 'update' as const };
  const anchor = reanchorSpan(text, span, span.start);
  if (!anchor) {
    project.db.prepare('UPDATE spans SET orphaned = 1 WHERE id = ?').run(span.id);
    recordHistory(
      project,
      { ...base, field: 'orphaned', oldValue: span.exact, newValue: 'not found in the article’s current text' },
      now,
    );
    return;
  }
  project.db
    .prepare('UPDATE spans SET start_offset = ?, end_offset = ?, exact = ?, prefix = ?, suffix = ? WHERE id = ?')
    .run(anchor.start, anchor.end, anchor.exact, anchor.prefix, anchor.suffix, span.id);
  recordHistory(
    project,
    { ...base, field: 're-anchored', oldValue: `${span.start}–${span.end}`, newValue: `${anchor.start}–${anchor.end}` },
    now,
  );
  if (anchor.exact !== span.exact) {
    recordHistory(project, { ...base, field: 'exact', oldValue: span.exact, newValue: anchor.exact }, now);
  }
}

/** The highlights an article view draws: live spans of live claims, with each claim's verdict. */
export function listHighlights(project: Project, articleId: string): Highlight[] {
  return project.db
    .prepare(
      `SELECT s.id AS spanId, s.claim_id AS claimId, s.start_offset AS start, s.end_offset AS end, c.verdict
       FROM spans s JOIN claims c ON c.id = s.claim_id
       WHERE s.article_id = ? AND s.deleted_at IS NULL AND s.orphaned = 0 AND c.deleted_at IS NULL
       ORDER BY s.start_offset, s.end_offset`,
    )
    .all(articleId) as Highlight[];
}

/** Every live span of a claim, across articles, in reading order of the articles; orphaned ones included. */
export function listAppearances(project: Project, claimId: string): Appearance[] {
  const rows = project.db
    .prepare(
      `SELECT s.*, a.title AS article_title, a.outlet, a.published_at
       FROM spans s JOIN articles a ON a.id = s.article_id
       WHERE s.claim_id = ? AND s.deleted_at IS NULL AND a.deleted_at IS NULL
       ORDER BY a.created_at, a.rowid, s.start_offset`,
    )
    .all(claimId) as (SpanRow & { article_title: string; outlet: string; published_at: string })[];
  return rows.map((r) => ({
    ...toSpan(r),
    articleTitle: r.article_title,
    outlet: r.outlet,
    publishedAt: r.published_at,
  }));
}

/** Every live span of live claims in the project (for the CLI's `claims` listing). */
export function listSpansByClaim(project: Project): Map<string, Span[]> {
  const rows = project.db
    .prepare(
      `SELECT s.* FROM spans s JOIN claims c ON c.id = s.claim_id JOIN articles a ON a.id = s.article_id
       WHERE s.deleted_at IS NULL AND c.deleted_at IS NULL AND a.deleted_at IS NULL
       ORDER BY s.article_id, s.start_offset`,
    )
    .all() as SpanRow[];
  const byClaim = new Map<string, Span[]>();
  for (const r of rows) {
    const list = byClaim.get(r.claim_id) ?? [];
    list.push(toSpan(r));
    byClaim.set(r.claim_id, list);
  }
  return byClaim;
}
