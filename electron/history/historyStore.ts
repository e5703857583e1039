/**
 * The change history: one row per change to a claim, a span or a piece of evidence, written in
 * the same transaction as the change itself, so history and data never disagree.
 */
import type { HistoryAction, HistoryEntity, HistoryEntry } from '../../shared/domain/types';
import type { Project } from '../project/project';
import { newId, nowIso } from '../project/clock';

export interface HistoryRecord {
  claimId: string;
  entity: HistoryEntity;
  entityId: string;
  action: HistoryAction;
  field?: string;
  oldValue?: string;
  newValue?: string;
}

export function recordHistory(project: Project, rec: HistoryRecord, at = nowIso()): void {
  project.db
    .prepare(
      `INSERT INTO history (at, actor, claim_id, entity, entity_id, action, field, old_value, new_value, uid)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      at,
      project.actor,
      rec.claimId,
      rec.entity,
      rec.entityId,
      rec.action,
      rec.field ?? '',
      rec.oldValue ?? '',
      rec.newValue ?? '',
      newId(),
    );
}

/** Records one 'update' row per field whose value changed. */
export function recordFieldChanges(
  project: Project,
  base: Omit<HistoryRecord, 'action' | 'field' | 'oldValue' | 'newValue'>,
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  at = nowIso(),
): void {
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined || value === before[field]) continue;
    const oldValue = before[field] === undefined ? '' : String(before[field]);
    recordHistory(project, { ...base, action: 'update', field, oldValue, newValue: String(value) }, at);
  }
}

interface HistoryRow {
  id: number;
  at: string;
  actor: string;
  claim_id: string;
  entity: HistoryEntity;
  entity_id: string;
  action: HistoryAction;
  field: string;
  old_value: string;
  new_value: string;
}

/** A claim's history, oldest first (by time: entries merged from colleagues arrive later but slot in). */
export function claimHistory(project: Project, claimId: string): HistoryEntry[] {
  const rows = project.db
    .prepare('SELECT * FROM history WHERE claim_id = ? ORDER BY at, id')
    .all(claimId) as HistoryRow[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    claimId: r.claim_id,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    field: r.field,
    oldValue: r.old_value,
    newValue: r.new_value,
  }));
}
