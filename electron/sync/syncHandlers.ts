/**
 * The IPC methods of sync: conflicts, the shared folder, and moving a project off a network or
 * synced path (merging a colleague's file is a long task: mergeFile in electron/api/handlers.ts).
 * Files and folders are always chosen in a native dialog of the main process (SyncHost); the
 * renderer never names a path.
 */
import path from 'node:path';
import type { ClaimdeskHandlers } from '../../shared/ipc/contract';
import { ClaimdeskError } from '../../shared/ipc/result';
import type { Project } from '../project/project';
import { listConflicts, resolveConflict } from './conflicts';
import { makeLocalLinkedCopy } from './localLinkedCopy';
import { syncRound, syncStatus, unlinkSyncFolder } from './syncFolder';

/** What sync needs from the app's main process. */
export interface SyncHost {
  /** An Open dialog for a colleague's project file; null when cancelled. */
  chooseMergeFile(): Promise<string | null>;
  /** A folder picker for the shared folder; null when cancelled. */
  chooseSyncFolder(): Promise<string | null>;
  /** A Save dialog for a local copy (on this computer's disk); null when cancelled. */
  chooseLocalCopyPath(suggestedName: string): Promise<string | null>;
  /** Switches the window to another project file (the local copy just made). */
  openProjectFile(file: string): Promise<void>;
  /** This installation's id (replicaId.ts), for projects opened by sync. */
  installationId?: string;
  /** Called after the project was linked to or unlinked from a shared folder (to restart watching). */
  onFolderChanged?(): void;
}

const unavailable = (): never => {
  throw new ClaimdeskError('unavailable', 'This window cannot open file dialogs.');
};

export const NO_SYNC_HOST: SyncHost = {
  chooseMergeFile: async () => unavailable(),
  chooseSyncFolder: async () => unavailable(),
  chooseLocalCopyPath: async () => unavailable(),
  openProjectFile: async () => unavailable(),
};

type Handlers = Pick<
  ClaimdeskHandlers,
  | 'listConflicts'
  | 'resolveConflict'
  | 'linkSyncFolder'
  | 'unlinkSyncFolder'
  | 'syncNow'
  | 'syncStatus'
  | 'makeLocalCopy'
>;

export function syncHandlers(project: () => Project, host: SyncHost): Handlers {
  return {
    listConflicts: () => listConflicts(project()),
    resolveConflict: ({ conflictId, value }) => resolveConflict(project(), conflictId, value),
    linkSyncFolder: async () => {
      const p = project();
      const folder = await host.chooseSyncFolder();
      if (!folder) return null;
      const report = syncRound(p, folder);
      host.onFolderChanged?.();
      return report;
    },
    unlinkSyncFolder: () => {
      const status = unlinkSyncFolder(project());
      host.onFolderChanged?.();
      return status;
    },
    syncNow: () => syncRound(project()),
    syncStatus: () => syncStatus(project()),
    makeLocalCopy: async () => {
      const p = project();
      const dest = await host.chooseLocalCopyPath(path.basename(p.path));
      if (!dest) return null;
      const copy = await makeLocalLinkedCopy(p, dest, host.installationId);
      await host.openProjectFile(copy);
      return copy;
    },
  };
}
