/**
 * The filters in force, under the claim search: one chip per picked article, tag, assignee or
 * claimant ("Tag: economy ×"), and "Clear filters", which also sets the verdict back to All.
 * Hidden when nothing narrows the list.
 */
import { useClaimStore } from '../../stores/claimStore';
import { Icon } from '../common/Icon';
import { FACET_TEXT, optionLabel } from './ClaimFilterMenu';
import { LIST_FACETS, NO_FILTERS, activeFilterCount, toggleFilterValue, type FacetOptions } from './claimFilters';

export function ActiveFilters({ facets }: { facets: FacetOptions }) {
  const filter = useClaimStore((s) => s.filter);
  const setFilter = useClaimStore((s) => s.setFilter);
  if (activeFilterCount(filter) === 0) return null;

  const chips = LIST_FACETS.flatMap((facet) =>
    filter[facet].map((value) => {
      const option = facets[facet].find((o) => o.value === value);
      const label = optionLabel(facet, { value, label: option?.label ?? value });
      return { facet, value, label };
    }),
  );

  return (
    <div className="active-filters" role="group" aria-label="Active filters">
      {chips.map(({ facet, value, label }) => (
        <span key={`${facet}:${value}`} className="active-filter" data-facet={facet}>
          <span className="active-filter-facet">{FACET_TEXT[facet].title}:</span>
          <span className="active-filter-value" dir="auto" title={label}>
            {label}
          </span>
          <button
            type="button"
            className="active-filter-remove"
            aria-label={`Remove filter ${FACET_TEXT[facet].title}: ${label}`}
            title="Remove filter"
            onClick={() => setFilter(toggleFilterValue(filter, facet, value))}
          >
            <Icon name="close" size={11} />
          </button>
        </span>
      ))}
      <button type="button" className="btn-link clear-filters" onClick={() => setFilter(NO_FILTERS)}>
        Clear filters
      </button>
    </div>
  );
}
