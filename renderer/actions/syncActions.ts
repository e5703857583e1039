/**
 * Sharing work with colleagues: merging a colleague's copy, the shared folder (link, sync,
 * unlink), moving a project off a synced or network path, and settling conflicts. Files and
 * folders are chosen in the main process's native dialogs; each call answers null when the
 * checker cancelled. After anything that can bring in colleagues' changes the whole project is
 * reloaded (the main process also says "project changed"; reloading twice is harmless).
 */
import type { MenuCommand } from '../../shared/ipc/contract';
import type { ClaimConflict } from '../../shared/sync/syncIpcSchemas';
import { api } from '../api/client';
import { announce } from '../stores/announceStore';
import { claimState } from '../stores/claimStore';
import { projectState } from '../stores/projectStore';
import { settingsState } from '../stores/settingsStore';
import { syncState } from '../stores/syncStore';
import { refreshAfterChange, refreshProject } from './refresh';
import { runAction } from './runAction';
import { withProgress } from './longTaskActions';
import { plural } from '../utils/format';

const canEdit = (): boolean => projectState().project !== null && !projectState().project!.readOnly;

/** The folder link's status and the open conflicts, read again (after a project load or a change). */
export async function loadSyncState(): Promise<void> {
  if (projectState().status !== 'open') {
    syncState().reset();
    return;
  }
  const [status, conflicts] = await Promise.all([api.syncStatus(), api.listConflicts()]);
  syncState().setStatus(status);
  syncState().setConflicts(conflicts);
}

/** File → Merge from File: the Open dialog, the merge (its progress shown, with Cancel), then its outcome in a panel. */
export function mergeFromFile(): Promise<void | undefined> {
  return runAction(async () => {
    const report = await withProgress('merge', () => api.mergeFile());
    if (!report) return;
    syncState().setLastMerge(report);
    syncState().openView('merge');
    announce(`Merged ${plural(report.changes, 'change')}`);
    await refreshProject();
  });
}

/**
 * The shared-folder actions run inside the dialog, which shows their outcome (and failures) itself,
 * so they throw rather than toast: the caller turns a failure into a line in the dialog.
 */
export async function linkFolder(): Promise<boolean> {
  const report = await api.linkSyncFolder();
  if (!report) return false;
  syncState().setLastSync(report);
  await refreshProject();
  return true;
}

export async function syncNow(): Promise<void> {
  const report = await api.syncNow();
  syncState().setLastSync(report);
  announce(report.published || report.changes > 0 ? 'Synced with the shared folder' : 'Already up to date');
  await refreshProject();
}

export async function unlinkFolder(): Promise<void> {
  syncState().setStatus(await api.unlinkSyncFolder());
  announce('Shared folder unlinked');
}

/** Saves a local copy linked to the synced folder the project is in, and switches the window to it. */
export async function makeLocalCopy(): Promise<string | null> {
  const copy = await api.makeLocalCopy();
  if (copy) {
    announce('Now working on the local copy');
    await refreshProject();
  }
  return copy;
}

/**
 * Reopens a project opened read-only for being in a synced or network folder for writing, where
 * it is (the checker knows the risk); the main process remembers that for the path this session.
 */
export async function openHereAnyway(): Promise<void> {
  await api.fileCommand('openHereAnyway');
  announce('The project can be changed here');
  await refreshProject();
}

/** Settles a conflict with a value (a version's, or a new one); the claim and the list update. */
export async function resolveConflict(conflict: ClaimConflict, value: string): Promise<void> {
  syncState().setConflicts(await api.resolveConflict({ conflictId: conflict.id, value }));
  announce('Conflict resolved');
  await Promise.all([refreshAfterChange(), loadSyncState()]);
}

/** The conflicts view's link to a claim: closes the view and opens the claim. */
export function showConflictClaim(claimId: string): Promise<void | undefined> {
  syncState().openView(null);
  return runAction(() => claimState().select(claimId), { navigation: true });
}

/** The application menu's sync and settings commands. */
export function runSyncCommand(
  command: Extract<MenuCommand, 'merge-file' | 'sync-folder' | 'show-conflicts' | 'settings'>,
): void {
  if (command === 'settings') {
    settingsState().setOpen(true);
    return;
  }
  if (projectState().project === null) return;
  if (command === 'merge-file') {
    if (canEdit()) void mergeFromFile();
    return;
  }
  syncState().openView(command === 'sync-folder' ? 'folder' : 'conflicts');
  void loadSyncState().catch(() => undefined);
}
