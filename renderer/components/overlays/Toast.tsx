/**
 * The toast at the bottom of the window: what the last action did, with Undo when it removed
 * something (or Redo after an undo). It stays until the next action; the close button dismisses it.
 */
import { useUndoStore } from '../../stores/undoStore';
import { Icon } from '../common/Icon';

export function Toast() {
  const toast = useUndoStore((s) => s.toast);
  const run = useUndoStore((s) => s.runAction);
  const clear = useUndoStore((s) => s.clear);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div key={toast.id} className={`toast toast-${toast.tone}`}>
          <span className="toast-message">{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="toast-undo"
              onClick={() => void run()}
              title={toast.action.label === 'Undo' ? 'Undo (Ctrl+Z)' : 'Redo (Ctrl+Shift+Z)'}
            >
              <Icon name={toast.action.label === 'Undo' ? 'undo' : 'redo'} size={14} />
              {toast.action.label}
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
