/** The claim's evidence: sources with a note each; add, edit in place, remove (with Undo). */
import { useState } from 'react';
import type { Evidence } from '../../../shared/domain/types';
import { addEvidence, deleteEvidence, updateEvidence } from '../../actions/claimActions';
import { Icon } from '../common/Icon';
import { EvidenceForm } from './EvidenceForm';
import { EvidenceItem } from './EvidenceItem';

interface Props {
  claimId: string;
  evidence: readonly Evidence[];
  canEdit: boolean;
}

export function EvidenceList({ claimId, evidence, canEdit }: Props) {
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);

  return (
    <div className="detail-section">
      <div className="section-head">
        <h3 className="section-label">
          Evidence <span className="count">{evidence.length}</span>
        </h3>
        {canEdit && !adding && (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setAdding(true)}>
            <Icon name="plus" size={13} />
            Add evidence
          </button>
        )}
      </div>
      {evidence.length === 0 && !adding && <p className="muted small">No evidence recorded yet.</p>}
      <ul className="evidence-list" role="list" aria-label="Evidence">
        {evidence.map((e) =>
          editingId === e.id ? (
            <li key={e.id}>
              <EvidenceForm
                initial={e}
                onCancel={() => setEditingId(null)}
                onSave={async (input) => {
                  setEditingId(null);
                  await updateEvidence(e, input);
                }}
              />
            </li>
          ) : (
            <EvidenceItem
              key={e.id}
              evidence={e}
              canEdit={canEdit}
              onEdit={() => setEditingId(e.id)}
              onRemove={() => void deleteEvidence(e)}
            />
          ),
        )}
      </ul>
      {adding && (
        <EvidenceForm
          onCancel={() => setAdding(false)}
          onSave={async (input) => {
            setAdding(false);
            await addEvidence(claimId, input);
          }}
        />
      )}
    </div>
  );
}
