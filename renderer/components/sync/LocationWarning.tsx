/**
 * The warning shown when the project file itself is on a network share or in a folder a sync
 * client copies: SQLite's write-ahead log is unsafe there (a copy taken mid-write is a damaged
 * project, and colleagues' copies overwrite each other). Such a project opens read-only. The way
 * out is one click: a local copy, linked to that folder as the shared folder, which the window
 * switches to; or, for checkers who know the risk, "Open here anyway" reopens it for writing.
 * Shown in the workbench when such a project opens (until "Not now") and in the shared-folder dialog.
 */
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { makeLocalCopy, openHereAnyway } from '../../actions/syncActions';
import { useProjectStore } from '../../stores/projectStore';
import { useSyncStore } from '../../stores/syncStore';
import { Icon } from '../common/Icon';
import { locationReason } from './syncText';

export function LocationWarning({ placement }: { placement: 'workbench' | 'dialog' }) {
  const project = useProjectStore((s) => s.project);
  const warning = useSyncStore((s) => s.status?.locationWarning ?? null);
  const dismissedFor = useSyncStore((s) => s.warningDismissedFor);
  const dismiss = useSyncStore((s) => s.dismissWarning);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  if (!project || !warning) return null;
  if (placement === 'workbench' && dismissedFor === project.path) return null;

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setFailure('');
    try {
      await action();
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const openAnyway = async () => {
    await openHereAnyway();
    dismiss(project.path);
  };

  return (
    <div className={`location-warning location-warning-${placement}`} role="alert" aria-label="Project location">
      <Icon name="alert" size={16} className="location-warning-icon" />
      <div className="location-warning-text">
        <p>
          <strong>This project file is in a synced or network folder</strong> ({locationReason(warning, project.path)}
          ). SQLite&rsquo;s write-ahead log is unsafe there: a sync service can copy the file halfway through a save,
          and colleagues&rsquo; copies overwrite each other.
          {project.readOnly && ' It is open read-only for now.'}
        </p>
        {placement === 'dialog' && (
          <p className="muted small">
            Work on a local copy linked to that folder instead: your changes and your colleagues&rsquo; are then merged,
            never overwritten.
          </p>
        )}
        {failure && <p className="location-warning-error">{failure}</p>}
      </div>
      <div className="location-warning-actions">
        <button
          type="button"
          className="btn btn-small btn-warning"
          onClick={() => void run(makeLocalCopy)}
          disabled={busy}
        >
          {busy && <span className="spinner" aria-hidden="true" />}
          Make a local copy linked to this folder…
        </button>
        {project.readOnly && (
          <button type="button" className="btn btn-small" onClick={() => void run(openAnyway)} disabled={busy}>
            Open here anyway
          </button>
        )}
        {placement === 'workbench' && (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => dismiss(project.path)}>
            Not now
          </button>
        )}
      </div>
    </div>
  );
}
