/**
 * Adding or editing evidence: a link and/or a citation, the source's title, the date it was
 * accessed (today, for new evidence), plus a note. Esc cancels.
 */
import { useState, type KeyboardEvent } from 'react';
import type { Evidence } from '../../../shared/domain/types';

export interface EvidenceFormInput {
  url: string;
  citation: string;
  note: string;
  title: string;
  accessedAt: string;
}

interface Props {
  initial?: Evidence;
  onSave: (input: EvidenceFormInput) => void | Promise<void>;
  onCancel: () => void;
}

/** Today as the checker's calendar has it (YYYY-MM-DD in local time, not UTC). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function EvidenceForm({ initial, onSave, onCancel }: Props) {
  const [url, setUrl] = useState(initial?.url ?? '');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [citation, setCitation] = useState(initial?.citation ?? '');
  const [accessedAt, setAccessedAt] = useState(initial ? initial.accessedAt : today());
  const [note, setNote] = useState(initial?.note ?? '');
  // A date alone is not evidence: something must say what the source is.
  const empty = !url.trim() && !title.trim() && !citation.trim() && !note.trim();

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
    }
  };

  return (
    <form
      className="evidence-form"
      aria-label={initial ? 'Edit evidence' : 'Add evidence'}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        if (!empty)
          void onSave({
            url: url.trim(),
            citation: citation.trim(),
            note: note.trim(),
            title: title.trim(),
            accessedAt,
          });
      }}
    >
      <input
        className="input"
        type="url"
        placeholder="https://…"
        aria-label="Evidence link"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        autoFocus
      />
      <input
        className="input"
        placeholder="Title of the source, e.g. Annual report on political prisoners"
        aria-label="Evidence title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <div className="evidence-form-row">
        <input
          className="input"
          placeholder="Citation, e.g. Foro Penal, 12 Jan 2026"
          aria-label="Citation"
          value={citation}
          onChange={(e) => setCitation(e.target.value)}
        />
        <label className="evidence-accessed-field">
          <span>Accessed</span>
          <input
            className="input"
            type="date"
            aria-label="Date accessed"
            value={accessedAt}
            onChange={(e) => setAccessedAt(e.target.value)}
          />
        </label>
      </div>
      <textarea
        className="input field-multiline"
        rows={2}
        placeholder="What does this source show?"
        aria-label="Evidence note"
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="form-actions">
        <button type="button" className="btn btn-small btn-ghost" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-small btn-primary" disabled={empty}>
          {initial ? 'Save' : 'Add'}
        </button>
      </div>
    </form>
  );
}
