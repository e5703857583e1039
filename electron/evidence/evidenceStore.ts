/** Evidence attached to a claim: a URL or a citation, with a note. Changes go into the history. */
import type { Evidence } from '../../shared/domain/types';
import { ClaimdeskError } from '../../shared/ipc/result';
import type { Project } from '../project/project';
import { newId, nowIso } from '../project/clock';
import { assertWritable } from '../project/writeGuard';
import { recordFieldChanges, recordHistory } from '../history/historyStore';
import { writeTransaction } from '../project/writeTransaction';

export interface EvidenceInput {
  url?: string;
  citation?: string;
  note?: string;
  title?: string;
  accessedAt?: string;
}

interface EvidenceRow {
  id: string;
  claim_id: string;
  url: string;
  citation: string;
  note: string;
  title: string;
  accessed_at: string;
  created_at: string;
  created_by: string;
}

const toEvidence = (r: EvidenceRow): Evidence => ({
  id: r.id,
  claimId: r.claim_id,
  url: r.url,
  citation: r.citation,
  note: r.note,
  title: r.title,
  accessedAt: r.accessed_at,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

const describe = (e: EvidenceInput) => [e.title, e.url, e.citation].filter(Boolean).join(' — ');

export function listEvidence(project: Project, claimId: string): Evidence[] {
  const rows = project.db
    .prepare('SELECT * FROM evidence WHERE claim_id = ? AND deleted_at IS NULL ORDER BY created_at, rowid')
    .all(claimId) as EvidenceRow[];
  return rows.map(toEvidence);
}

function getEvidence(project: Project, id: string): Evidence {
  const row = project.db.prepare('SELECT * FROM evidence WHERE id = ? AND deleted_at IS NULL').get(id) as
    EvidenceRow | undefined;
  if (!row) throw new ClaimdeskError('not-found', `No evidence with id ${id} in ${project.path}.`);
  return toEvidence(row);
}

export function addEvidence(project: Project, claimId: string, input: EvidenceInput): Evidence {
  assertWritable(project);
  return writeTransaction(project, () => {
    const exists = project.db.prepare('SELECT 1 FROM claims WHERE id = ? AND deleted_at IS NULL').get(claimId);
    if (!exists) throw new ClaimdeskError('not-found', `No claim with id ${claimId} in ${project.path}.`);
    const id = newId();
    const now = nowIso();
    project.db
      .prepare(
        `INSERT INTO evidence (id, claim_id, url, citation, note, title, accessed_at, created_at, created_by,
           updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        claimId,
        input.url ?? '',
        input.citation ?? '',
        input.note ?? '',
        input.title ?? '',
        input.accessedAt ?? '',
        now,
        project.actor,
        now,
        project.actor,
      );
    recordHistory(
      project,
      { claimId, entity: 'evidence', entityId: id, action: 'create', newValue: describe(input) },
      now,
    );
    return getEvidence(project, id);
  });
}

export function updateEvidence(project: Project, id: string, input: EvidenceInput): Evidence {
  assertWritable(project);
  return writeTransaction(project, () => {
    const before = getEvidence(project, id);
    const now = nowIso();
    const next = {
      url: input.url ?? before.url,
      citation: input.citation ?? before.citation,
      note: input.note ?? before.note,
      title: input.title ?? before.title,
      accessedAt: input.accessedAt ?? before.accessedAt,
    };
    project.db
      .prepare(
        `UPDATE evidence SET url = ?, citation = ?, note = ?, title = ?, accessed_at = ?, updated_at = ?, updated_by = ?
         WHERE id = ?`,
      )
      .run(next.url, next.citation, next.note, next.title, next.accessedAt, now, project.actor, id);
    recordFieldChanges(
      project,
      { claimId: before.claimId, entity: 'evidence', entityId: id },
      { ...before },
      { ...input },
      now,
    );
    return getEvidence(project, id);
  });
}

export function deleteEvidence(project: Project, id: string): void {
  assertWritable(project);
  writeTransaction(project, () => {
    const before = getEvidence(project, id);
    const now = nowIso();
    project.db.prepare('UPDATE evidence SET deleted_at = ? WHERE id = ?').run(now, id);
    recordHistory(
      project,
      { claimId: before.claimId, entity: 'evidence', entityId: id, action: 'delete', oldValue: describe(before) },
      now,
    );
  });
}
