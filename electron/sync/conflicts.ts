/**
 * The conflicts of a project, as checkers see and settle them: for each claim whose history
 * branched (colleagues changed it without knowing about each other), the fields with concurrent
 * different values and deletions concurrent with further work (shared/sync/conflictRules.ts).
 * They are computed from the sync log, so every copy holding the same changes lists the same
 * conflicts, and a resolution, being a change like any other, closes them everywhere it arrives.
 */
import { isVerdict } from '../../shared/domain/verdict';
import { ClaimdeskError } from '../../shared/ipc/result';
import { findConflicts, type RowChange } from '../../shared/sync/conflictRules';
import { hlcReplica, hlcTime } from '../../shared/sync/hlc';
import { EDIT_FIELDS, type SqlValue } from '../../shared/sync/syncSchema';
import type { ClaimConflict, ConflictField } from '../../shared/sync/syncIpcSchemas';
import { recordHistory } from '../history/historyStore';
import { nowIso } from '../project/clock';
import type { Project } from '../project/project';
import { assertWritable } from '../project/writeGuard';
import { writeTransaction } from '../project/writeTransaction';

const FIELD_ORDER: Record<ConflictField, number> = { verdict: 0, rationale: 1, deleted: 2 };
const WATCHED = [...EDIT_FIELDS, 'deleted_at'];

interface ClaimRow {
  text: string;
  verdict: string;
  rationale: string;
  deleted_at: string | null;
  created_at: string;
}

function changesOf(project: Project, claimId: string): RowChange[] {
  const db = project.db;
  const changes = db
    .prepare("SELECT hlc, actor FROM sync_changes WHERE tbl = 'claims' AND row_id = ?")
    .all(claimId) as { hlc: string; actor: string }[];
  const parents = db
    .prepare("SELECT hlc, parent FROM sync_parents WHERE tbl = 'claims' AND row_id = ?")
    .all(claimId) as { hlc: string; parent: string }[];
  const values = db
    .prepare(
      `SELECT hlc, col, value FROM sync_values WHERE tbl = 'claims' AND row_id = ? AND col IN (${WATCHED.map(() => '?').join(', ')})`,
    )
    .all(claimId, ...WATCHED) as { hlc: string; col: string; value: SqlValue }[];
  const byStamp = new Map<string, RowChange & { parents: string[]; values: Record<string, SqlValue> }>();
  for (const c of changes) byStamp.set(c.hlc, { hlc: c.hlc, actor: c.actor, parents: [], values: {} });
  for (const p of parents) byStamp.get(p.hlc)?.parents.push(p.parent);
  for (const v of values) {
    const change = byStamp.get(v.hlc);
    if (change) change.values[v.col] = v.value;
  }
  return [...byStamp.values()];
}

function conflictsOfClaim(project: Project, claimId: string): ClaimConflict[] {
  const claim = project.db
    .prepare('SELECT text, verdict, rationale, deleted_at, created_at FROM claims WHERE id = ?')
    .get(claimId) as ClaimRow | undefined;
  if (!claim) return [];
  return findConflicts(changesOf(project, claimId)).map((f) => ({
    id: `${claimId}/${f.field}`,
    claimId,
    claimText: claim.text,
    claimDeleted: claim.deleted_at !== null,
    field: f.field,
    shown: f.field === 'deleted' ? (claim.deleted_at === null ? 'kept' : 'deleted') : String(claim[f.field]),
    versions: f.versions.map((v) => ({
      value: String(v.value ?? ''),
      setBy: v.actor,
      setAt: hlcTime(v.hlc),
      replicaId: hlcReplica(v.hlc),
      detail: v.detail,
    })),
  }));
}

/** Every open conflict, claims in the order they were created, fields in a fixed order. */
export function listConflicts(project: Project): ClaimConflict[] {
  const rows = project.db
    .prepare(
      `SELECT f.row_id FROM sync_forked f JOIN claims c ON c.id = f.row_id
       WHERE f.tbl = 'claims' ORDER BY c.created_at, c.id`,
    )
    .all() as { row_id: string }[];
  return rows.flatMap((r) =>
    conflictsOfClaim(project, r.row_id).sort((a, b) => FIELD_ORDER[a.field] - FIELD_ORDER[b.field]),
  );
}

function parseConflictId(id: string): { claimId: string; field: ConflictField } {
  const slash = id.lastIndexOf('/');
  const field = id.slice(slash + 1);
  if (slash < 1 || !(field in FIELD_ORDER)) {
    throw new ClaimdeskError(
      'invalid-input',
      `"${id}" is not a conflict id (CLAIM_ID/verdict, /rationale or /deleted).`,
    );
  }
  return { claimId: id.slice(0, slash), field: field as ConflictField };
}

/**
 * Settles a conflict with `value` (a verdict, a rationale, or for a deletion 'deleted' / 'kept'):
 * records it as a new change of the field that supersedes every concurrent value, even when it is
 * the value already shown, so the conflict closes on every copy the change reaches. Returns the
 * conflicts still open.
 */
export function resolveConflict(project: Project, conflictId: string, value: string): ClaimConflict[] {
  assertWritable(project);
  const { claimId, field } = parseConflictId(conflictId);
  if (field === 'verdict' && !isVerdict(value)) {
    throw new ClaimdeskError('invalid-input', `A verdict must be verified, disputed or unverified; got "${value}".`);
  }
  if (field === 'deleted' && value !== 'deleted' && value !== 'kept') {
    throw new ClaimdeskError(
      'invalid-input',
      `A deletion conflict is settled with "deleted" or "kept"; got "${value}".`,
    );
  }
  writeTransaction(project, () => {
    const open = conflictsOfClaim(project, claimId).some((c) => c.field === field);
    if (!open) {
      throw new ClaimdeskError(
        'not-found',
        `No open conflict ${conflictId} in ${project.path}: it may have been settled already.`,
      );
    }
    const db = project.db;
    const before = db
      .prepare('SELECT text, verdict, rationale, deleted_at FROM claims WHERE id = ?')
      .get(claimId) as ClaimRow;
    const now = nowIso();
    const base = { claimId, entity: 'claim' as const, entityId: claimId };
    if (field === 'deleted') {
      const deletedAt = value === 'deleted' ? (before.deleted_at ?? now) : null;
      db.prepare('UPDATE claims SET deleted_at = ? WHERE id = ?').run(deletedAt, claimId);
      project.sync?.forceChange('claims', claimId, 'deleted_at');
      if (value === 'deleted') recordHistory(project, { ...base, action: 'delete', oldValue: before.text }, now);
      else recordHistory(project, { ...base, action: 'restore', newValue: before.text }, now);
    } else {
      db.prepare(`UPDATE claims SET ${field} = ?, updated_at = ?, updated_by = ? WHERE id = ?`).run(
        value,
        now,
        project.actor,
        claimId,
      );
      project.sync?.forceChange('claims', claimId, field);
      recordHistory(project, { ...base, action: 'update', field, oldValue: before[field], newValue: value }, now);
    }
  });
  return listConflicts(project);
}
