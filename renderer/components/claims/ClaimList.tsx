/** The claims matching the search and filter; the selected one is marked. */
import { useMemo } from 'react';
import { selectClaim } from '../../actions/navigation';
import { useArticleStore } from '../../stores/articleStore';
import { filterClaims, useClaimStore } from '../../stores/claimStore';
import { ClaimListItem } from './ClaimListItem';

export function ClaimList() {
  const claims = useClaimStore((s) => s.claims);
  const query = useClaimStore((s) => s.query);
  const filter = useClaimStore((s) => s.filter);
  const selectedId = useClaimStore((s) => s.selectedId);
  const highlights = useArticleStore((s) => s.highlights);
  const inArticle = useMemo(() => new Set(highlights.map((h) => h.claimId)), [highlights]);
  const shown = useMemo(() => filterClaims(claims, query, filter), [claims, query, filter]);

  if (claims.length === 0) {
    return (
      <div className="claim-list-empty">
        <p>No claims yet.</p>
        <p className="muted">Select a passage in the article and choose “New claim”.</p>
      </div>
    );
  }
  return (
    <ul className="claim-list" role="list" aria-label="Claim list">
      {shown.map((c) => (
        <ClaimListItem
          key={c.id}
          claim={c}
          selected={c.id === selectedId}
          inArticle={inArticle.has(c.id)}
          onSelect={() => void selectClaim(c.id)}
        />
      ))}
      {shown.length === 0 && <li className="claim-list-none muted">No claim matches.</li>}
    </ul>
  );
}
