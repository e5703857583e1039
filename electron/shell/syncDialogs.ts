/**
 * The native dialogs behind File → Merge from File…, Link Shared Folder… and "make a local copy"
 * (electron/sync/syncHandlers.ts SyncHost). Only option shaping lives here; the dialog calls come
 * in as parameters so tests can answer them.
 */
import path from 'node:path';
import type { SyncHost } from '../sync/syncHandlers';
import type { NativeDialogs } from './projectDialogs';

export interface SyncDialogDeps {
  native: NativeDialogs;
  defaultDir: () => string;
  openProjectFile(file: string): Promise<void>;
  installationId?: string;
  onFolderChanged?(): void;
}

export function createSyncHost(deps: SyncDialogDeps): SyncHost {
  return {
    chooseMergeFile: async () => {
      const r = await deps.native.open({
        title: 'Merge a colleague’s copy',
        buttonLabel: 'Merge',
        defaultPath: deps.defaultDir(),
        filters: [{ name: 'Claimdesk project', extensions: ['claimdesk'] }],
        properties: ['openFile'],
      });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    chooseSyncFolder: async () => {
      const r = await deps.native.open({
        title: 'Link a shared folder',
        buttonLabel: 'Link folder',
        defaultPath: deps.defaultDir(),
        properties: ['openDirectory', 'createDirectory'],
      });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    chooseLocalCopyPath: async (suggestedName) => {
      const r = await deps.native.save({
        title: 'Keep a local copy',
        buttonLabel: 'Save copy',
        defaultPath: path.join(deps.defaultDir(), suggestedName),
        filters: [{ name: 'Claimdesk project', extensions: ['claimdesk'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    openProjectFile: deps.openProjectFile,
    installationId: deps.installationId,
    onFolderChanged: deps.onFolderChanged,
  };
}
