/** One claim in the list: its verdict (symbol and label), text, claimant and appearance count. */
import { memo, useEffect, useRef, type CSSProperties } from 'react';
import type { Claim } from '../../../shared/domain/types';
import { plural } from '../../utils/format';
import { VerdictBadge } from '../common/VerdictBadge';

interface Props {
  claim: Claim;
  selected: boolean;
  /** Highlighted in the open article. */
  inArticle: boolean;
  onSelect: (id: string) => void;
  /** The row's fixed height when the list is windowed. */
  style?: CSSProperties;
}

/** Memoised: a change to one claim re-renders one row, not the whole list. */
export const ClaimListItem = memo(function ClaimListItem({ claim, selected, inArticle, onSelect, style }: Props) {
  const ref = useRef<HTMLButtonElement>(null);
  // A claim selected elsewhere (a click on its highlight) is brought into view in the list.
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <li style={style}>
      <button
        ref={ref}
        type="button"
        className="claim-item"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(claim.id)}
        data-claim-id={claim.id}
      >
        <span className="claim-item-text">{claim.text}</span>
        <span className="claim-item-meta">
          <VerdictBadge verdict={claim.verdict} />
          {claim.claimant && <span className="claim-item-claimant">{claim.claimant}</span>}
          <span className="claim-item-count" data-here={inArticle || undefined}>
            {inArticle && <span className="sr-only">In this article, </span>}
            {plural(claim.spanCount, 'appearance')}
          </span>
        </span>
      </button>
    </li>
  );
});
