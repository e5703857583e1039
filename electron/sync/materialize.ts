/**
 * Applies the sync log to the project's tables: every row listed in `temp.sync_touch` gets, column
 * by column, the latest value in the log that this version accepts (per-field last-writer-wins),
 * in one INSERT ... SELECT ... ON CONFLICT DO UPDATE per table, so thousands of rows cost about
 * what inserting them does. Tables are applied in the order rows point at each other (articles and
 * claims before their highlights).
 *
 * A row is only created once the log has every value it needs and the rows it points at exist;
 * until then it waits in `sync_pending` (its changes stay in the log) and is retried on every
 * later merge. The caller sets `sync_state.applying` so the capture triggers ignore these writes.
 */
import type Database from 'better-sqlite3';
import type { SyncedTable } from '../../shared/sync/syncSchema';
import { localKeyFilter, quoteId, rowIdExpr, sqlLiteral, winnerExpr } from './tableSql';

const sqlCache = new WeakMap<SyncedTable, string[]>();

function statementsFor(t: SyncedTable): string[] {
  const cached = sqlCache.get(t);
  if (cached) return cached;
  const single = t.key.length === 1;
  const name = quoteId(t.name);
  const winners = t.columns.map((c) => `${winnerExpr(t, c, 't.row_id')} AS ${quoteId(c.name)}`);
  const conditions = [
    ...t.columns.filter((c) => c.required).map((c) => `w.${quoteId(c.name)} IS NOT NULL`),
    ...(t.references ?? []).map(
      (r) => `EXISTS (SELECT 1 FROM main.${quoteId(r.table)} r WHERE r.id = w.${quoteId(r.column)})`,
    ),
  ];
  const filter = localKeyFilter(t, 'w.row_id');
  if (filter) conditions.push(filter);
  const insertColumns = [...(single ? [t.key[0]!] : []), ...t.columns.map((c) => c.name)].map(quoteId);
  const selected = [
    ...(single ? ['w.row_id'] : []),
    ...t.columns.map((c) =>
      c.fallback === null ? `w.${quoteId(c.name)}` : `coalesce(w.${quoteId(c.name)}, ${sqlLiteral(c.fallback)})`,
    ),
  ];
  const updates = t.columns
    .filter((c) => !t.key.includes(c.name))
    .map((c) => `${quoteId(c.name)} = excluded.${quoteId(c.name)}`);
  const statements = [
    `WITH w AS MATERIALIZED (
       SELECT t.row_id AS row_id, ${winners.join(',\n         ')}
       FROM temp.sync_touch t WHERE t.tbl = ${sqlLiteral(t.name)})
     INSERT INTO main.${name} (${insertColumns.join(', ')})
     SELECT ${selected.join(', ')} FROM w WHERE ${conditions.join(' AND ') || 'true'}
     ON CONFLICT (${t.key.map(quoteId).join(', ')}) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`,
    `INSERT OR IGNORE INTO main.sync_pending (tbl, row_id)
     SELECT t.tbl, t.row_id FROM temp.sync_touch t
     WHERE t.tbl = ${sqlLiteral(t.name)}${filter ? ` AND ${localKeyFilter(t, 't.row_id')}` : ''}
       AND NOT EXISTS (SELECT 1 FROM main.${name} x WHERE ${rowIdExpr(t, 'x')} = t.row_id)`,
  ];
  sqlCache.set(t, statements);
  return statements;
}

/**
 * Brings the rows in `temp.sync_touch` (plus those still pending) up to date with the log.
 * Returns how many rows are still waiting for what they need.
 */
export function materializeTouchedRows(db: Database.Database, tables: readonly SyncedTable[]): number {
  db.exec(`
    INSERT OR IGNORE INTO temp.sync_touch (tbl, row_id) SELECT tbl, row_id FROM main.sync_pending;
    DELETE FROM main.sync_pending;
  `);
  const touched = new Set(db.prepare('SELECT DISTINCT tbl FROM temp.sync_touch').pluck().all() as string[]);
  for (const t of tables) {
    if (!touched.has(t.name)) continue;
    for (const sql of statementsFor(t)) cachedStatement(db, sql).run();
  }
  const pending = cachedStatement(db, 'SELECT count(*) FROM main.sync_pending').pluck().get() as number;
  db.exec('DELETE FROM temp.sync_touch');
  return pending;
}

const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** Statements kept per connection: the upserts are long, compiling them on every merge costs milliseconds. */
function cachedStatement(db: Database.Database, sql: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) statementCache.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** The per-connection scratch table of rows to bring up to date (kept, emptied after each use). */
export function createTouchTable(db: Database.Database): void {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS sync_touch (tbl TEXT NOT NULL, row_id TEXT NOT NULL, PRIMARY KEY (tbl, row_id)) WITHOUT ROWID;
    DELETE FROM temp.sync_touch;
  `);
}
