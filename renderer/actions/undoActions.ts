/**
 * Undo and redo for every annotation and claim change: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z or Ctrl+Y,
 * Edit → Undo, and the toast's Undo/Redo button all come here. Actions record what they did
 * (`recordChange`); undoing runs the opposite call (delete ↔ restore, the old value back) and then
 * shows where it happened: the article is opened if the change was in another one, its claim is
 * selected, a restored highlight flashes. Requests run one after another, so pressing Ctrl+Z three
 * times undoes three changes in order.
 */
import { api, errorMessage } from '../api/client';
import { announce } from '../stores/announceStore';
import { articleState } from '../stores/articleStore';
import { claimState } from '../stores/claimStore';
import { uiState } from '../stores/uiStore';
import { undoStackState } from '../stores/undoStackStore';
import { undoState } from '../stores/undoStore';
import { describeEntry, type UndoEntry } from '../undo/undoEntry';
import { jumpToSpan, openArticle } from './navigation';
import { refreshAfterChange } from './refresh';

type Direction = 'undo' | 'redo';

/**
 * Records a change the user just made. `toast` shows it with an Undo button (for removals, which
 * ask nothing); otherwise it is only announced to screen readers.
 */
export function recordChange(entry: UndoEntry, opts: { toast?: boolean } = {}): void {
  undoStackState().record(entry);
  const message = describeEntry(entry);
  if (opts.toast) undoState().show({ message, tone: 'info', action: { label: 'Undo', run: undoLast } });
  else announce(message);
}

/** Brings the claim into view after a change to it: selected (and its detail reloaded). */
async function showClaim(claimId: string | null): Promise<void> {
  if (claimId && claimState().selectedId !== claimId) {
    uiState().setFocusedSpan(null);
    await claimState().select(claimId);
  } else if (!claimId && claimState().selectedId) {
    await claimState().select(null);
  }
}

/** The change itself, in one direction. Returns the claim to show afterwards and a span to flash. */
async function apply(entry: UndoEntry, dir: Direction): Promise<{ claimId: string | null; flash?: string }> {
  const undoing = dir === 'undo';
  switch (entry.kind) {
    case 'create-claim':
      if (undoing) {
        await api.deleteClaim(entry.claimId);
        return { claimId: null };
      }
      await api.restoreClaim(entry.claimId);
      return { claimId: entry.claimId, flash: entry.spanId };
    case 'link-span':
    case 'delete-span': {
      const remove = (entry.kind === 'link-span') === undoing;
      if (remove) {
        await api.deleteSpan(entry.spanId);
        return { claimId: entry.claimId };
      }
      await api.restoreSpan(entry.spanId);
      return { claimId: entry.claimId, flash: entry.spanId };
    }
    case 'delete-claim':
      if (undoing) {
        await api.restoreClaim(entry.claimId);
        return { claimId: entry.claimId };
      }
      await api.deleteClaim(entry.claimId);
      return { claimId: null };
    case 'update-claim':
      await api.updateClaim(entry.claimId, undoing ? entry.before : entry.after);
      return { claimId: entry.claimId };
    case 'add-evidence':
    case 'delete-evidence': {
      const remove = (entry.kind === 'add-evidence') === undoing;
      if (remove) {
        await api.deleteEvidence(entry.evidenceId);
      } else {
        const added = await api.addEvidence(entry.claimId, entry.input);
        undoStackState().renameEvidence(entry.evidenceId, added.id);
      }
      return { claimId: entry.claimId };
    }
    case 'update-evidence':
      await api.updateEvidence(entry.evidenceId, undoing ? entry.before : entry.after);
      return { claimId: entry.claimId };
    case 'update-article':
      await openArticle(entry.articleId);
      await articleState().updateMeta(entry.articleId, undoing ? entry.before : entry.after);
      return { claimId: claimState().selectedId };
  }
}

/** The article a change happened in, when it is about a highlight. */
const articleOf = (entry: UndoEntry): string | null =>
  'articleId' in entry && entry.kind !== 'update-article' ? entry.articleId : null;

async function step(dir: Direction): Promise<void> {
  const from = dir === 'undo' ? 'past' : 'future';
  const entry = undoStackState()[from].at(-1);
  if (!entry) {
    undoState().show({ message: dir === 'undo' ? 'Nothing to undo' : 'Nothing to redo', tone: 'info' });
    return;
  }
  const what = describeEntry(entry);
  const articleId = articleOf(entry);
  let shown: { claimId: string | null; flash?: string };
  try {
    // A change in another article: open it first, so the user sees the highlight come or go.
    if (articleId && articleState().selectedId !== articleId) await openArticle(articleId);
    shown = await apply(entry, dir);
  } catch (err) {
    // The change cannot be applied any more (e.g. the claim was removed elsewhere): drop it, say why.
    undoStackState().dropLast(from);
    undoState().show({ message: `Could not ${dir} “${what}”: ${errorMessage(err)}`, tone: 'error' });
    await refreshAfterChange().catch(() => undefined);
    return;
  }
  undoStackState().moveLast(from);
  undoState().show({
    message: `${dir === 'undo' ? 'Undone' : 'Redone'}: ${what}`,
    tone: 'info',
    action: dir === 'undo' ? { label: 'Redo', run: redoLast } : { label: 'Undo', run: undoLast },
  });
  try {
    // A claim just removed must not stay selected: its detail can no longer be read.
    await showClaim(shown.claimId);
    await refreshAfterChange();
    if (shown.flash && articleId) await jumpToSpan(articleId, shown.flash, shown.claimId ?? undefined);
  } catch (err) {
    undoState().show({ message: errorMessage(err), tone: 'error' });
  }
}

let queue: Promise<void> = Promise.resolve();

const enqueue = (dir: Direction): Promise<void> => {
  queue = queue.then(() => step(dir));
  return queue;
};

export const undoLast = (): Promise<void> => enqueue('undo');
export const redoLast = (): Promise<void> => enqueue('redo');
