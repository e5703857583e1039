/**
 * The main process's sync dialogs as the harness provides them: the Open dialog (merge a
 * colleague's file), the folder picker (shared folder) and the Save dialog (local copy) answer
 * with whatever the scenario set beforehand (null = the user cancelled), and switching the window
 * to another project file reopens the harness workspace on it, as the app's window would.
 */
import type { SyncHost } from '../../../electron/sync/syncHandlers';
import type { HarnessWorkspace } from './harnessWorkspace';

export class HarnessSyncHost implements SyncHost {
  /** What the next File → Merge from File dialog returns. */
  mergeFile: string | null = null;
  /** What the next shared-folder picker returns. */
  syncFolder: string | null = null;
  /** What the next "Save local copy" dialog returns. */
  localCopyPath: string | null = null;
  /** Project files the window was switched to, in order. */
  readonly opened: string[] = [];
  /** How many times the folder link changed (the app restarts its folder watcher then). */
  folderChanges = 0;

  constructor(private readonly workspace: HarnessWorkspace) {}

  async chooseMergeFile(): Promise<string | null> {
    return this.mergeFile;
  }

  async chooseSyncFolder(): Promise<string | null> {
    return this.syncFolder;
  }

  async chooseLocalCopyPath(): Promise<string | null> {
    return this.localCopyPath;
  }

  async openProjectFile(file: string): Promise<void> {
    await this.workspace.openRecent(file);
    this.opened.push(file);
  }

  onFolderChanged(): void {
    this.folderChanges++;
  }
}
