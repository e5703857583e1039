/**
 * The canonical dump of a project (shared/sync/canonicalDump.ts): every shared row, every history
 * entry and the whole sync log, without anything local to one copy (row numbers, arrival order,
 * the folder link, which files were read). Two copies that hold the same changes give the same
 * text: what the merge tests compare.
 */
import type Database from 'better-sqlite3';
import { canonicalDump, type DumpRow } from '../../shared/sync/canonicalDump';
import { SYNC_TABLES, type SyncedTable } from '../../shared/sync/syncSchema';
import { localKeyFilter, quoteId, rowIdExpr } from './tableSql';

export function canonicalProjectDump(db: Database.Database, tables: readonly SyncedTable[] = SYNC_TABLES): string {
  const all = (sql: string) => db.prepare(sql).all() as DumpRow[];
  const sections: Record<string, DumpRow[]> = {};
  for (const t of tables) {
    const filter = localKeyFilter(t, `x.${quoteId(t.key[0]!)}`);
    sections[`table ${t.name}`] = all(
      `SELECT ${rowIdExpr(t, 'x')} AS row_id, ${t.columns.map((c) => `x.${quoteId(c.name)}`).join(', ')}
       FROM main.${quoteId(t.name)} x${filter ? ` WHERE ${filter}` : ''}`,
    );
  }
  sections.history = all(
    'SELECT uid, at, actor, claim_id, entity, entity_id, action, field, old_value, new_value FROM main.history',
  );
  sections['history waiting'] = all('SELECT * FROM main.sync_history_pending');
  sections['log changes'] = all('SELECT tbl, row_id, hlc, actor FROM main.sync_changes');
  sections['log values'] = all('SELECT tbl, row_id, col, hlc, value FROM main.sync_values');
  sections['log parents'] = all('SELECT tbl, row_id, hlc, parent FROM main.sync_parents');
  return canonicalDump(sections);
}
