/**
 * The popover under a selected passage: "New claim" (Enter) makes a claim whose text is the quote;
 * the search links the passage to an existing claim instead. Arrow keys move, Esc closes.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { createClaimFromSelection, linkSelectionTo } from '../../actions/highlightActions';
import { filterClaims, useClaimStore } from '../../stores/claimStore';
import { useUiStore, type PendingSelection } from '../../stores/uiStore';
import { truncate } from '../../utils/format';
import { Icon } from '../common/Icon';
import { VerdictBadge } from '../common/VerdictBadge';

const WIDTH = 360;
const MAX_RESULTS = 40;

export function SelectionPopover() {
  const pending = useUiStore((s) => s.pending);
  if (!pending) return null;
  return <PopoverBody key={`${pending.articleId}:${pending.start}:${pending.end}`} pending={pending} />;
}

function PopoverBody({ pending }: { pending: PendingSelection }) {
  const claims = useClaimStore((s) => s.claims);
  const setPending = useUiStore((s) => s.setPending);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const matches = useMemo(() => filterClaims(claims, query, 'all').slice(0, MAX_RESULTS), [claims, query]);
  const itemCount = matches.length + 1;

  const activate = (index: number) => {
    if (index === 0) void createClaimFromSelection();
    else if (matches[index - 1]) void linkSelectionTo(matches[index - 1]!.id);
  };
  const move = (delta: number) => setActive((i) => (i + delta + itemCount) % itemCount);

  const onKey = (e: KeyboardEvent | ReactKeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      activate(active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setPending(null);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(-1);
    }
  };

  // While focus is still in the article, Enter and Esc reach the popover through the document.
  useEffect(() => {
    const onDocKey = (e: KeyboardEvent) => {
      if (box.current?.contains(e.target as Node)) return;
      const t = e.target as HTMLElement | null;
      if (t && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
      onKey(e);
    };
    const onDocDown = (e: PointerEvent) => {
      const t = e.target as Element | null;
      if (box.current?.contains(t) || t?.closest('.article-text')) return;
      setPending(null);
    };
    document.addEventListener('keydown', onDocKey);
    document.addEventListener('pointerdown', onDocDown, true);
    return () => {
      document.removeEventListener('keydown', onDocKey);
      document.removeEventListener('pointerdown', onDocDown, true);
    };
  });

  const { rect } = pending;
  const left = Math.max(0, Math.min(rect.left + rect.width / 2 - WIDTH / 2, rect.sheetWidth - WIDTH));
  const top = rect.placement === 'below' ? rect.top + rect.height + 8 : rect.top - 8;

  return (
    <div
      ref={box}
      className={`popover selection-popover popover-${rect.placement}`}
      role="dialog"
      aria-label="Highlight selection"
      style={{ left, top, width: WIDTH }}
    >
      <div className="popover-quote">
        <Icon name="quote" size={12} />
        <span>{truncate(pending.quote, 140)}</span>
      </div>
      <button
        type="button"
        className={`popover-item popover-new ${active === 0 ? 'is-active' : ''}`}
        onMouseEnter={() => setActive(0)}
        onClick={() => activate(0)}
      >
        <Icon name="plus" size={14} />
        <span className="popover-item-text">New claim</span>
        {active === 0 && <kbd>Enter</kbd>}
      </button>
      {claims.length > 0 && (
        <>
          <div className="popover-search">
            <Icon name="search" size={14} />
            <input
              className="popover-search-input"
              value={query}
              placeholder="Link to an existing claim…"
              aria-label="Search claims to link"
              onChange={(e) => {
                setQuery(e.target.value);
                setActive(e.target.value ? 1 : 0);
              }}
              onKeyDown={onKey}
            />
          </div>
          <ul className="popover-list" role="listbox" aria-label="Claims to link">
            {matches.map((c, i) => (
              <li key={c.id} role="option" aria-selected={active === i + 1}>
                <button
                  type="button"
                  className={`popover-item ${active === i + 1 ? 'is-active' : ''}`}
                  onMouseEnter={() => setActive(i + 1)}
                  onClick={() => activate(i + 1)}
                  title={c.text}
                >
                  <VerdictBadge verdict={c.verdict} compact />
                  <span className="popover-item-text">{truncate(c.text, 90)}</span>
                  {active === i + 1 ? <kbd>Enter</kbd> : <Icon name="link" size={13} className="popover-item-hint" />}
                </button>
              </li>
            ))}
            {matches.length === 0 && <li className="popover-empty">No claim matches “{query}”.</li>}
          </ul>
        </>
      )}
    </div>
  );
}
