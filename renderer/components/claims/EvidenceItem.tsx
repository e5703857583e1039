/** One piece of evidence: the citation (or the link), the link itself, and the checker's note. */
import type { Evidence } from '../../../shared/domain/types';
import { Icon } from '../common/Icon';

interface Props {
  evidence: Evidence;
  canEdit: boolean;
  onEdit: () => void;
  onRemove: () => void;
}

export function EvidenceItem({ evidence, canEdit, onEdit, onRemove }: Props) {
  const heading = evidence.citation || evidence.url || 'Untitled source';
  return (
    <li className="evidence" data-evidence-id={evidence.id}>
      <Icon name={evidence.url ? 'link' : 'file'} size={14} className="evidence-icon" />
      <div className="evidence-body">
        <div className="evidence-title">{heading}</div>
        {evidence.url && evidence.citation && (
          <div className="evidence-url" title={evidence.url}>
            {evidence.url}
          </div>
        )}
        {evidence.note && <p className="evidence-note">{evidence.note}</p>}
      </div>
      {canEdit && (
        <div className="evidence-actions">
          <button
            type="button"
            className="btn btn-icon btn-ghost"
            aria-label="Edit evidence"
            title="Edit"
            onClick={onEdit}
          >
            <Icon name="edit" size={13} />
          </button>
          <button
            type="button"
            className="btn btn-icon btn-ghost btn-danger"
            aria-label="Remove evidence"
            title="Remove"
            onClick={onRemove}
          >
            <Icon name="trash" size={13} />
          </button>
        </div>
      )}
    </li>
  );
}
