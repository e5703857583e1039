/**
 * Reloading what the screen shows after a change, in one place, so every action refreshes the same
 * views the same way: highlight counts, claim counts, verdict colours and the open claim's detail.
 */
import { articleState } from '../stores/articleStore';
import { claimState } from '../stores/claimStore';
import { projectState } from '../stores/projectStore';
import { uiState } from '../stores/uiStore';
import { undoStackState } from '../stores/undoStackStore';
import { viewToOpen, whileLoadingProject } from './viewStateActions';

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
    await showProject();
    return;
  }
  // A project just opened shows the article and claim it was left on, listed yet or not (see
  // viewStateActions.ts); what loading selects and clears meanwhile is not remembered.
  await whileLoadingProject(() => {
    articleState().reset();
    claimState().reset();
    uiState().setPending(null);
    uiState().setFocusedSpan(null);
    return showProject({ restoreView: true });
  });
}

/**
 * The first screen (both lists' first rows, the open article and claim), then the rest of long
 * lists: on a large project those are read afterwards, in pages.
 */
async function showProject(opts: { restoreView?: boolean } = {}): Promise<void> {
  await Promise.all([articleState().loadList({ deferRest: true }), claimState().loadList({ deferRest: true })]);
  if (opts.restoreView) {
    const view = await viewToOpen(articleState().articles);
    await Promise.all([articleState().select(view.selectedArticleId), claimState().select(view.selectedClaimId)]);
  } else {
    // With no article open yet (a project that had none), the first one there now opens.
    const { selectedId, articles } = articleState();
    const toOpen = selectedId ? null : (await viewToOpen(articles)).selectedArticleId;
    await Promise.all([
      selectedId ? articleState().reloadSelected() : articleState().select(toOpen),
      claimState().reloadDetail(),
    ]);
  }
  await Promise.all([articleState().loadRest(), claimState().loadRest()]);
}
