/**
 * Reloading what the screen shows after a change, in one place, so every action refreshes the same
 * views the same way: highlight counts, claim counts, verdict colours and the open claim's detail.
 */
import { articleState } from '../stores/articleStore';
import { claimState } from '../stores/claimStore';
import { projectState } from '../stores/projectStore';
import { uiState } from '../stores/uiStore';
import { undoStackState } from '../stores/undoStackStore';
import { articleToOpen } from './viewStateActions';

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
  if (before !== project.path) {
    articleState().reset();
    claimState().reset();
    uiState().setPending(null);
    uiState().setFocusedSpan(null);
  }
  // The first screen (both lists' first rows and the open article) comes before the rest of long
  // lists: on a large project those are read afterwards, in pages.
  await Promise.all([articleState().loadList({ deferRest: true }), claimState().loadList({ deferRest: true })]);
  const { selectedId, articles } = articleState();
  // A project just opened shows the article it was left on, listed yet or not (see viewStateActions.ts).
  const toOpen = selectedId ? null : await articleToOpen(articles);
  await Promise.all([
    selectedId ? articleState().reloadSelected() : articleState().select(toOpen),
    claimState().reloadDetail(),
  ]);
  await Promise.all([articleState().loadRest(), claimState().loadRest()]);
}
