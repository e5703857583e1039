/**
 * The popover under a selected passage: "New claim" (Enter) makes a claim whose text is the quote;
 * below it, the existing claims the passage most likely restates (suggested by the main process,
 * with their reasons as chips: "shares figure 116"), then a search to link the passage to any
 * claim. Shift+Enter links the top suggestion; nothing is ever linked without the user asking.
 * Arrow keys move, Esc closes.
 *
 * So that the same claim is not created twice by accident, "New claim" waits for the suggestions,
 * and when the top one is likely the same claim (shared/matching/likelySameClaim.ts) it asks once
 * more: the first Enter or click only says so, the second creates the claim anyway.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { MethodResult } from '../../../shared/ipc/contract';
import { isLikelySameClaim } from '../../../shared/matching/likelySameClaim';
import { api } from '../../api/client';
import { createClaimFromSelection, linkSelectionTo } from '../../actions/highlightActions';
import { filterClaims, useClaimStore } from '../../stores/claimStore';
import { useUiStore, type PendingSelection } from '../../stores/uiStore';
import { truncate } from '../../utils/format';
import { Icon } from '../common/Icon';
import { VerdictBadge } from '../common/VerdictBadge';

const WIDTH = 380;
const MAX_RESULTS = 40;
const MAX_SUGGESTIONS = 3;

type Suggestion = MethodResult<'suggestClaims'>[number];

/** The suggestions for this passage: null while the main process ranks them. */
function useSuggestions(pending: PendingSelection): Suggestion[] | null {
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  useEffect(() => {
    let current = true;
    api
      .suggestClaims({ articleId: pending.articleId, start: pending.start, end: pending.end })
      .then((s) => current && setSuggestions(s))
      // Suggestions are a help, not the task: without them the search below still links.
      .catch(() => current && setSuggestions([]));
    return () => {
      current = false;
    };
  }, [pending.articleId, pending.start, pending.end]);
  return suggestions;
}

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
  const ranked = useSuggestions(pending);
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  // Only suggestions whose claim is in the list (a claim deleted meanwhile is not offered).
  const suggested = useMemo(
    () => (ranked ?? []).filter((s) => byId.has(s.claimId)).slice(0, MAX_SUGGESTIONS),
    [ranked, byId],
  );
  const matches = useMemo(() => {
    const found = filterClaims(claims, query, 'all');
    // With no search typed, the suggested claims are not listed twice.
    const shown = query ? found : found.filter((c) => !suggested.some((s) => s.claimId === c.id));
    return shown.slice(0, MAX_RESULTS);
  }, [claims, query, suggested]);
  const first = 1 + suggested.length;
  const itemCount = first + matches.length;
  const topSuggestion = suggested[0];
  const likelySame =
    topSuggestion && isLikelySameClaim(topSuggestion, pending.quote, byId.get(topSuggestion.claimId)?.text ?? '')
      ? topSuggestion.claimId
      : null;
  const loading = ranked === null && claims.length > 0;
  /** "New claim" was asked for once while a likely-same claim is suggested: the next ask creates it. */
  const [confirmNew, setConfirmNew] = useState(false);
  /** "New claim" was asked for before the suggestions arrived: decided once they have. */
  const [newWhenReady, setNewWhenReady] = useState(false);

  const askNew = () => {
    if (loading) setNewWhenReady(true);
    else if (likelySame && !confirmNew) setConfirmNew(true);
    else void createClaimFromSelection();
  };
  useEffect(() => {
    if (!newWhenReady || loading) return;
    setNewWhenReady(false);
    if (likelySame) setConfirmNew(true);
    else void createClaimFromSelection();
  }, [newWhenReady, loading, likelySame]);

  const activate = (index: number) => {
    if (index === 0) askNew();
    else if (index < first) void linkSelectionTo(suggested[index - 1]!.claimId);
    else if (matches[index - first]) void linkSelectionTo(matches[index - first]!.id);
  };
  const move = (delta: number) => setActive((i) => (i + delta + itemCount) % itemCount);

  const onKey = (e: KeyboardEvent | ReactKeyboardEvent) => {
    if (e.key === 'Enter' && e.shiftKey) {
      // Shift+Enter: link to the top suggestion, when there is one.
      e.preventDefault();
      if (suggested[0]) activate(1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      activate(active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setPending(null);
    } else if (e.shiftKey && e.key.startsWith('Arrow')) {
      // Shift+arrows belong to the selection in the article (KeyboardSelectionPlugin).
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
      {confirmNew && likelySame && (
        <p className="popover-same-warning" role="alert">
          This passage likely restates “{truncate(byId.get(likelySame)?.text ?? '', 80)}”. Link it with ⇧ Enter, or
          create a new claim anyway.
        </p>
      )}
      <button
        type="button"
        className={`popover-item popover-new ${active === 0 ? 'is-active' : ''}`}
        onMouseEnter={() => setActive(0)}
        onClick={() => activate(0)}
        aria-busy={newWhenReady || undefined}
      >
        <Icon name="plus" size={14} />
        <span className="popover-item-text">{confirmNew ? 'New claim anyway' : 'New claim'}</span>
        {active === 0 && <kbd>Enter</kbd>}
      </button>
      {loading && (
        <div className="popover-suggest-loading muted small" aria-live="polite">
          Looking for claims this passage may restate…
        </div>
      )}
      {suggested.length > 0 && (
        <div className="popover-suggestions">
          <div className="popover-section-title" id="suggested-claims-title">
            <Icon name="sparkle" size={12} />
            Suggested claims
          </div>
          <ul className="popover-list" role="listbox" aria-labelledby="suggested-claims-title">
            {suggested.map((sg, i) => {
              const claim = byId.get(sg.claimId)!;
              const index = i + 1;
              return (
                <li key={sg.claimId} role="option" aria-selected={active === index}>
                  <button
                    type="button"
                    className={`popover-item popover-suggestion ${active === index ? 'is-active' : ''}`}
                    onMouseEnter={() => setActive(index)}
                    onClick={() => activate(index)}
                    title={claim.text}
                    aria-label={`Link to suggested claim: ${claim.text}. ${[
                      ...(sg.claimId === likelySame ? ['likely the same claim'] : []),
                      ...sg.reasons,
                    ].join(', ')}`}
                    data-claim-id={sg.claimId}
                  >
                    <VerdictBadge verdict={claim.verdict} compact />
                    <span className="popover-suggestion-body">
                      <span className="popover-item-text">{truncate(claim.text, 90)}</span>
                      <span className="reason-chips" aria-hidden="true">
                        {sg.claimId === likelySame && (
                          <span className="reason-chip" data-tone="same">
                            likely the same claim
                          </span>
                        )}
                        {sg.reasons.map((r) => (
                          <span key={r} className="reason-chip" data-tone={/differ/.test(r) ? 'warn' : undefined}>
                            {r}
                          </span>
                        ))}
                      </span>
                    </span>
                    {i === 0 ? (
                      <kbd className="popover-kbd" title="Shift+Enter links the top suggestion">
                        ⇧ Enter
                      </kbd>
                    ) : active === index ? (
                      <kbd>Enter</kbd>
                    ) : (
                      <Icon name="link" size={13} className="popover-item-hint" />
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
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
                setActive(e.target.value ? first : 0);
              }}
              onKeyDown={onKey}
            />
          </div>
          <ul className="popover-list" role="listbox" aria-label="Claims to link">
            {matches.map((c, i) => (
              <li key={c.id} role="option" aria-selected={active === first + i}>
                <button
                  type="button"
                  className={`popover-item ${active === first + i ? 'is-active' : ''}`}
                  onMouseEnter={() => setActive(first + i)}
                  onClick={() => activate(first + i)}
                  title={c.text}
                >
                  <VerdictBadge verdict={c.verdict} compact />
                  <span className="popover-item-text">{truncate(c.text, 90)}</span>
                  {active === first + i ? (
                    <kbd>Enter</kbd>
                  ) : (
                    <Icon name="link" size={13} className="popover-item-hint" />
                  )}
                </button>
              </li>
            ))}
            {matches.length === 0 && query && <li className="popover-empty">No claim matches “{query}”.</li>}
          </ul>
        </>
      )}
    </div>
  );
}
