/**
 * The claim list's search box (Ctrl/Cmd+F, or the menu's Find Claim, focuses it) and its verdict
 * filter, each verdict shown with its symbol and count.
 */
import { useEffect, useRef } from 'react';
import { VERDICTS, VERDICT_STYLES } from '../../../shared/domain/verdict';
import { useClaimStore, type VerdictFilter } from '../../stores/claimStore';
import { useUiStore } from '../../stores/uiStore';
import { Icon } from '../common/Icon';

const FILTERS: readonly VerdictFilter[] = ['all', ...VERDICTS];
const IS_MAC = /Mac/.test(navigator.platform);

export function ClaimSearch() {
  const query = useClaimStore((s) => s.query);
  const setQuery = useClaimStore((s) => s.setQuery);
  const filter = useClaimStore((s) => s.filter);
  const setFilter = useClaimStore((s) => s.setFilter);
  const claims = useClaimStore((s) => s.claims);
  const findNonce = useUiStore((s) => s.findClaimNonce);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (findNonce > 0) input.current?.select();
  }, [findNonce]);

  return (
    <div className="claim-search">
      <div className="search-box">
        <Icon name="search" size={14} />
        <input
          ref={input}
          type="search"
          className="search-input"
          placeholder="Search claims"
          aria-label="Search claims"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setQuery('');
          }}
        />
        <kbd className="search-kbd">{IS_MAC ? '⌘F' : 'Ctrl F'}</kbd>
      </div>
      <div className="filter-row" role="radiogroup" aria-label="Show claims">
        {FILTERS.map((f) => {
          const n = f === 'all' ? claims.length : claims.filter((c) => c.verdict === f).length;
          return (
            <button
              key={f}
              type="button"
              role="radio"
              aria-checked={filter === f}
              className={`filter-chip ${f !== 'all' ? `verdict-${f}` : ''}`}
              onClick={() => setFilter(f)}
            >
              {f === 'all' ? (
                'All'
              ) : (
                <>
                  <span className="verdict-symbol" aria-hidden="true">
                    {VERDICT_STYLES[f].symbol}
                  </span>
                  {VERDICT_STYLES[f].label}
                </>
              )}
              <span className="filter-count">{n}</span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
