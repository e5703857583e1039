/**
 * The top bar's view of sharing: a badge with the number of open conflicts (opens the conflicts
 * view), and the shared folder's state — linked and up to date, changes not yet published, the
 * folder out of reach, or not shared — which opens the shared-folder dialog.
 */
import { useSyncStore } from '../../stores/syncStore';
import { plural } from '../../utils/format';
import { Icon } from '../common/Icon';

export function SyncIndicator() {
  const status = useSyncStore((s) => s.status);
  const conflicts = useSyncStore((s) => s.conflicts.length);
  const openView = useSyncStore((s) => s.openView);
  if (!status) return null;

  const state = !status.folder ? 'none' : !status.folderAvailable ? 'away' : status.unpublished > 0 ? 'ahead' : 'ok';
  const label =
    state === 'none'
      ? 'Not shared'
      : state === 'away'
        ? 'Folder unavailable'
        : state === 'ahead'
          ? `${status.unpublished} to publish`
          : 'Shared';
  const title =
    state === 'none'
      ? 'Share this project with colleagues through a folder'
      : `Shared folder: ${status.folder}${state === 'ahead' ? ` (${plural(status.unpublished, 'change')} not yet published)` : ''}`;

  return (
    <div className="sync-indicator">
      {conflicts > 0 && (
        <button
          type="button"
          className="sync-pill sync-pill-conflicts"
          onClick={() => openView('conflicts')}
          title="Colleagues' changes that conflict: choose what to keep"
        >
          <Icon name="alert" size={13} />
          {plural(conflicts, 'conflict')}
        </button>
      )}
      <button
        type="button"
        className="sync-pill sync-pill-folder"
        data-state={state}
        onClick={() => openView('folder')}
        title={title}
        aria-label={`Shared folder: ${label}`}
      >
        <Icon name="folder" size={13} />
        {label}
        {(status.locationWarning || state === 'away') && <span className="sync-dot" aria-hidden="true" />}
      </button>
    </div>
  );
}
