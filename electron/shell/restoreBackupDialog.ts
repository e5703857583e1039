/**
 * File → Restore from Backup…: the native file picker opens in the open project's backup folder,
 * which holds exactly the kept backups (however many `backupsToKeep` allows, each named for when it
 * was taken), and the one picked replaces the project after its current state is backed up
 * (AppWorkspace.restoreFromBackup). A file picker rather than a list of buttons, because a
 * message box cannot hold dozens of entries. Only a backup of this project may be picked.
 */
import type { MessageBoxOptions } from 'electron';
import { ClaimdeskError } from '../../shared/ipc/result';
import type { BackupEntry } from '../backup/projectBackups';
import { samePath } from '../settings/recentProjects';
import type { NativeDialogs } from './projectDialogs';

export interface RestoreBackupDeps {
  workspace: {
    backupFolder(): string | null;
    listBackups(): BackupEntry[];
    restoreFromBackup(backupFile: string): Promise<void>;
  };
  native: Pick<NativeDialogs, 'open'>;
  /** Shows a message box (attached to the window in the app). */
  message(options: MessageBoxOptions): Promise<unknown>;
  platform?: NodeJS.Platform;
}

export async function restoreFromBackupDialog(deps: RestoreBackupDeps): Promise<void> {
  const { workspace } = deps;
  const folder = workspace.backupFolder();
  const backups = workspace.listBackups();
  if (!folder || backups.length === 0) {
    await deps.message({ type: 'info', title: 'Claimdesk', message: 'There are no backups of this project yet.' });
    return;
  }
  const newest = backups[0]!.takenAt.toLocaleString();
  const picked = await deps.native.open({
    title: `Restore from backup (${backups.length} kept, newest ${newest})`,
    message: 'The project as it is now is backed up first, so a restore can itself be undone from this folder.',
    buttonLabel: 'Restore',
    defaultPath: folder,
    filters: [{ name: 'Claimdesk backup', extensions: ['claimdesk'] }],
    properties: ['openFile'],
  });
  const file = picked.canceled ? undefined : picked.filePaths[0];
  if (!file) return;
  const chosen = backups.find((b) => samePath(b.file, file, deps.platform));
  if (!chosen) {
    throw new ClaimdeskError(
      'invalid-input',
      `${file}: is not one of this project's backups (they are in ${folder}); the project was not changed.`,
    );
  }
  await workspace.restoreFromBackup(chosen.file);
}
