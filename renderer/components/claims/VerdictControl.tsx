/**
 * The verdict as a segmented control: each option shows its symbol and label (and its colour),
 * so the choice reads without colour. Arrow keys move between options, as in any radio group.
 */
import type { KeyboardEvent } from 'react';
import { VERDICTS, VERDICT_STYLES, type Verdict } from '../../../shared/domain/verdict';

interface Props {
  value: Verdict;
  onChange: (verdict: Verdict) => void;
  readOnly?: boolean;
}

export function VerdictControl({ value, onChange, readOnly }: Props) {
  const onKeyDown = (e: KeyboardEvent) => {
    const step =
      e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!step || readOnly) return;
    e.preventDefault();
    const next = VERDICTS[(VERDICTS.indexOf(value) + step + VERDICTS.length) % VERDICTS.length]!;
    onChange(next);
    requestAnimationFrame(() =>
      (document.querySelector(`.verdict-option[data-verdict="${next}"]`) as HTMLElement | null)?.focus(),
    );
  };
  return (
    <div
      className="verdict-control"
      role="radiogroup"
      aria-label="Verdict"
      aria-readonly={readOnly || undefined}
      onKeyDown={onKeyDown}
    >
      {VERDICTS.map((v) => (
        <button
          key={v}
          type="button"
          role="radio"
          aria-checked={v === value}
          tabIndex={v === value ? 0 : -1}
          disabled={readOnly && v !== value}
          className={`verdict-option verdict-${v}`}
          data-verdict={v}
          onClick={() => !readOnly && v !== value && onChange(v)}
        >
          <span className="verdict-symbol" aria-hidden="true">
            {VERDICT_STYLES[v].symbol}
          </span>
          {VERDICT_STYLES[v].label}
        </button>
      ))}
    </div>
  );
}
