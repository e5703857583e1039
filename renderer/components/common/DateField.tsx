/**
 * A date that edits in place, as BlurField does for text: the browser's date input (so the value
 * is always an ISO date, YYYY-MM-DD, and a picker is one click away), saved when it loses focus or
 * on Enter, never on each keystroke (typing a year passes through 0002, 0020, 0202 on the way).
 * Esc puts the saved value back. Read-only, it shows the date as the rest of the app does ("14 Jan
 * 2026").
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatDate } from '../../utils/format';

interface Props {
  value: string;
  onSave: (value: string) => void;
  label: string;
  readOnly?: boolean;
  /** Shown for an empty value when read-only. */
  emptyText?: string;
  /** Shown for an empty value while editable. */
  placeholder?: string;
  className?: string;
}

/** A value the date input can show: the date part of an ISO date or date-time, else nothing. */
const inputValue = (value: string): string => /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? '';

export function DateField({ value, onSave, label, readOnly, emptyText, placeholder, className }: Props) {
  const [draft, setDraft] = useState(inputValue(value));
  const [editing, setEditing] = useState(false);
  const focused = useRef(false);
  const ref = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!focused.current) setDraft(inputValue(value));
  }, [value]);

  if (readOnly) {
    return (
      <div className={`field field-static ${className ?? ''}`} aria-label={label}>
        {formatDate(value) || <span className="muted">{emptyText ?? '—'}</span>}
      </div>
    );
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      setDraft(inputValue(value));
      requestAnimationFrame(() => ref.current?.blur());
    } else if (e.key === 'Enter') {
      e.preventDefault();
      ref.current?.blur();
    }
  };

  // The browser's date input reads in the browser's locale ("01/12/2026": which is the month?);
  // until it is focused, the date is drawn over it as the app writes dates, "12 Jan 2026".
  return (
    <span className={`date-field ${className ?? ''}`}>
      <input
        ref={ref}
        type="date"
        className="field field-date"
        aria-label={label}
        value={draft}
        data-covered={!editing || undefined}
        onChange={(e) => setDraft(e.target.value)}
        onFocus={() => {
          focused.current = true;
          setEditing(true);
        }}
        onBlur={() => {
          focused.current = false;
          setEditing(false);
          if (draft !== inputValue(value)) onSave(draft);
        }}
        onKeyDown={onKeyDown}
      />
      {!editing && (
        <span className={`date-field-text ${draft ? '' : 'muted'}`} aria-hidden="true">
          {draft ? formatDate(draft) : (placeholder ?? 'Add date')}
        </span>
      )}
    </span>
  );
}
