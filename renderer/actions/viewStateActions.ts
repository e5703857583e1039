/**
 * The article open in each project, remembered by the main process (in the user data folder, per
 * project): reopening a project opens the article the checker was reading, or the first one when
 * that article is gone. The main process answers only an article still in the project, so the
 * remembered one opens even when it is not among the first rows of the list read so far. Only an
 * opened article is saved: the empty selection while a project loads must not overwrite what the
 * project remembers.
 */
import type { ArticleSummary } from '../../shared/domain/types';
import { api } from '../api/client';
import { useArticleStore } from '../stores/articleStore';

/** The article to open when a project loads: the remembered one if it is still there, else the first listed. */
export async function articleToOpen(articles: readonly ArticleSummary[]): Promise<string | null> {
  const saved = await api.getViewState().catch(() => null);
  return saved?.selectedArticleId ?? articles[0]?.id ?? null;
}

/** Saves the open article whenever it changes; returns the unsubscribe function. */
export function rememberOpenArticle(): () => void {
  return useArticleStore.subscribe((state, previous) => {
    if (state.selectedId && state.selectedId !== previous.selectedId) {
      void api.saveViewState({ selectedArticleId: state.selectedId }).catch(() => undefined);
    }
  });
}
