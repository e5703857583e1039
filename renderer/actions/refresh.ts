/**
 * Reloading what the screen shows after a change, in one place, so every action refreshes the same
 * views the same way: highlight counts, claim counts, verdict colours and the open claim's detail.
 */
import { articleState } from '../stores/articleStore';
import { claimState } from '../stores/claimStore';
import { projectState } from '../stores/projectStore';
import { uiState } from '../stores/uiStore';
import { undoStackState } from '../stores/undoStackStore';
import { rememberCurrentView, viewToOpen, whileLoadingProject } from './viewStateActions';

/** After a span or claim changed: the open article's highlights and every count and detail. */
export async function refreshAfterChange(): Promise<void> {
  await Promise.all([
    articleState().reloadHighlights(),
    articleState().loadList(),
    claimState().loadList(),
    claimState().reloadDetail(),
  ]);
}

/** Everything, from the project down: on start and whenever the main process says the project changed. */
export async function refreshProject(): Promise<void> {
  const before = projectState().project?.path;
  await projectState().load();
  const { status, project } = projectState();
  // The undo stack belongs to one project file: this session's entries for it come back after a reload.
  undoStackState().loadFor(status === 'open' && project ? project.path : null);
  if (status !== 'open' || !project) {
    articleState().reset();
    claimState().reset();
    return;
  }
  if (before === project.path) {
    await showFirstRows();
    // With no article open yet (a project that had none), the first one there now opens.
    const { selectedId, articles } = articleState();
    const toOpen = selectedId ? null : (await viewToOpen(articles)).selectedArticleId;
    await Promise.all([
      selectedId ? articleState().reloadSelected() : articleState().select(toOpen),
      claimState().reloadDetail(),
    ]);
  } else {
    // A project just opened shows the article and claim it was left on, listed yet or not (see
    // viewStateActions.ts); what this selects and clears is not remembered.
    await whileLoadingProject(async () => {
      articleState().reset();
      claimState().reset();
      uiState().setPending(null);
      uiState().setFocusedSpan(null);
      await showFirstRows();
      const { articles } = articleState();
      const view = await viewToOpen(articles);
      await Promise.all([
        restorePick(articleState, view.selectedArticleId, articles[0]?.id ?? null),
        restorePick(claimState, view.selectedClaimId, null),
      ]);
    });
    // Whatever is open now (restored, or picked early by the checker) is what the project remembers.
    rememberCurrentView();
  }
  // On a large project the rest of the lists is read afterwards, in pages.
  await Promise.all([articleState().loadRest(), claimState().loadRest()]);
}

/** A store with one picked row (the open article, the open claim). */
interface PickStore {
  selectedId: string | null;
  select(id: string | null): Promise<void>;
}

/**
 * Opens the `remembered` row, unless the checker picked one as soon as the first rows showed (that
 * stays). A remembered row deleted since (a colleague's change synced meanwhile) gives way to
 * `fallback`, unless something else was picked in the meantime.
 */
async function restorePick(store: () => PickStore, remembered: string | null, fallback: string | null): Promise<void> {
  if (store().selectedId) return;
  try {
    await store().select(remembered);
  } catch {
    if (store().selectedId === remembered) await store().select(fallback);
  }
}

/** The first screen: both lists' first rows. */
function showFirstRows(): Promise<unknown> {
  return Promise.all([articleState().loadList({ deferRest: true }), claimState().loadList({ deferRest: true })]);
}
