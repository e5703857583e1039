/**
 * A text field that edits in place and saves when it loses focus (or on Enter, for single-line
 * fields): the way every claim and article field in the workbench saves, with no Save button.
 * Esc puts the saved value back. Multi-line fields grow with their content (CSS field-sizing).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

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
  } = props;
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const focused = useRef(false);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  // A new value from the project replaces the draft unless the user is typing in this field.
  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);

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
    },
    onKeyDown,
    spellCheck: multiline,
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
