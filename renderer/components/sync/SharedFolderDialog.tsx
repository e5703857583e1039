/**
 * File → Shared Folder: the project's link to a folder colleagues can all reach. Shows the folder
 * (reachable or not) and how many changes are not yet published, with Link folder… / Sync now /
 * Unlink, the last sync round's outcome, and the location warning when the project file itself
 * is on a synced or network path. Failures show in the dialog, which covers the toast.
 */
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { linkFolder, syncNow, unlinkFolder } from '../../actions/syncActions';
import { useCanEdit } from '../../stores/projectStore';
import { useSyncStore } from '../../stores/syncStore';
import { plural } from '../../utils/format';
import { Icon } from '../common/Icon';
import { useModalDialog } from '../common/useModalDialog';
import { LocationWarning } from './LocationWarning';
import { SyncReportView } from './SyncReportView';

type Busy = 'link' | 'sync' | 'unlink' | null;

export function SharedFolderDialog() {
  const open = useSyncStore((s) => s.view === 'folder');
  const closeView = useSyncStore((s) => s.closeView);
  const status = useSyncStore((s) => s.status);
  const lastSync = useSyncStore((s) => s.lastSync);
  const canEdit = useCanEdit();
  const dialog = useModalDialog(open);
  const [busy, setBusy] = useState<Busy>(null);
  const [failure, setFailure] = useState('');

  const run = async (which: Exclude<Busy, null>, action: () => Promise<unknown>) => {
    setBusy(which);
    setFailure('');
    try {
      await action();
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };
  const close = () => {
    if (busy) return;
    setFailure('');
    closeView('folder');
  };
  const linked = status?.folder ?? null;

  return (
    <dialog
      ref={dialog}
      className="dialog sync-dialog"
      aria-labelledby="shared-folder-title"
      onClose={close}
      onCancel={(e) => {
        if (busy) e.preventDefault();
      }}
    >
      {open && (
        <div className="dialog-body">
          <header className="dialog-header">
            <h2 id="shared-folder-title">Shared folder</h2>
            <button type="button" className="btn btn-icon btn-ghost" aria-label="Close" onClick={close}>
              <Icon name="close" />
            </button>
          </header>
          <p className="sync-intro">
            Share this project with colleagues through a folder you can all reach: a network share, Dropbox, Syncthing.
            Each of you keeps a working copy on your own disk; only changes travel through the folder, and everyone’s
            are merged.
          </p>

          <LocationWarning placement="dialog" />

          <section className="sync-status-card" aria-label="Shared folder status">
            <span className="sync-status-icon" data-state={!linked ? 'none' : status?.folderAvailable ? 'ok' : 'away'}>
              <Icon name="folder" size={18} />
            </span>
            <div className="sync-status-text">
              {linked ? (
                <>
                  <p className="sync-folder-path" title={linked}>
                    {linked}
                  </p>
                  <p className="sync-status-line">
                    {status?.folderAvailable ? (
                      <span className="sync-chip sync-chip-ok">
                        <Icon name="check" size={12} />
                        Available
                      </span>
                    ) : (
                      <span className="sync-chip sync-chip-away">
                        <Icon name="alert" size={12} />
                        Cannot be reached now
                      </span>
                    )}
                    <span className="sync-unpublished">
                      {status && status.unpublished > 0
                        ? `${plural(status.unpublished, 'change')} not yet published`
                        : 'Everything published'}
                    </span>
                  </p>
                </>
              ) : (
                <>
                  <p className="sync-folder-path sync-folder-none">Not linked to a shared folder</p>
                  <p className="muted small">
                    {status && status.unpublished > 0
                      ? `${plural(status.unpublished, 'change')} made here will be published when you link one.`
                      : 'Link one to publish your changes and read your colleagues’.'}
                  </p>
                </>
              )}
            </div>
          </section>

          {failure && (
            <p className="sync-failure" role="alert">
              <Icon name="alert" size={15} />
              <span>{failure}</span>
            </p>
          )}

          {lastSync && <SyncReportView report={lastSync.report} at={lastSync.at} />}

          <footer className="dialog-footer">
            {canEdit && linked ? (
              <>
                <button
                  type="button"
                  className="btn btn-ghost btn-danger"
                  onClick={() => void run('unlink', unlinkFolder)}
                  disabled={busy !== null}
                >
                  Unlink
                </button>
                <span className="muted" />
                <button
                  type="button"
                  className="btn"
                  onClick={() => void run('link', linkFolder)}
                  disabled={busy !== null}
                >
                  {busy === 'link' && <span className="spinner" aria-hidden="true" />}
                  Link another folder…
                </button>
                <button
                  type="button"
                  className="btn btn-primary"
                  onClick={() => void run('sync', syncNow)}
                  disabled={busy !== null || !status?.folderAvailable}
                  autoFocus
                >
                  {busy === 'sync' ? (
                    <span className="spinner spinner-light" aria-hidden="true" />
                  ) : (
                    <Icon name="refresh" size={14} />
                  )}
                  Sync now
                </button>
              </>
            ) : canEdit ? (
              <>
                <span className="muted small">You choose the folder next.</span>
                <button type="button" className="btn btn-ghost" onClick={close}>
                  Cancel
                </button>
                <button
                  type="button"
                  className="btn btn-primary"
                  onClick={() => void run('link', linkFolder)}
                  disabled={busy !== null}
                  autoFocus
                >
                  {busy === 'link' ? (
                    <span className="spinner spinner-light" aria-hidden="true" />
                  ) : (
                    <Icon name="link" size={14} />
                  )}
                  Link folder…
                </button>
              </>
            ) : (
              <>
                <span className="muted small">This project is open read-only: sharing is turned off.</span>
                <button type="button" className="btn btn-primary" onClick={close} autoFocus>
                  Close
                </button>
              </>
            )}
          </footer>
        </div>
      )}
    </dialog>
  );
}
