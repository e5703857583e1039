/**
 * The right column: the searchable claim list above, the selected claim's detail below.
 */
import { useClaimStore } from '../../stores/claimStore';
import { ClaimList } from './ClaimList';
import { ClaimSearch } from './ClaimSearch';
import { ClaimDetailView } from './ClaimDetailView';

export function ClaimsPanel() {
  const selectedId = useClaimStore((s) => s.selectedId);
  const count = useClaimStore((s) => s.claims.length);
  return (
    <aside className="claims-panel" aria-label="Claims" data-has-selection={selectedId ? true : undefined}>
      <div className="pane-header">
        <h2 className="pane-title">
          Claims <span className="count">{count}</span>
        </h2>
      </div>
      <ClaimSearch />
      <ClaimList />
      {selectedId && <ClaimDetailView />}
    </aside>
  );
}
