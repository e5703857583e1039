/**
 * The window-wide pieces of sharing and settings, mounted once by the workbench: the watcher that
 * keeps their state current, the shared-folder dialog, a merge's progress and outcome, the conflicts view and
 * the settings dialog (which also asks for the checker's name on the first run).
 */
import { SettingsDialog } from '../settings/SettingsDialog';
import { ConflictsDialog } from './ConflictsDialog';
import { MergeProgress } from './MergeProgress';
import { MergeResultDialog } from './MergeResultDialog';
import { SharedFolderDialog } from './SharedFolderDialog';
import { SyncWatcher } from './SyncWatcher';

export function SyncViews() {
  return (
    <>
      <SyncWatcher />
      <SharedFolderDialog />
      <MergeProgress />
      <MergeResultDialog />
      <ConflictsDialog />
      <SettingsDialog />
    </>
  );
}
