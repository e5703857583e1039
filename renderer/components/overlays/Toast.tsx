/**
 * The toast at the bottom of the window: what the last action did, with Undo when it removed
 * something. It stays until the next action; the close button dismisses it.
 */
import { useUndoStore } from '../../stores/undoStore';
import { Icon } from '../common/Icon';

export function Toast() {
  const toast = useUndoStore((s) => s.toast);
  const undo = useUndoStore((s) => s.undo);
  const clear = useUndoStore((s) => s.clear);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div key={toast.id} className={`toast toast-${toast.tone}`}>
          <span className="toast-message">{toast.message}</span>
          {toast.undo && (
            <button type="button" className="toast-undo" onClick={() => void undo()}>
              <Icon name="undo" size={14} />
              Undo
            </button>
          )}
          <button type="button" className="toast-close" aria-label="Dismiss" onClick={clear}>
            <Icon name="close" size={14} />
          </button>
        </div>
      )}
    </div>
  );
}
