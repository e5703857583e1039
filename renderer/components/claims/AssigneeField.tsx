/**
 * Who on the desk is checking the claim: a text field that saves when it loses focus (or on
 * Enter), as every claim field does, suggesting the names already assigned in the project so the
 * same person is not spelled two ways. Esc closes the suggestions, then puts the saved name back.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { SuggestionList } from '../common/SuggestionList';
import { useSuggestions } from '../common/useSuggestions';

interface Props {
  value: string;
  onSave: (value: string) => void;
  /** Names already used, most used first. */
  known: readonly string[];
  readOnly?: boolean;
}

export function AssigneeField({ value, onSave, known, readOnly }: Props) {
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);
  const ref = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);

  const commit = (next: string) => {
    const typed = next.trim().replace(/\s+/g, ' ');
    // A name typed in another case is the name already used: "ana ruiz" becomes "Ana Ruiz".
    const clean = known.find((k) => k.toLowerCase() === typed.toLowerCase()) ?? typed;
    setDraft(clean);
    if (clean !== value) onSave(clean);
  };

  const suggestions = useSuggestions(draft, {
    values: known,
    onPick: (name) => {
      setDraft(name);
      // Picking a name is the choice made: leave the field (which saves it), as Enter does.
      requestAnimationFrame(() => ref.current?.blur());
    },
  });

  if (readOnly) {
    return (
      <div className="field field-static" aria-label="Assignee">
        {value || <span className="muted">Unassigned</span>}
      </div>
    );
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (suggestions.onKeyDown(e)) return;
    if (e.key === 'Escape') {
      e.stopPropagation();
      setDraft(value);
      requestAnimationFrame(() => ref.current?.blur());
    } else if (e.key === 'Enter') {
      e.preventDefault();
      ref.current?.blur();
    }
  };

  return (
    <div className="combo">
      <input
        ref={ref}
        type="text"
        className="field"
        aria-label="Assignee"
        placeholder="Who is checking this?"
        value={draft}
        dir="auto"
        spellCheck={false}
        {...suggestions.inputProps}
        onChange={(e) => {
          setDraft(e.target.value);
          suggestions.show();
        }}
        onFocus={() => {
          focused.current = true;
          suggestions.show();
        }}
        onBlur={() => {
          focused.current = false;
          suggestions.hide();
          commit(draft);
        }}
        onKeyDown={onKeyDown}
      />
      <SuggestionList list={suggestions.list} label="Assignees in this project" />
    </div>
  );
}
