/** Adding or editing evidence: a link and/or a citation, plus a note. Esc cancels. */
import { useState, type KeyboardEvent } from 'react';
import type { Evidence } from '../../../shared/domain/types';

interface Props {
  initial?: Evidence;
  onSave: (input: { url: string; citation: string; note: string }) => void | Promise<void>;
  onCancel: () => void;
}

export function EvidenceForm({ initial, onSave, onCancel }: Props) {
  const [url, setUrl] = useState(initial?.url ?? '');
  const [citation, setCitation] = useState(initial?.citation ?? '');
  const [note, setNote] = useState(initial?.note ?? '');
  const empty = !url.trim() && !citation.trim() && !note.trim();

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
        if (!empty) void onSave({ url: url.trim(), citation: citation.trim(), note: note.trim() });
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
        placeholder="Citation, e.g. Foro Penal report, 12 Jan 2026"
        aria-label="Citation"
        value={citation}
        onChange={(e) => setCitation(e.target.value)}
      />
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
