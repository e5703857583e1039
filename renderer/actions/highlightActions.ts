/**
 * Creating, linking, deleting and restoring highlights (spans). Deleting asks nothing: the toast
 * offers Undo, which restores the span.
 */
import { api } from '../api/client';
import { articleState } from '../stores/articleStore';
import { claimState } from '../stores/claimStore';
import { uiState } from '../stores/uiStore';
import { refreshAfterChange } from './refresh';
import { offerUndo, runAction } from './runAction';

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
    await Promise.all([refreshAfterChange(), claimState().select(claimId)]);
    uiState().setFocusedSpan(span.id);
  });
}

export function deleteSpan(spanId: string): Promise<void | undefined> {
  return runAction(async () => {
    await api.deleteSpan(spanId);
    if (uiState().focusedSpanId === spanId) uiState().setFocusedSpan(null);
    await refreshAfterChange();
    offerUndo('Highlight deleted', async () => {
      await api.restoreSpan(spanId);
      await refreshAfterChange();
    });
  });
}

/** Delete key / menu: removes the highlight the user clicked, if it is in the open article. */
export function deleteFocusedSpan(): Promise<void | undefined> {
  const spanId = uiState().focusedSpanId;
  if (!spanId || !articleState().highlights.some((h) => h.spanId === spanId)) return Promise.resolve();
  return deleteSpan(spanId);
}
