/**
 * The article and claim open in each project, remembered by the main process (in the user data
 * folder, per project): reopening a project opens the article the checker was reading and the
 * claim they were checking (or none, if they had closed it), each only while it is still there; with
 * no article remembered, the first one listed. The main process answers only what is still in the
 * project, so both open even when they are not among the first rows of the lists read so far.
 *
 * Only the checker's own choices are saved: while a project is being put on screen (its lists
 * emptied, then the remembered view put back) nothing is, so opening a project never overwrites
 * what it remembers; and each save names the project it is for.
 */
import type { ArticleSummary } from '../../shared/domain/types';
import type { ViewState } from '../../shared/ipc/schemas';
import { api } from '../api/client';
import { useArticleStore } from '../stores/articleStore';
import { useClaimStore } from '../stores/claimStore';
import { projectState } from '../stores/projectStore';

let loading = 0;

/** Runs the start of a project load; the selections it makes and clears are not remembered. */
export async function whileLoadingProject<T>(load: () => Promise<T>): Promise<T> {
  loading++;
  try {
    return await load();
  } finally {
    loading--;
  }
}

/** The view to open a project on: what it remembers, with the first article when it remembers none. */
export async function viewToOpen(articles: readonly ArticleSummary[]): Promise<ViewState> {
  const saved = await api.getViewState().catch(() => null);
  return {
    selectedArticleId: saved?.selectedArticleId ?? articles[0]?.id ?? null,
    selectedClaimId: saved?.selectedClaimId ?? null,
  };
}

/** Saves for the project the window shows (the main process drops it if it has switched since). */
const save = (patch: Partial<ViewState>) => {
  const project = projectState().project?.path;
  if (project) void api.saveViewState({ project, ...patch }).catch(() => undefined);
};

/** Saves what is open now: after a project was put on screen, when nothing was saved meanwhile. */
export function rememberCurrentView(): void {
  const article = useArticleStore.getState().selectedId;
  save({ ...(article ? { selectedArticleId: article } : {}), selectedClaimId: useClaimStore.getState().selectedId });
}

/** Saves the open article and the open claim whenever the checker changes them; returns the unsubscribe function. */
export function rememberView(): () => void {
  const stopArticles = useArticleStore.subscribe((state, previous) => {
    if (!loading && state.selectedId && state.selectedId !== previous.selectedId) {
      save({ selectedArticleId: state.selectedId });
    }
  });
  const stopClaims = useClaimStore.subscribe((state, previous) => {
    if (!loading && state.selectedId !== previous.selectedId) save({ selectedClaimId: state.selectedId });
  });
  return () => {
    stopArticles();
    stopClaims();
  };
}
