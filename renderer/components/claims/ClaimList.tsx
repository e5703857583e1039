/**
 * The claims matching the search and filter; the selected one is marked. Long lists are windowed
 * (VirtualList): a project with 20,000 claims renders only the rows in view.
 */
import { useMemo } from 'react';
import { selectClaim } from '../../actions/navigation';
import { useArticleStore } from '../../stores/articleStore';
import { filterClaims, useClaimStore } from '../../stores/claimStore';
import { VirtualList } from '../common/VirtualList';
import { ClaimListItem } from './ClaimListItem';
import { formatCount } from '../../utils/format';

/** A windowed row: two lines of claim text and the meta line (styles/claims.css). */
const ROW_HEIGHT = 84;
const onSelect = (id: string) => void selectClaim(id);

export function ClaimList() {
  const claims = useClaimStore((s) => s.claims);
  const total = useClaimStore((s) => s.total);
  const query = useClaimStore((s) => s.query);
  const filter = useClaimStore((s) => s.filter);
  const selectedId = useClaimStore((s) => s.selectedId);
  const highlights = useArticleStore((s) => s.highlights);
  const inArticle = useMemo(() => new Set(highlights.map((h) => h.claimId)), [highlights]);
  const shown = useMemo(() => filterClaims(claims, query, filter), [claims, query, filter]);

  const selectedIndex = useMemo(() => shown.findIndex((c) => c.id === selectedId), [shown, selectedId]);

  if (claims.length === 0) {
    return (
      <div className="claim-list-empty">
        <p>No claims yet.</p>
        <p className="muted">Select a passage in the article and choose “New claim”.</p>
      </div>
    );
  }
  return (
    <VirtualList
      className="claim-list"
      ariaLabel="Claim list"
      items={shown}
      rowHeight={ROW_HEIGHT}
      scrollToIndex={selectedIndex}
      renderItem={(c, _i, style) => (
        <ClaimListItem
          key={c.id}
          claim={c}
          selected={c.id === selectedId}
          inArticle={inArticle.has(c.id)}
          onSelect={onSelect}
          style={style}
        />
      )}
      footer={
        claims.length < total ? (
          <li className="claim-list-none muted" role="status">
            Loading {formatCount(total - claims.length)} more claims…
          </li>
        ) : (
          shown.length === 0 && <li className="claim-list-none muted">No claim matches.</li>
        )
      }
    />
  );
}
