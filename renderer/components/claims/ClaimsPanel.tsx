/**
 * The right column: the searchable, filterable claim list above, the selected claim's detail
 * below. When the search and filters leave nothing, an empty state says so and offers to clear
 * them in place of the list.
 */
import { useClaimStore } from '../../stores/claimStore';
import { ClaimList } from './ClaimList';
import { ClaimSearch } from './ClaimSearch';
import { ClaimDetailView } from './ClaimDetailView';
import { NO_FILTERS, activeFilterCount } from './claimFilters';
import { useClaimFacets } from './useClaimFacets';

export function ClaimsPanel() {
  const selectedId = useClaimStore((s) => s.selectedId);
  const total = useClaimStore((s) => s.total);
  const query = useClaimStore((s) => s.query);
  const filter = useClaimStore((s) => s.filter);
  const setQuery = useClaimStore((s) => s.setQuery);
  const setFilter = useClaimStore((s) => s.setFilter);
  const facets = useClaimFacets();
  const filtered = activeFilterCount(filter) > 0;
  const narrowed = filtered || query.trim() !== '';
  // The selected verdict's count is the number of claims passing every filter: what the list shows.
  const shown = facets.verdict.find((o) => o.selected)?.count ?? total;

  return (
    <aside className="claims-panel" aria-label="Claims" data-has-selection={selectedId ? true : undefined}>
      <div className="pane-header">
        <h2 className="pane-title">
          Claims{' '}
          <span className="count" aria-live="polite">
            {narrowed ? (
              <>
                {shown} <span className="count-of">of {total}</span>
              </>
            ) : (
              total
            )}
          </span>
        </h2>
      </div>
      <ClaimSearch facets={facets} />
      {total > 0 && shown === 0 && narrowed ? (
        <div className="claim-list-empty claim-filter-empty" role="status">
          <p>
            No claims match {filtered ? (query.trim() ? 'the search and filters' : 'these filters') : 'the search'}.
          </p>
          <p className="muted">Try fewer filters, or another word.</p>
          <div className="claim-filter-empty-actions">
            {query.trim() !== '' && (
              <button type="button" className="btn btn-small" onClick={() => setQuery('')}>
                Clear search
              </button>
            )}
            {filtered && (
              <button type="button" className="btn btn-small" onClick={() => setFilter(NO_FILTERS)}>
                Clear filters
              </button>
            )}
          </div>
        </div>
      ) : (
        <ClaimList />
      )}
      {selectedId && <ClaimDetailView />}
    </aside>
  );
}
