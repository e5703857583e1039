/**
 * The selected claim: its text, verdict, claimant, when it was said, who is checking it, its tags
 * and rationale (each saved when it loses focus; a tag when added or removed), then evidence,
 * where it appears, and its history. Delete asks nothing; the toast offers Undo.
 */
import { deleteClaim, updateClaim } from '../../actions/claimActions';
import { selectClaim } from '../../actions/navigation';
import { useClaimStore } from '../../stores/claimStore';
import { useCanEdit } from '../../stores/projectStore';
import { formatWhen } from '../../utils/format';
import { BlurField } from '../common/BlurField';
import { DateField } from '../common/DateField';
import { Icon } from '../common/Icon';
import { AppearanceList } from './AppearanceList';
import { AssigneeField } from './AssigneeField';
import { EvidenceList } from './EvidenceList';
import { HistoryTimeline } from './HistoryTimeline';
import { TagInput } from './TagInput';
import { useKnownValues } from './useKnownValues';
import { VerdictControl } from './VerdictControl';
import { ConflictNotice } from '../sync/ConflictNotice';

export function ClaimDetailView() {
  const detail = useClaimStore((s) => s.detail);
  const canEdit = useCanEdit();
  const known = useKnownValues();
  if (!detail) return <section className="claim-detail" aria-busy="true" aria-label="Claim detail" />;
  const { claim } = detail;
  const save = (patch: Parameters<typeof updateClaim>[1]) => void updateClaim(claim.id, patch);

  return (
    <section className="claim-detail" aria-label="Claim detail" key={claim.id}>
      <div className="detail-toolbar">
        <span className="section-label">Claim</span>
        <span className="detail-updated" title={claim.updatedAt}>
          {claim.updatedBy} · {formatWhen(claim.updatedAt)}
        </span>
        {canEdit && (
          <button
            type="button"
            className="btn btn-icon btn-ghost btn-danger"
            aria-label="Delete claim"
            title="Delete claim"
            onClick={() => void deleteClaim(claim.id)}
          >
            <Icon name="trash" size={15} />
          </button>
        )}
        <button
          type="button"
          className="btn btn-icon btn-ghost"
          aria-label="Close claim"
          title="Close claim"
          onClick={() => void selectClaim(null)}
        >
          <Icon name="close" size={15} />
        </button>
      </div>

      <BlurField
        value={claim.text}
        onSave={(text) => save({ text })}
        label="Claim text"
        placeholder="What is being claimed?"
        multiline
        enterSaves
        required
        readOnly={!canEdit}
        className="claim-text-field"
      />

      <VerdictControl value={claim.verdict} onChange={(verdict) => save({ verdict })} readOnly={!canEdit} />
      <ConflictNotice claimId={claim.id} />

      <div className="detail-field">
        <span className="field-label">
          <Icon name="person" size={13} />
          Claimant
        </span>
        <BlurField
          value={claim.claimant}
          onSave={(claimant) => save({ claimant })}
          label="Claimant"
          placeholder="Who made this claim?"
          emptyText="Not recorded"
          readOnly={!canEdit}
        />
      </div>

      <div className="detail-field">
        <span className="field-label">
          <Icon name="calendar" size={13} />
          Said on
        </span>
        <DateField
          value={claim.claimDate}
          onSave={(claimDate) => save({ claimDate })}
          label="Claim date"
          emptyText="Not recorded"
          readOnly={!canEdit}
        />
      </div>

      <div className="detail-field">
        <span className="field-label">
          <Icon name="check" size={13} />
          Assignee
        </span>
        <AssigneeField
          value={claim.assignee}
          onSave={(assignee) => save({ assignee })}
          known={known.assignees}
          readOnly={!canEdit}
        />
      </div>

      <div className="detail-field detail-field-top">
        <span className="field-label">
          <Icon name="tag" size={13} />
          Tags
        </span>
        <TagInput tags={claim.tags} onChange={(tags) => save({ tags })} known={known.tags} readOnly={!canEdit} />
      </div>

      <div className="detail-section">
        <h3 className="section-label">Rationale</h3>
        <BlurField
          value={claim.rationale}
          onSave={(rationale) => save({ rationale })}
          label="Rationale"
          placeholder="Why this verdict? What did you check, and what did it show?"
          emptyText="No rationale recorded."
          multiline
          readOnly={!canEdit}
          className="rationale-field"
        />
      </div>

      <EvidenceList claimId={claim.id} evidence={detail.evidence} canEdit={canEdit} />
      <AppearanceList claimId={claim.id} claimant={claim.claimant} appearances={detail.appearances} canEdit={canEdit} />
      <HistoryTimeline history={detail.history} />
    </section>
  );
}
