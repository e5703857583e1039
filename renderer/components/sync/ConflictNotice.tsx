/**
 * On a claim with an open conflict, a line in its detail ("Conflict: 2 verdicts") that opens the
 * conflicts view, so a checker looking at the claim learns a colleague disagreed.
 */
import { useClaimConflicts, useSyncStore } from '../../stores/syncStore';
import { Icon } from '../common/Icon';
import { conflictSummary } from './syncText';

export function ConflictNotice({ claimId }: { claimId: string }) {
  const conflicts = useClaimConflicts(claimId);
  const openView = useSyncStore((s) => s.openView);
  if (conflicts.length === 0) return null;
  return (
    <button type="button" className="conflict-notice" onClick={() => openView('conflicts')}>
      <Icon name="alert" size={14} />
      <span>
        <strong>Conflict:</strong> {conflicts.map(conflictSummary).join(', ')}
      </span>
      <span className="conflict-notice-action">Review</span>
    </button>
  );
}
