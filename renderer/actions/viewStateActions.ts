/**
 * The article open in each project, remembered by the main process (in the user data folder, per
 * project): reopening a project opens the article the checker was reading, or the first one when
 * that article is gone. Only an opened article is saved: the empty selection while a project
 * loads must not overwrite what the project remembers.
 */
import type { ArticleSummary } from '../../shared/domain/types';
import { api } from '../api/client';
import { useArticleStore } from '../stores/articleStore';

/** The article to open when a project loads: the remembered one if it is listed, else the first. */
export async function articleToOpen(articles: readonly ArticleSummary[]): Promise<string | null> {
  const saved = await api.getViewState().catch(() => null);
  const id = saved?.selectedArticleId;
  return id && articles.some((a) => a.id === id) ? id : (articles[0]?.id ?? null);
}

/** Saves the open article whenever it changes; returns the unsubscribe function. */
export function rememberOpenArticle(): () => void {
  return useArticleStore.subscribe((state, previous) => {
    if (state.selectedId && state.selectedId !== previous.selectedId) {
      void api.saveViewState({ selectedArticleId: state.selectedId }).catch(() => undefined);
    }
  });
}
