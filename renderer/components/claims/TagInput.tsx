/**
 * The claim's tags as chips, with an input to add more: Enter or a comma adds what is typed (a
 * pasted "a, b, c" adds three), × or Backspace in the empty input removes one, and the tags
 * already used in the project are suggested. Each add or removal is saved at once, as one change
 * (so one Undo). The project keeps tags sorted and without duplicates; the chips show them so.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { SuggestionList } from '../common/SuggestionList';
import { useSuggestions } from '../common/useSuggestions';

/** The contract's bounds (shared/ipc/schemas.ts ClaimPatchSchema). */
const MAX_TAGS = 100;
const MAX_TAG_LENGTH = 100;

interface Props {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  /** Tags already used in the project, most used first. */
  known: readonly string[];
  readOnly?: boolean;
}

const clean = (tag: string): string => tag.trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH);

export function TagInput({ tags, onChange, known, readOnly }: Props) {
  // What the chips show: the saved tags, or the change just made while it is being saved (so a
  // second tag typed quickly is added to the first, not to the tags before it).
  const [shown, setShown] = useState<readonly string[]>(tags);
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => setShown(tags), [tags]);

  const save = (next: readonly string[]) => {
    setShown(next);
    onChange([...next]);
  };

  const add = (text: string) => {
    const have = new Set(shown.map((t) => t.toLowerCase()));
    // A tag typed in another case is the project's tag: "venezuela" becomes "Venezuela".
    const spelling = new Map(known.map((t) => [t.toLowerCase(), t]));
    const added: string[] = [];
    for (const typed of text.split(',').map(clean)) {
      const part = spelling.get(typed.toLowerCase()) ?? typed;
      if (!part || have.has(part.toLowerCase())) continue;
      have.add(part.toLowerCase());
      added.push(part);
    }
    setDraft('');
    const next = [...shown, ...added].slice(0, MAX_TAGS);
    if (next.length !== shown.length) save(next);
  };

  const remove = (tag: string) => {
    save(shown.filter((t) => t !== tag));
    input.current?.focus();
  };

  const suggestions = useSuggestions(draft, { values: known, exclude: shown, onPick: (tag) => add(tag) });

  if (readOnly) {
    return shown.length === 0 ? (
      <div className="field field-static" aria-label="Tags">
        <span className="muted">No tags</span>
      </div>
    ) : (
      <ul className="tag-chips tag-chips-static" role="list" aria-label="Tags">
        {shown.map((t) => (
          <li key={t} className="tag-chip">
            {t}
          </li>
        ))}
      </ul>
    );
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (suggestions.onKeyDown(e)) return;
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add(draft);
    } else if (e.key === 'Backspace' && draft === '' && shown.length > 0) {
      e.preventDefault();
      save(shown.slice(0, -1));
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      setDraft('');
      input.current?.blur();
    }
  };

  const full = shown.length >= MAX_TAGS;
  return (
    <div className="tag-input combo" onClick={(e) => e.target === e.currentTarget && input.current?.focus()}>
      {shown.length > 0 && (
        <ul className="tag-chips" role="list" aria-label="Tags">
          {shown.map((t) => (
            <li key={t} className="tag-chip" data-tag={t}>
              <span className="tag-chip-text">{t}</span>
              <button
                type="button"
                className="tag-chip-remove"
                aria-label={`Remove tag ${t}`}
                title="Remove tag"
                onClick={() => remove(t)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={input}
        type="text"
        className="tag-input-field"
        aria-label="Add tag"
        placeholder={full ? `${MAX_TAGS} tags at most` : shown.length ? 'Add tag…' : 'Add tags (Enter or comma)'}
        disabled={full}
        maxLength={MAX_TAG_LENGTH * 20}
        value={draft}
        dir="auto"
        spellCheck={false}
        {...suggestions.inputProps}
        onChange={(e) => {
          setDraft(e.target.value);
          suggestions.show();
        }}
        onFocus={() => suggestions.show()}
        onBlur={() => {
          suggestions.hide();
          // Leaving the field with a tag typed keeps it, as leaving any other claim field saves it.
          if (draft.trim()) add(draft);
        }}
        onKeyDown={onKeyDown}
        onPaste={(e) => {
          const text = e.clipboardData.getData('text');
          if (!text.includes(',')) return;
          e.preventDefault();
          add(draft + text);
        }}
      />
      <SuggestionList list={suggestions.list} label="Tags in this project" />
    </div>
  );
}
