/**
 * Records, in a private snapshot of a colleague's file, the changes that file marked but never
 * logged: rows left in `sync_dirty` by an older build that wrote outside a write transaction, or by
 * a process that stopped between a change and its next capture. Without this a merge would bring
 * in the history entries describing such a change (history merges from its own table) but not the
 * change itself.
 *
 * The stamp and replica id are derived from the file's content (its clock, the marked rows and
 * their values), never from this session: merging the same file twice, or two colleagues merging
 * it, records the very same change, so merges stay idempotent and commutative. The stamp's time is
 * the latest time the rows themselves carry, and the change is attributed to the file's last
 * recorded checker.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { SYNC_TABLES, tableNamed } from '../../shared/sync/syncSchema';
import { nativeBindingOption } from '../project/nativeBinding';
import type { Project } from '../project/project';
import { writeTransaction } from '../project/writeTransaction';
import { ChangeCapture } from './changeCapture';
import { quoteId, rowIdMatch, storedColumns } from './tableSql';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Logs the marked rows of the project file at `file` (a private copy); returns how many were marked. */
export function recordUnloggedChanges(file: string): number {
  const db = new Database(file, { fileMustExist: true, ...nativeBindingOption() });
  try {
    db.pragma('trusted_schema = OFF');
    const dirty = db.prepare('SELECT tbl, row_id FROM sync_dirty ORDER BY tbl, row_id').all() as {
      tbl: string;
      row_id: string;
    }[];
    if (dirty.length === 0) return 0;
    const rows = dirty.map(({ tbl, row_id: rowId }) => {
      const table = tableNamed(SYNC_TABLES, tbl);
      if (!table) return [tbl, rowId, null];
      const row = db
        .prepare(
          `SELECT ${storedColumns(table).map(quoteId).join(', ')} FROM main.${quoteId(table.name)} x WHERE ${rowIdMatch(table, 'x')}`,
        )
        .get(rowId) as Record<string, unknown> | undefined;
      return [tbl, rowId, row ?? null];
    });
    const scalar = (sql: string) => (db.prepare(sql).pluck().get() as string | undefined) ?? '';
    const clock = scalar('SELECT clock FROM sync_state WHERE id = 1');
    const projectId = scalar("SELECT value FROM project_meta WHERE key = 'project_id'");
    const replica = createHash('sha256')
      .update(JSON.stringify([projectId, clock, rows]))
      .digest('hex')
      .slice(0, 16);
    const times = rows.flatMap(([, , row]) =>
      Object.entries((row ?? {}) as Record<string, unknown>)
        .filter(([col, v]) => col.endsWith('_at') && typeof v === 'string' && ISO_TIME.test(v))
        .map(([, v]) => Date.parse(v as string)),
    );
    const millis = times.length > 0 ? Math.max(...times) : 0;
    const actor =
      scalar('SELECT actor FROM history ORDER BY id DESC LIMIT 1') ||
      scalar("SELECT value FROM project_meta WHERE key = 'created_by'");
    const project: Project = { db, path: file, actor, readOnly: false, close: () => db.close() };
    project.sync = new ChangeCapture(
      db,
      replica,
      () => actor,
      SYNC_TABLES,
      () => millis,
    );
    writeTransaction(project, () => undefined);
    return dirty.length;
  } finally {
    db.close();
  }
}
