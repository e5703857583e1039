/**
 * Suggestions under a text input (an assignee, a tag): the known values that contain what is
 * typed, those starting with it first, as an ARIA combobox's listbox. Arrow keys move through
 * them, Enter takes the active one, Esc closes the list. The input keeps focus throughout; the
 * active option is announced through aria-activedescendant.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';

const MAX_SHOWN = 8;

interface Options {
  /** Known values, most used first. */
  values: readonly string[];
  /** Values not to suggest (already chosen), compared without regard to case. */
  exclude?: readonly string[];
  /** Called with the option taken by Enter or a click. */
  onPick: (value: string) => void;
}

export function useSuggestions(text: string, { values, exclude = [], onPick }: Options) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const matches = useMemo(() => {
    const q = text.trim().toLowerCase();
    const skip = new Set(exclude.map((v) => v.toLowerCase()));
    const found = values.filter((v) => !skip.has(v.toLowerCase()) && v.toLowerCase().includes(q));
    // Values starting with the text first; the given order (most used) otherwise.
    const starts = found.filter((v) => v.toLowerCase().startsWith(q));
    return [...starts, ...found.filter((v) => !v.toLowerCase().startsWith(q))]
      .filter((v) => v.toLowerCase() !== q || q === '')
      .slice(0, MAX_SHOWN);
  }, [text, values, exclude]);

  const shown = open && matches.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;

  const pick = (value: string) => {
    setOpen(false);
    setActive(-1);
    onPick(value);
  };

  /** Handles the keys the list owns; returns true when it used the key (the caller then skips it). */
  const onKeyDown = (e: KeyboardEvent): boolean => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!shown) {
        setOpen(true);
        setActive(e.key === 'ArrowDown' ? 0 : matches.length - 1);
        return true;
      }
      const n = matches.length;
      const down = e.key === 'ArrowDown';
      setActive((i) => (down ? (i >= n - 1 ? 0 : i + 1) : i <= 0 ? n - 1 : i - 1));
      return true;
    }
    if (e.key === 'Enter' && shown && active >= 0 && active < matches.length) {
      e.preventDefault();
      pick(matches[active]!);
      return true;
    }
    if (e.key === 'Escape' && shown) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      setActive(-1);
      return true;
    }
    return false;
  };

  return {
    /** Spread on the input. */
    inputProps: {
      role: 'combobox' as const,
      'aria-autocomplete': 'list' as const,
      'aria-expanded': shown,
      'aria-controls': shown ? `${id}-list` : undefined,
      'aria-activedescendant': shown && active >= 0 && active < matches.length ? optionId(active) : undefined,
      autoComplete: 'off',
    },
    /** Call when the text changes (opens the list) and when the input gains or loses focus. */
    show: () => {
      setOpen(true);
      setActive(-1);
    },
    hide: () => {
      setOpen(false);
      setActive(-1);
    },
    onKeyDown,
    list: shown ? { id: `${id}-list`, matches, active, optionId, pick } : null,
  };
}
