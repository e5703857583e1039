/**
 * Moving around the workbench: opening an article, selecting a claim, jumping to where a claim
 * appears (opening that article, scrolling to the highlight and flashing it).
 */
import { articleState } from '../stores/articleStore';
import { claimState } from '../stores/claimStore';
import { uiState } from '../stores/uiStore';
import { runAction } from './runAction';

export function openArticle(id: string): Promise<void | undefined> {
  uiState().setPending(null);
  uiState().setOverlap(null);
  if (articleState().selectedId === id) return Promise.resolve();
  uiState().setFocusedSpan(null);
  return runAction(() => articleState().select(id), { navigation: true });
}

export function selectClaim(id: string | null): Promise<void | undefined> {
  if (id === null || claimState().selectedId !== id) uiState().setFocusedSpan(null);
  return runAction(() => claimState().select(id), { navigation: true });
}

/** Opens the article holding a span, brings the highlight into view and flashes it. */
export async function jumpToSpan(articleId: string, spanId: string, claimId?: string): Promise<void> {
  uiState().setPending(null);
  uiState().setOverlap(null);
  await runAction(
    async () => {
      await Promise.all([
        articleState().selectedId === articleId ? Promise.resolve() : articleState().select(articleId),
        claimId && claimState().selectedId !== claimId ? claimState().select(claimId) : Promise.resolve(),
      ]);
    },
    { navigation: true },
  );
  uiState().setFocusedSpan(spanId);
  uiState().flashSpan(spanId);
}

/** A click on a highlight: selects the claim of the given span and focuses that span. */
export function focusSpan(spanId: string): void {
  const highlight = articleState().highlights.find((h) => h.spanId === spanId);
  if (!highlight) return;
  uiState().setFocusedSpan(spanId);
  if (claimState().selectedId !== highlight.claimId) {
    void runAction(() => claimState().select(highlight.claimId), { navigation: true });
  }
}
