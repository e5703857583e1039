/**
 * The outcome of File → Merge from File: how many changes the colleague's copy brought in, what
 * waits for changes it depends on, and the conflicts to settle (a link to the conflicts view).
 */
import { useSyncStore } from '../../stores/syncStore';
import { plural } from '../../utils/format';
import { Icon } from '../common/Icon';
import { useModalDialog } from '../common/useModalDialog';
import { baseName } from './syncText';

export function MergeResultDialog() {
  const open = useSyncStore((s) => s.view === 'merge');
  const report = useSyncStore((s) => s.lastMerge);
  const openView = useSyncStore((s) => s.openView);
  const closeView = useSyncStore((s) => s.closeView);
  const dialog = useModalDialog(open);
  const close = () => closeView('merge');

  return (
    <dialog ref={dialog} className="dialog sync-dialog merge-dialog" aria-labelledby="merge-title" onClose={close}>
      {open && report && (
        <div className="dialog-body">
          <header className="dialog-header">
            <h2 id="merge-title">Merge from file</h2>
            <button type="button" className="btn btn-icon btn-ghost" aria-label="Close" onClick={close}>
              <Icon name="close" />
            </button>
          </header>

          <div className="merge-outcome" role="status">
            <span className="merge-outcome-icon">
              <Icon name="check" size={18} />
            </span>
            <div>
              <p className="merge-headline">
                {report.changes > 0 ? (
                  <>
                    Merged {plural(report.changes, 'change')} from{' '}
                    <strong className="sync-file" title={report.file}>
                      {baseName(report.file)}
                    </strong>
                  </>
                ) : (
                  <>
                    Nothing new in{' '}
                    <strong className="sync-file" title={report.file}>
                      {baseName(report.file)}
                    </strong>
                    : this project already had everything in it.
                  </>
                )}
              </p>
              <p className="muted small merge-path" title={report.file}>
                {report.file}
              </p>
            </div>
          </div>

          <ul className="merge-facts">
            {report.history > 0 && (
              <li>
                <Icon name="clock" size={14} />
                <span>
                  {plural(report.history, 'history entry', 'history entries')} added to the claims’ histories.
                </span>
              </li>
            )}
            {report.pending > 0 && (
              <li className="merge-fact-pending">
                <Icon name="clock" size={14} />
                <span>
                  <strong>{plural(report.pending, 'change')} waiting</strong> for changes they depend on (a claim or
                  article your copy does not have yet, or a newer Claimdesk). They apply by themselves once those
                  arrive.
                </span>
              </li>
            )}
            {report.conflicts > 0 ? (
              <li className="merge-fact-conflicts">
                <Icon name="alert" size={14} />
                <span>
                  <strong>{plural(report.conflicts, 'conflict')}</strong>: you and your colleague changed the same thing
                  without seeing each other’s change. Choose what to keep.
                </span>
              </li>
            ) : (
              <li>
                <Icon name="check" size={14} />
                <span>No conflicts: your changes and theirs fit together.</span>
              </li>
            )}
          </ul>

          <footer className="dialog-footer">
            <span className="muted small">Colleagues get them with your next sync.</span>
            {report.conflicts > 0 ? (
              <>
                <button type="button" className="btn btn-ghost" onClick={close}>
                  Later
                </button>
                <button type="button" className="btn btn-primary" onClick={() => openView('conflicts')} autoFocus>
                  Review conflicts
                </button>
              </>
            ) : (
              <button type="button" className="btn btn-primary" onClick={close} autoFocus>
                Done
              </button>
            )}
          </footer>
        </div>
      )}
    </dialog>
  );
}
