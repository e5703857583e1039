/**
 * View → Conflicts: every open conflict between colleagues' concurrent changes. Until settled,
 * every copy shows the latest change; the conflict stays listed (here, in the top bar's badge and
 * on the claim) until someone chooses what to keep.
 */
import { useSyncStore } from '../../stores/syncStore';
import { useCanEdit } from '../../stores/projectStore';
import { Icon } from '../common/Icon';
import { useModalDialog } from '../common/useModalDialog';
import { ConflictCard } from './ConflictCard';

export function ConflictsDialog() {
  const open = useSyncStore((s) => s.view === 'conflicts');
  const conflicts = useSyncStore((s) => s.conflicts);
  const closeView = useSyncStore((s) => s.closeView);
  const canEdit = useCanEdit();
  const dialog = useModalDialog(open);
  const close = () => closeView('conflicts');

  return (
    <dialog
      ref={dialog}
      className="dialog sync-dialog conflicts-dialog"
      aria-labelledby="conflicts-title"
      onClose={close}
    >
      {open && (
        <div className="dialog-body">
          <header className="dialog-header">
            <h2 id="conflicts-title">
              Conflicts {conflicts.length > 0 && <span className="count">{conflicts.length}</span>}
            </h2>
            <button type="button" className="btn btn-icon btn-ghost" aria-label="Close" onClick={close}>
              <Icon name="close" />
            </button>
          </header>
          {conflicts.length === 0 ? (
            <div className="conflicts-empty" role="status">
              <span className="merge-outcome-icon">
                <Icon name="check" size={18} />
              </span>
              <div>
                <p className="merge-headline">No conflicts</p>
                <p className="muted small">Everyone’s changes fit together.</p>
              </div>
            </div>
          ) : (
            <>
              <p className="sync-intro">
                You and colleagues changed these without seeing each other’s change. Every copy shows the latest one for
                now; choose what to keep. {canEdit ? 'Your choice is shared with colleagues like any change.' : ''}
              </p>
              <div className="conflict-list">
                {conflicts.map((c) => (
                  <ConflictCard key={c.id} conflict={c} canEdit={canEdit} />
                ))}
              </div>
            </>
          )}
          <footer className="dialog-footer">
            <span className="muted" />
            <button type="button" className="btn btn-primary" onClick={close}>
              Done
            </button>
          </footer>
        </div>
      )}
    </dialog>
  );
}
