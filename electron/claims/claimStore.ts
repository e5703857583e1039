/**
 * Claims: the statement being checked, who said it, the verdict and why. Every change writes a
 * history row in the same transaction. Deletion is a mark (`deleted_at`) so it can be undone.
 */
import type { Claim } from '../../shared/domain/types';
import type { Verdict } from '../../shared/domain/verdict';
import { ClaimdeskError } from '../../shared/ipc/result';
import type { Project } from '../project/project';
import { newId, nowIso } from '../project/clock';
import { assertWritable } from '../project/writeGuard';
import { recordFieldChanges, recordHistory } from '../history/historyStore';
import { writeTransaction } from '../project/writeTransaction';

export interface ClaimFields {
  text: string;
  claimant: string;
  verdict: Verdict;
  rationale: string;
}

/** The editable fields; also the only column names ever interpolated into SQL. */
const CLAIM_FIELDS = ['text', 'claimant', 'verdict', 'rationale'] as const satisfies readonly (keyof ClaimFields)[];

interface ClaimRow {
  id: string;
  text: string;
  claimant: string;
  verdict: Verdict;
  rationale: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  span_count: number;
  evidence_count: number;
}

const CLAIM_COLUMNS = `c.id, c.text, c.claimant, c.verdict, c.rationale, c.created_at, c.created_by, c.updated_at,
  c.updated_by,
  (SELECT count(*) FROM spans s JOIN articles a ON a.id = s.article_id
    WHERE s.claim_id = c.id AND s.deleted_at IS NULL AND a.deleted_at IS NULL) AS span_count,
  (SELECT count(*) FROM evidence e WHERE e.claim_id = c.id AND e.deleted_at IS NULL) AS evidence_count`;

function toClaim(r: ClaimRow): Claim {
  return {
    id: r.id,
    text: r.text,
    claimant: r.claimant,
    verdict: r.verdict,
    rationale: r.rationale,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    spanCount: r.span_count,
    evidenceCount: r.evidence_count,
  };
}

/** Live claims, oldest first. */
export function listClaims(project: Project): Claim[] {
  const rows = project.db
    .prepare(`SELECT ${CLAIM_COLUMNS} FROM claims c WHERE c.deleted_at IS NULL ORDER BY c.created_at, c.rowid`)
    .all() as ClaimRow[];
  return rows.map(toClaim);
}

function findClaim(project: Project, id: string, deleted: boolean): Claim | undefined {
  const row = project.db
    .prepare(`SELECT ${CLAIM_COLUMNS} FROM claims c WHERE c.id = ? AND c.deleted_at IS ${deleted ? 'NOT ' : ''}NULL`)
    .get(id) as ClaimRow | undefined;
  return row ? toClaim(row) : undefined;
}

export function getClaim(project: Project, id: string): Claim {
  const claim = findClaim(project, id, false);
  if (!claim) throw new ClaimdeskError('not-found', `No claim with id ${id} in ${project.path}.`);
  return claim;
}

/** Inserts a claim; the caller runs it inside its transaction. */
export function insertClaim(project: Project, fields: ClaimFields, id: string = newId()): Claim {
  assertWritable(project);
  const now = nowIso();
  project.db
    .prepare(
      `INSERT INTO claims (id, text, claimant, verdict, rationale, created_at, created_by, updated_at, updated_by)
       VALUES (@id, @text, @claimant, @verdict, @rationale, @now, @actor, @now, @actor)`,
    )
    .run({ id, ...fields, now, actor: project.actor });
  recordHistory(project, { claimId: id, entity: 'claim', entityId: id, action: 'create', newValue: fields.text }, now);
  recordFieldChanges(
    project,
    { claimId: id, entity: 'claim', entityId: id },
    { verdict: 'unverified', claimant: '', rationale: '' },
    { verdict: fields.verdict, claimant: fields.claimant, rationale: fields.rationale },
    now,
  );
  return getClaim(project, id);
}

/** Creates a claim; `id` is given only when re-creating a known claim (e.g. from an annotation file). */
export function createClaim(project: Project, fields: ClaimFields, id?: string): Claim {
  return writeTransaction(project, () => insertClaim(project, fields, id));
}

export function updateClaim(project: Project, id: string, patch: Partial<ClaimFields>): Claim {
  assertWritable(project);
  return writeTransaction(project, () => {
    const before = getClaim(project, id);
    const changed = CLAIM_FIELDS.filter((k) => patch[k] !== undefined && patch[k] !== before[k]);
    if (changed.length === 0) return before;
    const now = nowIso();
    const sets = changed.map((k) => `${k} = @${k}`).join(', ');
    project.db
      .prepare(`UPDATE claims SET ${sets}, updated_at = @now, updated_by = @actor WHERE id = @id`)
      .run({ ...Object.fromEntries(changed.map((k) => [k, patch[k]])), now, actor: project.actor, id });
    recordFieldChanges(project, { claimId: id, entity: 'claim', entityId: id }, { ...before }, patch, now);
    return getClaim(project, id);
  });
}

export function deleteClaim(project: Project, id: string): void {
  assertWritable(project);
  writeTransaction(project, () => {
    const claim = getClaim(project, id);
    const now = nowIso();
    project.db.prepare('UPDATE claims SET deleted_at = ? WHERE id = ?').run(now, id);
    recordHistory(project, { claimId: id, entity: 'claim', entityId: id, action: 'delete', oldValue: claim.text }, now);
  });
}

export function restoreClaim(project: Project, id: string): Claim {
  assertWritable(project);
  return writeTransaction(project, () => {
    const claim = findClaim(project, id, true);
    if (!claim) throw new ClaimdeskError('not-found', `No deleted claim with id ${id} to restore.`);
    const now = nowIso();
    project.db.prepare('UPDATE claims SET deleted_at = NULL WHERE id = ?').run(id);
    recordHistory(project, { claimId: id, entity: 'claim', entityId: id, action: 'restore', newValue: claim.text }, now);
    return getClaim(project, id);
  });
}
