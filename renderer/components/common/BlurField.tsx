/**
 * A text field that edits in place and saves when it loses focus (or on Enter, for single-line
 * fields): the way every claim and article field in the workbench saves, with no Save button.
 * Esc puts the saved value back. Multi-line fields grow with their content (CSS field-sizing).
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

interface Props {
  value: string;
  onSave: (value: string) => void;
  label: string;
  placeholder?: string;
  multiline?: boolean;
  /** Enter saves even when multi-line (Shift+Enter adds a line). */
  enterSaves?: boolean;
  required?: boolean;
  className?: string;
  readOnly?: boolean;
  /** How the value reads when the field is not being edited (e.g. a formatted date). */
  display?: (value: string) => string;
  /** Shown for an empty value in a read-only field (the placeholder invites typing). */
  emptyText?: string;
  /** Called when the field loses focus, after saving (e.g. to leave an edit mode). */
  onDone?: () => void;
  autoFocus?: boolean;
}

export function BlurField(props: Props) {
  const {
    value,
    onSave,
    label,
    placeholder,
    multiline,
    enterSaves,
    required,
    className,
    readOnly,
    display,
    emptyText,
    onDone,
    autoFocus,
  } = props;
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const focused = useRef(false);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  // A new value from the project replaces the draft unless the user is typing in this field.
  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);

  // A formatted field swaps in its raw value on focus ("14 Jan 2026" → "2026-01-14"); select it all,
  // so typing replaces the value rather than landing wherever the caret was left by the swap.
  const formatted = display !== undefined;
  useLayoutEffect(() => {
    if (editing && formatted) ref.current?.select();
  }, [editing, formatted]);

  const commit = () => {
    const next = multiline ? draft : draft.trim();
    if (required && next.trim() === '') {
      setDraft(value);
      return;
    }
    if (next !== value) onSave(next);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      setDraft(value);
      e.stopPropagation();
      requestAnimationFrame(() => ref.current?.blur());
    } else if (e.key === 'Enter' && (!multiline || (enterSaves && !e.shiftKey))) {
      e.preventDefault();
      ref.current?.blur();
    }
  };

  const common = {
    ref,
    className: `field ${multiline ? 'field-multiline' : ''} ${className ?? ''}`,
    value: editing || !display ? draft : display(value),
    placeholder,
    'aria-label': label,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onFocus: () => {
      focused.current = true;
      setEditing(true);
    },
    onBlur: () => {
      focused.current = false;
      setEditing(false);
      commit();
      onDone?.();
    },
    onKeyDown,
    spellCheck: multiline,
    autoFocus,
    // Each value reads in its own direction (an Arabic outlet in an English article, and back).
    dir: 'auto',
  };
  if (readOnly) {
    const shown = display ? display(value) : value;
    return (
      <div className={`field field-static ${multiline ? 'field-multiline' : ''} ${className ?? ''}`} aria-label={label}>
        {shown || <span className="muted">{emptyText ?? '—'}</span>}
      </div>
    );
  }
  return multiline ? <textarea rows={1} {...common} /> : <input type="text" {...common} />;
}
