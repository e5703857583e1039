/**
 * The "Filter" button beside the claim search and its popover: one section per facet (article,
 * tag, assignee, claimant), each option a checkbox with the number of claims it would show given
 * the other filters (claimFilters.ts). The open article comes first among the articles. A find box
 * narrows long option lists; each section shows its first few options until "Show all" is pressed.
 * Esc, Done or a click outside closes it, and focus goes back to the button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useArticleStore } from '../../stores/articleStore';
import { useClaimStore } from '../../stores/claimStore';
import { Icon } from '../common/Icon';
import {
  NO_FILTERS,
  activeFilterCount,
  toggleFilterValue,
  type FacetOption,
  type FacetOptions,
  type ListFacet,
} from './claimFilters';

/** How each facet reads in the popover and in the active-filter chips. */
export const FACET_TEXT: Record<ListFacet, { title: string; empty: string; none: string }> = {
  article: { title: 'Article', empty: 'Untitled article', none: 'No claim appears in an article yet.' },
  tag: { title: 'Tag', empty: '', none: 'No claim is tagged yet.' },
  assignee: { title: 'Assignee', empty: 'Unassigned', none: '' },
  claimant: { title: 'Claimant', empty: 'No claimant', none: '' },
};

/** The order of the sections: where, what, who checks, who said. */
const SECTIONS: readonly ListFacet[] = ['article', 'tag', 'assignee', 'claimant'];
const FIRST_SHOWN = 5;

export const optionLabel = (facet: ListFacet, o: Pick<FacetOption, 'value' | 'label'>): string =>
  o.value === '' || o.label === '' ? FACET_TEXT[facet].empty || o.label : o.label;

export function ClaimFilterMenu({ facets }: { facets: FacetOptions }) {
  const filter = useClaimStore((s) => s.filter);
  const setFilter = useClaimStore((s) => s.setFilter);
  const openArticleId = useArticleStore((s) => s.selectedId);
  const [open, setOpen] = useState(false);
  const [find, setFind] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<ListFacet>>(new Set());
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const id = useId();
  const picked = activeFilterCount({ ...filter, verdict: 'all' });

  const close = (refocus: boolean) => {
    setOpen(false);
    setFind('');
    if (refocus) button.current?.focus();
  };

  // A click anywhere outside the popover (and its button) closes it.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      const t = e.target as Node;
      if (!popover.current?.contains(t) && !button.current?.contains(t)) {
        setOpen(false);
        setFind('');
      }
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const words = find.toLowerCase().split(/\s+/).filter(Boolean);
  const optionsOf = (facet: ListFacet): FacetOption[] => {
    let list = facets[facet];
    if (facet === 'article' && openArticleId) {
      // The open article first: filtering by "this article" is the common case.
      list = [...list.filter((o) => o.value === openArticleId), ...list.filter((o) => o.value !== openArticleId)];
    }
    if (words.length) list = list.filter((o) => words.every((w) => optionLabel(facet, o).toLowerCase().includes(w)));
    return list;
  };

  return (
    <div className="filter-menu">
      <button
        ref={button}
        type="button"
        className="btn btn-small filter-button"
        aria-expanded={open}
        aria-controls={open ? `${id}-popover` : undefined}
        aria-haspopup="dialog"
        data-active={picked > 0 || undefined}
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        <Icon name="filter" size={14} />
        Filter
        {picked > 0 && (
          <span className="filter-badge">
            {picked}
            <span className="sr-only"> active</span>
          </span>
        )}
      </button>
      {open && (
        <div
          ref={popover}
          id={`${id}-popover`}
          className="popover filter-popover"
          role="dialog"
          aria-label="Filter claims"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close(true);
            }
          }}
        >
          <div className="filter-find search-box">
            <Icon name="search" size={13} />
            <input
              type="search"
              className="search-input"
              placeholder="Find an article, tag or person"
              aria-label="Find a filter option"
              value={find}
              onChange={(e) => setFind(e.target.value)}
              autoFocus
            />
          </div>
          <div className="filter-sections">
            {SECTIONS.map((facet) => {
              const options = optionsOf(facet);
              const all = expanded.has(facet) || words.length > 0;
              const shown = all
                ? options
                : options.slice(0, Math.max(FIRST_SHOWN, options.filter((o) => o.selected).length));
              const text = FACET_TEXT[facet];
              if (options.length === 0 && (words.length > 0 || !text.none)) return null;
              return (
                <fieldset key={facet} className="filter-section" data-facet={facet}>
                  <legend className="popover-heading">{text.title}</legend>
                  {options.length === 0 && <p className="filter-none muted small">{text.none}</p>}
                  {shown.map((o) => (
                    <label
                      key={o.value}
                      className="facet-option"
                      data-zero={(o.count === 0 && !o.selected) || undefined}
                    >
                      <input
                        type="checkbox"
                        checked={o.selected}
                        onChange={() => setFilter(toggleFilterValue(filter, facet, o.value))}
                      />
                      <span className="facet-label" dir="auto">
                        {optionLabel(facet, o)}
                      </span>
                      {facet === 'article' && o.value === openArticleId && <span className="facet-hint">open</span>}
                      <span className="facet-count" aria-label={`${o.count} ${o.count === 1 ? 'claim' : 'claims'}`}>
                        {o.count}
                      </span>
                    </label>
                  ))}
                  {shown.length < options.length && (
                    <button
                      type="button"
                      className="btn-link facet-more"
                      onClick={() => setExpanded(new Set([...expanded, facet]))}
                    >
                      Show all {options.length}
                    </button>
                  )}
                </fieldset>
              );
            })}
            {words.length > 0 && SECTIONS.every((f) => optionsOf(f).length === 0) && (
              <p className="filter-none muted small">No filter option contains “{find}”.</p>
            )}
          </div>
          <div className="filter-footer">
            <button
              type="button"
              className="btn btn-small btn-ghost"
              disabled={activeFilterCount(filter) === 0}
              onClick={() => setFilter(NO_FILTERS)}
            >
              Clear filters
            </button>
            <button type="button" className="btn btn-small btn-primary" onClick={() => close(true)}>
              Done
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
