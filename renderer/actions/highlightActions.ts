/**
 * Creating, linking, deleting and restoring highlights (spans). Each is recorded for undo
 * (actions/undoActions.ts). Deleting asks nothing: the toast offers Undo, which restores the span.
 */
import type { Span } from '../../shared/domain/types';
import type { Verdict } from '../../shared/domain/verdict';
import { api } from '../api/client';
import { articleState } from '../stores/articleStore';
import { claimState } from '../stores/claimStore';
import { uiState } from '../stores/uiStore';
import { refreshAfterChange } from './refresh';
import { runAction } from './runAction';
import { recordChange } from './undoActions';

/**
 * Draws a highlight the moment its row is committed, before the reloads that follow (every
 * highlight, list and count): on a long article the user sees the mark in milliseconds.
 */
function showNewHighlight(span: Span, verdict: Verdict): void {
  if (articleState().selectedId !== span.articleId) return;
  articleState().addHighlight({ spanId: span.id, claimId: span.claimId, start: span.start, end: span.end, verdict });
  uiState().setFocusedSpan(span.id);
}

/** Turns the pending selection into a new claim (its text defaults to the quote) and opens it. */
export function createClaimFromSelection(): Promise<void | undefined> {
  const pending = uiState().pending;
  if (!pending) return Promise.resolve();
  uiState().setPending(null);
  window.getSelection()?.removeAllRanges();
  return runAction(async () => {
    const { claim, span } = await api.createClaimFromSpan({
      articleId: pending.articleId,
      start: pending.start,
      end: pending.end,
    });
    showNewHighlight(span, claim.verdict);
    claimState().upsertClaim(claim);
    recordChange({ kind: 'create-claim', claimId: claim.id, spanId: span.id, articleId: span.articleId });
    await Promise.all([refreshAfterChange(), claimState().select(claim.id)]);
    uiState().setFocusedSpan(span.id);
  });
}

/** Links the pending selection to an existing claim. */
export function linkSelectionTo(claimId: string): Promise<void | undefined> {
  const pending = uiState().pending;
  if (!pending) return Promise.resolve();
  uiState().setPending(null);
  window.getSelection()?.removeAllRanges();
  return runAction(async () => {
    const span = await api.linkSpan({ articleId: pending.articleId, claimId, start: pending.start, end: pending.end });
    const verdict = claimState().claims.find((c) => c.id === claimId)?.verdict;
    if (verdict) showNewHighlight(span, verdict);
    recordChange({ kind: 'link-span', claimId, spanId: span.id, articleId: span.articleId });
    await Promise.all([refreshAfterChange(), claimState().select(claimId)]);
    uiState().setFocusedSpan(span.id);
  });
}

/** A highlight to delete: which span, and the claim and article it belongs to (for undo). */
export interface SpanRef {
  spanId: string;
  claimId: string;
  articleId: string;
}

export function deleteSpan({ spanId, claimId, articleId }: SpanRef): Promise<void | undefined> {
  return runAction(async () => {
    await api.deleteSpan(spanId);
    if (uiState().focusedSpanId === spanId) uiState().setFocusedSpan(null);
    await refreshAfterChange();
    recordChange({ kind: 'delete-span', spanId, claimId, articleId }, { toast: true });
  });
}

/** Delete key / menu: removes the highlight the user clicked, if it is in the open article. */
export function deleteFocusedSpan(): Promise<void | undefined> {
  const spanId = uiState().focusedSpanId;
  const { highlights, selectedId } = articleState();
  const highlight = highlights.find((h) => h.spanId === spanId);
  if (!highlight || !selectedId) return Promise.resolve();
  return deleteSpan({ spanId: highlight.spanId, claimId: highlight.claimId, articleId: selectedId });
}
