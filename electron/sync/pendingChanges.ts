/**
 * Changes this version could not apply yet, applied once it can. The log keeps every change,
 * including those to tables, columns or values a newer Claimdesk knows and this one does not; the
 * file remembers which declaration (fingerprint of shared/sync/syncSchema.ts) its tables were last
 * applied with. When an upgrade brings a new declaration, the rows with changes to newly known
 * columns (or columns that now merge as a group) are re-applied from the log, and rows and history
 * entries that were waiting are retried.
 */
import {
  HISTORY_ACTIONS,
  HISTORY_ENTITIES,
  SYNC_TABLES,
  schemaFingerprint,
  type SyncedTable,
} from '../../shared/sync/syncSchema';
import type { Project } from '../project/project';
import { createTouchTable, materializeTouchedRows } from './materialize';
import { sqlLiteral } from './tableSql';

export interface PendingOutcome {
  /** Rows re-applied from the log. */
  reapplied: number;
  /** Rows still waiting. */
  pending: number;
  /** History entries that could now be stored. */
  history: number;
}

function storedFingerprint(project: Project): string[] | null {
  const { schema_fingerprint: text } = project.db
    .prepare('SELECT schema_fingerprint FROM sync_state WHERE id = 1')
    .get() as { schema_fingerprint: string };
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** True when the file was last applied with another declaration than `tables`. */
export function needsPendingPass(project: Project, tables: readonly SyncedTable[] = SYNC_TABLES): boolean {
  const stored = storedFingerprint(project);
  return stored === null || JSON.stringify(stored) !== JSON.stringify(schemaFingerprint(tables));
}

/** Re-applies what a new declaration makes applicable; call inside a write transaction. */
export function applyPendingChanges(project: Project, tables: readonly SyncedTable[] = SYNC_TABLES): PendingOutcome {
  const db = project.db;
  const stored = storedFingerprint(project);
  const current = schemaFingerprint(tables);
  // A file that has never recorded one was just upgraded to the sync format: its log was written
  // from its tables, there is nothing to re-apply.
  const fresh = stored === null ? [] : current.filter((entry) => !stored.includes(entry));
  project.sync?.flush();
  db.prepare('UPDATE sync_state SET applying = 1 WHERE id = 1').run();
  createTouchTable(db);
  const touchRows = db.prepare(
    'INSERT OR IGNORE INTO temp.sync_touch (tbl, row_id) SELECT DISTINCT tbl, row_id FROM sync_values WHERE tbl = ? AND col = ?',
  );
  for (const entry of fresh) {
    const [table, column] = entry.split('=')[0]!.split('@')[0]!.split('.') as [string, string];
    touchRows.run(table, column);
  }
  const reapplied = (db.prepare('SELECT count(*) AS n FROM temp.sync_touch').get() as { n: number }).n;
  const { pending } = materializeTouchedRows(db, tables);
  const known = `entity IN (${HISTORY_ENTITIES.map(sqlLiteral).join(', ')}) AND action IN (${HISTORY_ACTIONS.map(sqlLiteral).join(', ')})`;
  const history = db
    .prepare(
      `INSERT OR IGNORE INTO history (at, actor, claim_id, entity, entity_id, action, field, old_value, new_value, uid)
       SELECT at, actor, claim_id, entity, entity_id, action, field, old_value, new_value, uid
       FROM sync_history_pending WHERE ${known} ORDER BY at, uid`,
    )
    .run().changes;
  db.exec(`DELETE FROM sync_history_pending WHERE ${known}`);
  db.prepare('UPDATE sync_state SET applying = 0, schema_fingerprint = ? WHERE id = 1').run(JSON.stringify(current));
  return { reapplied, pending, history };
}
