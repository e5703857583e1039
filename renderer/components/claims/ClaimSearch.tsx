/**
 * The claim list's search box (Ctrl/Cmd+F, or the menu's Find Claim, focuses it), the Filter
 * button (articles, tags, assignees, claimants), the verdict filter with each verdict's symbol and
 * count, and the filters in force as removable chips. Counts are faceted: each says how many claims
 * that choice would show, given the search and the other filters.
 */
import { useEffect, useRef } from 'react';
import { VERDICT_STYLES } from '../../../shared/domain/verdict';
import { useClaimStore } from '../../stores/claimStore';
import { useUiStore } from '../../stores/uiStore';
import { Icon } from '../common/Icon';
import { ActiveFilters } from './ActiveFilters';
import { ClaimFilterMenu } from './ClaimFilterMenu';
import type { FacetOptions } from './claimFilters';

const IS_MAC = /Mac/.test(navigator.platform);

export function ClaimSearch({ facets }: { facets: FacetOptions }) {
  const query = useClaimStore((s) => s.query);
  const setQuery = useClaimStore((s) => s.setQuery);
  const filter = useClaimStore((s) => s.filter);
  const setFilter = useClaimStore((s) => s.setFilter);
  const findNonce = useUiStore((s) => s.findClaimNonce);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (findNonce > 0) input.current?.select();
  }, [findNonce]);

  return (
    <div className="claim-search">
      <div className="claim-search-row">
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
        <ClaimFilterMenu facets={facets} />
      </div>
      <div className="filter-row" role="radiogroup" aria-label="Show claims">
        {facets.verdict.map(({ value, count }) => {
          const v = value as keyof typeof VERDICT_STYLES | 'all';
          return (
            <button
              key={v}
              type="button"
              role="radio"
              aria-checked={filter.verdict === v}
              className={`filter-chip ${v !== 'all' ? `verdict-${v}` : ''}`}
              onClick={() => setFilter({ ...filter, verdict: v })}
            >
              {v === 'all' ? (
                'All'
              ) : (
                <>
                  <span className="verdict-symbol" aria-hidden="true">
                    {VERDICT_STYLES[v].symbol}
                  </span>
                  {VERDICT_STYLES[v].label}
                </>
              )}
              <span className="filter-count">{count}</span>
            </button>
          );
        })}
      </div>
      <ActiveFilters facets={facets} />
    </div>
  );
}
