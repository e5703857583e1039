/**
 * One piece of evidence: its title (a link to the source when there is a web address; opening it
 * is the shell's business, which sends target=_blank links to the system browser), the address,
 * the citation and when it was accessed ("Foro Penal · accessed 14 Jan 2026"), and the note.
 */
import type { Evidence } from '../../../shared/domain/types';
import { formatDate } from '../../utils/format';
import { Icon } from '../common/Icon';

interface Props {
  evidence: Evidence;
  canEdit: boolean;
  onEdit: () => void;
  onRemove: () => void;
}

const isWebUrl = (url: string): boolean => /^https?:\/\/[^\s]+$/i.test(url);

export function EvidenceItem({ evidence, canEdit, onEdit, onRemove }: Props) {
  const { url, title, citation, note, accessedAt } = evidence;
  const heading = title || citation || url || 'Untitled source';
  const link = isWebUrl(url);
  // The citation is shown under the title unless it is the title; the address unless it is.
  const subCitation = citation && heading !== citation ? citation : '';
  const subUrl = url && heading !== url ? url : '';
  return (
    <li className="evidence" data-evidence-id={evidence.id}>
      <Icon name={url ? 'link' : 'file'} size={14} className="evidence-icon" />
      <div className="evidence-body">
        <div className="evidence-title">
          {link ? (
            <a href={url} target="_blank" rel="noreferrer" title={url}>
              {heading}
            </a>
          ) : (
            heading
          )}
        </div>
        {subUrl && (
          <div className="evidence-url" title={subUrl}>
            {subUrl}
          </div>
        )}
        {(subCitation || accessedAt) && (
          <div className="evidence-meta">
            {subCitation}
            {subCitation && accessedAt && ' · '}
            {accessedAt && (
              <span className="evidence-accessed">
                accessed <time dateTime={accessedAt}>{formatDate(accessedAt)}</time>
              </span>
            )}
          </div>
        )}
        {note && <p className="evidence-note">{note}</p>}
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
