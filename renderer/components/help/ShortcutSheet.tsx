/**
 * The keyboard shortcut sheet (?, Ctrl/Cmd+/ or Help → Keyboard Shortcuts): every shortcut in
 * three groups. A native modal <dialog>, so focus stays inside and Esc closes it.
 */
import { useEffect, useRef } from 'react';
import { useUiStore } from '../../stores/uiStore';
import { Icon } from '../common/Icon';
import { SHORTCUTS } from './shortcutList';

export function ShortcutSheet() {
  const open = useUiStore((s) => s.shortcutsOpen);
  const setOpen = useUiStore((s) => s.setShortcutsOpen);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="dialog shortcut-sheet"
      aria-labelledby="shortcut-sheet-title"
      // The close event arrives a task later: if the dialog was opened again meanwhile, it is not closed.
      onClose={(e) => {
        if (!e.currentTarget.open) setOpen(false);
      }}
    >
      {open && (
        <div className="dialog-body">
          <div className="dialog-header">
            <h2 id="shortcut-sheet-title">
              <Icon name="keyboard" size={18} />
              Keyboard shortcuts
            </h2>
            <button
              type="button"
              className="btn btn-icon btn-ghost"
              aria-label="Close keyboard shortcuts"
              onClick={() => setOpen(false)}
              autoFocus
            >
              <Icon name="close" size={15} />
            </button>
          </div>
          <div className="shortcut-groups">
            {SHORTCUTS.map((group) => (
              <section key={group.title} className="shortcut-group" aria-labelledby={`sc-${group.title}`}>
                <h3 id={`sc-${group.title}`} className="section-label">
                  {group.title}
                </h3>
                <dl className="shortcut-list">
                  {group.items.map((item) => (
                    <div key={item.what} className="shortcut-row">
                      <dt className="shortcut-keys">
                        {item.keys.map((combo, i) => (
                          <span key={combo.join('+')} className="shortcut-combo">
                            {i > 0 && <span className="shortcut-or">or</span>}
                            {combo.map((k) => (
                              <kbd key={k}>{k}</kbd>
                            ))}
                          </span>
                        ))}
                      </dt>
                      <dd className="shortcut-what">{item.what}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
          <p className="muted small shortcut-note">
            Single-key shortcuts work when the cursor is not in a text field. Verdict keys change the selected claim.
          </p>
        </div>
      )}
    </dialog>
  );
}
