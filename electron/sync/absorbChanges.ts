/**
 * Brings into the project every change an attached database has that the project lacks: another
 * project file (merge) or the change files of a shared folder (staged into one database). All of
 * it is set-based SQL inside the caller's write transaction:
 *
 *  1. the source's changes not yet in the log (by row and stamp: a change is immutable, so the
 *     same stamp on the same row is the same change) are copied with their values and parents;
 *  2. history entries are added by uid;
 *  3. the clock moves past the newest stamp received, so later local changes sort after them;
 *  4. the heads of each claim that received changes are recomputed, and a claim whose history
 *     branched is marked for conflict listing;
 *  5. the rows that received changes are re-applied from the log (materialize.ts).
 *
 * Adding a set of changes twice adds nothing the second time, and the tables are a function of the
 * log alone, so merges are idempotent, commutative and associative.
 */
import { HISTORY_ACTIONS, HISTORY_ENTITIES, SYNC_TABLES, type SyncedTable } from '../../shared/sync/syncSchema';
import { createTouchTable, materializeTouchedRows, type HeldRow } from './materialize';
import { sqlLiteral } from './tableSql';
import type { Project } from '../project/project';

export interface AbsorbCounts {
  /** Changes (one row in one transaction) new to this project. */
  changes: number;
  /** Field values those changes set. */
  values: number;
  /** History entries new to this project. */
  history: number;
  /** Rows whose changes wait for something they need (a row they point at, a newer version). */
  pending: number;
  /** Rows among those whose values this version's constraints refuse (kept pending, retried). */
  held: HeldRow[];
}

export interface AbsorbOptions {
  tables?: readonly SyncedTable[];
  /** Called between steps, inside the transaction (tests use it to interrupt a merge). */
  onStep?: (step: string) => void;
}

const list = (values: readonly string[]) => values.map(sqlLiteral).join(', ');

/** Absorbs `source` (an attached schema name) into the project; the caller holds the write transaction. */
export function absorbChanges(project: Project, source: string, opts: AbsorbOptions = {}): AbsorbCounts {
  const db = project.db;
  const tables = opts.tables ?? SYNC_TABLES;
  const src = `"${source.replace(/"/g, '')}"`;
  const step = opts.onStep ?? (() => undefined);
  if (!db.inTransaction) throw new Error('absorbChanges must run inside a write transaction');

  // Local changes not yet recorded go first, under their own stamp.
  project.sync?.flush();
  db.prepare('UPDATE main.sync_state SET applying = 1 WHERE id = 1').run();

  db.exec(`
    DROP TABLE IF EXISTS temp.sync_in;
    CREATE TEMP TABLE sync_in (tbl TEXT NOT NULL, row_id TEXT NOT NULL, hlc TEXT NOT NULL, actor TEXT NOT NULL,
      PRIMARY KEY (tbl, row_id, hlc)) WITHOUT ROWID;
  `);
  db.prepare(
    `INSERT INTO temp.sync_in (tbl, row_id, hlc, actor)
     SELECT s.tbl, s.row_id, s.hlc, s.actor FROM ${src}.sync_changes s
     WHERE length(s.hlc) = 46
       AND NOT EXISTS (SELECT 1 FROM main.sync_changes m WHERE m.tbl = s.tbl AND m.row_id = s.row_id AND m.hlc = s.hlc)`,
  ).run();
  const changes = db
    .prepare(
      'INSERT INTO main.sync_changes (tbl, row_id, hlc, actor) SELECT tbl, row_id, hlc, actor FROM temp.sync_in ORDER BY hlc',
    )
    .run().changes;
  step('changes');
  const values = db
    .prepare(
      `INSERT OR IGNORE INTO main.sync_values (tbl, row_id, col, hlc, value)
       SELECT v.tbl, v.row_id, v.col, v.hlc, v.value
       FROM temp.sync_in n CROSS JOIN ${src}.sync_values v ON v.tbl = n.tbl AND v.row_id = n.row_id AND v.hlc = n.hlc`,
    )
    .run().changes;
  step('values');
  db.prepare(
    `INSERT OR IGNORE INTO main.sync_parents (tbl, row_id, hlc, parent)
     SELECT p.tbl, p.row_id, p.hlc, p.parent
     FROM temp.sync_in n CROSS JOIN ${src}.sync_parents p ON p.tbl = n.tbl AND p.row_id = n.row_id AND p.hlc = n.hlc`,
  ).run();

  const known = `h.entity IN (${list(HISTORY_ENTITIES)}) AND h.action IN (${list(HISTORY_ACTIONS)})`;
  const history = db
    .prepare(
      `INSERT INTO main.history (at, actor, claim_id, entity, entity_id, action, field, old_value, new_value, uid)
       SELECT h.at, h.actor, h.claim_id, h.entity, h.entity_id, h.action, h.field, h.old_value, h.new_value, h.uid
       FROM ${src}.history h
       WHERE h.uid IS NOT NULL AND ${known}
         AND NOT EXISTS (SELECT 1 FROM main.history m WHERE m.uid = h.uid)
       ORDER BY h.at, h.uid`,
    )
    .run().changes;
  // Entries of a kind this version cannot store wait, like changes to unknown fields.
  db.prepare(
    `INSERT OR IGNORE INTO main.sync_history_pending
     SELECT h.uid, h.at, h.actor, h.claim_id, h.entity, h.entity_id, h.action, h.field, h.old_value, h.new_value
     FROM ${src}.history h WHERE h.uid IS NOT NULL AND NOT (${known})`,
  ).run();
  step('history');

  db.exec(`
    UPDATE main.sync_state SET clock = max(clock, coalesce((SELECT max(hlc) FROM temp.sync_in), '')) WHERE id = 1;
    DROP TABLE IF EXISTS temp.sync_in_rows;
    CREATE TEMP TABLE sync_in_rows AS
      SELECT DISTINCT tbl, row_id FROM temp.sync_in WHERE tbl IN (${list(tables.filter((t) => t.causal).map((t) => t.name))});
    DELETE FROM main.sync_heads WHERE (tbl, row_id) IN (SELECT tbl, row_id FROM temp.sync_in_rows);
    INSERT INTO main.sync_heads (tbl, row_id, hlc)
      SELECT c.tbl, c.row_id, c.hlc FROM temp.sync_in_rows r
      JOIN main.sync_changes c ON c.tbl = r.tbl AND c.row_id = r.row_id
      WHERE NOT EXISTS (SELECT 1 FROM main.sync_parents p WHERE p.tbl = c.tbl AND p.row_id = c.row_id AND p.parent = c.hlc);
    -- A row's history is a chain (one root, one head, one parent link per change after the first)
    -- unless colleagues changed it without knowing about each other: then look for conflicts there.
    INSERT OR IGNORE INTO main.sync_forked (tbl, row_id)
      SELECT r.tbl, r.row_id FROM temp.sync_in_rows r
      WHERE (SELECT count(*) FROM main.sync_heads h WHERE h.tbl = r.tbl AND h.row_id = r.row_id) <> 1
         OR (SELECT count(*) FROM main.sync_parents p WHERE p.tbl = r.tbl AND p.row_id = r.row_id)
            <> (SELECT count(*) FROM main.sync_changes c WHERE c.tbl = r.tbl AND c.row_id = r.row_id) - 1
         OR (SELECT count(*) FROM main.sync_changes c WHERE c.tbl = r.tbl AND c.row_id = r.row_id
               AND NOT EXISTS (SELECT 1 FROM main.sync_parents p WHERE p.tbl = c.tbl AND p.row_id = c.row_id AND p.hlc = c.hlc)) <> 1;
  `);
  step('heads');

  createTouchTable(db);
  db.exec('INSERT OR IGNORE INTO temp.sync_touch (tbl, row_id) SELECT tbl, row_id FROM temp.sync_in');
  const { pending, held } = materializeTouchedRows(db, tables, 'temp.sync_in');
  step('rows');

  db.exec(`
    UPDATE main.sync_state SET applying = 0 WHERE id = 1;
    DROP TABLE temp.sync_in;
    DROP TABLE temp.sync_in_rows;
  `);
  return { changes, values, history, pending, held };
}
