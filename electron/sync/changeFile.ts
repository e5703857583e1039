/**
 * Change files: what one replica shares in a shared folder. Each is a small SQLite database of its
 * own format (application id "ClMS", format 1) holding sync log rows and history entries with the
 * same table and column names as a project, so reading one is the same set-based absorb as
 * merging a project file. A change file is written once, under a name no other replica uses
 * (changes-REPLICA-NNNNNNNN.claimdesk-changes), and never modified.
 *
 * A file is checked before anything is read from it: SQLite header, application id, format (a
 * newer one is refused naming the Claimdesk version it needs, from the file's own metadata),
 * integrity, exactly the expected tables (no views or triggers: nothing in it runs), and that it
 * belongs to this project.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { ClaimdeskError } from '../../shared/ipc/result';
import { nativeBindingOption } from '../project/nativeBinding';
import type { Project } from '../project/project';
import { SQLITE_HEADER } from '../project/projectFormat';
import { CLAIMDESK_APP_VERSION } from './formatRequirement';

/** PRAGMA application_id of change files: the ASCII bytes "ClMS". */
export const CHANGE_FILE_APPLICATION_ID = 0x436c4d53;
export const CHANGE_FILE_FORMAT = 1;
/** The oldest Claimdesk that reads change files of CHANGE_FILE_FORMAT. */
export const CHANGE_FILE_REQUIRES_APP = '0.1.0';
export const CHANGE_FILE_EXTENSION = '.claimdesk-changes';

const NAME = /^changes-([0-9a-f]{16})-(\d{8})\.claimdesk-changes$/;

export const changeFileName = (replicaId: string, n: number): string =>
  `changes-${replicaId}-${String(n).padStart(8, '0')}${CHANGE_FILE_EXTENSION}`;

/** Only complete change files have this name; temporary and partial files never match. */
export function parseChangeFileName(name: string): { replicaId: string; n: number } | undefined {
  const m = NAME.exec(name);
  return m ? { replicaId: m[1]!, n: Number(m[2]) } : undefined;
}

/** The tables of a change file, in schema `s`. */
export function changeFileTablesSql(s: string): string {
  return `
    CREATE TABLE ${s}.change_file_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
    CREATE TABLE ${s}.sync_changes (tbl TEXT NOT NULL, row_id TEXT NOT NULL, hlc TEXT NOT NULL, actor TEXT NOT NULL,
      PRIMARY KEY (tbl, row_id, hlc)) STRICT, WITHOUT ROWID;
    CREATE TABLE ${s}.sync_values (tbl TEXT NOT NULL, row_id TEXT NOT NULL, col TEXT NOT NULL, hlc TEXT NOT NULL, value ANY,
      PRIMARY KEY (tbl, row_id, col, hlc)) STRICT, WITHOUT ROWID;
    CREATE TABLE ${s}.sync_parents (tbl TEXT NOT NULL, row_id TEXT NOT NULL, hlc TEXT NOT NULL, parent TEXT NOT NULL,
      PRIMARY KEY (tbl, row_id, hlc, parent)) STRICT, WITHOUT ROWID;
    CREATE TABLE ${s}.history (uid TEXT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, claim_id TEXT NOT NULL,
      entity TEXT NOT NULL, entity_id TEXT NOT NULL, action TEXT NOT NULL, field TEXT NOT NULL,
      old_value TEXT NOT NULL, new_value TEXT NOT NULL) STRICT, WITHOUT ROWID;`;
}

/**
 * Creates an empty change file at `file` (a project connection opened on an existing file cannot
 * create one through ATTACH, so it is made here and attached afterwards).
 */
export function createChangeFile(file: string): void {
  const db = new Database(file, nativeBindingOption());
  try {
    db.exec(changeFileTablesSql('main'));
    db.pragma(`application_id = ${CHANGE_FILE_APPLICATION_ID}`);
    db.pragma(`user_version = ${CHANGE_FILE_FORMAT}`);
  } finally {
    db.close();
  }
}

export interface Watermark {
  /** sync_changes.seq already shared. */
  seq: number;
  /** history.id already shared. */
  history: number;
}

export interface WrittenChanges {
  changes: number;
  history: number;
  /** The watermark after this file. */
  upTo: Watermark;
}

/**
 * How many log changes come after `since`, without counting the log row by row (the window asks
 * after every edit, and a year's log is 100,000 rows). `seq` is an INTEGER PRIMARY KEY without
 * AUTOINCREMENT and log rows are never deleted, so seqs run 1..max without gaps (a rolled-back
 * insert's number is reused) and the count after a watermark is a subtraction.
 */
function changesAfter(maxSeq: number, since: Watermark): number {
  return Math.max(0, maxSeq - since.seq);
}

/** How many log changes the project has that are not yet shared beyond `since`. */
export function unsharedChangeCount(project: Project, since: Watermark): number {
  return changesAfter(
    project.db.prepare('SELECT coalesce(max(seq), 0) FROM sync_changes').pluck().get() as number,
    since,
  );
}

/** How much the project has that is not yet shared beyond `since`. */
export function unsharedSince(project: Project, since: Watermark): WrittenChanges {
  const row = project.db
    .prepare(
      `SELECT (SELECT count(*) FROM history WHERE id > @history AND uid IS NOT NULL) AS history,
              coalesce((SELECT max(seq) FROM sync_changes), 0) AS maxSeq,
              coalesce((SELECT max(id) FROM history), 0) AS maxHistory`,
    )
    .get(since) as { history: number; maxSeq: number; maxHistory: number };
  return {
    changes: changesAfter(row.maxSeq, since),
    history: row.history,
    upTo: { seq: row.maxSeq, history: row.maxHistory },
  };
}

/**
 * Writes the project's changes after `since` into a new change file at `file` (a local path that
 * must not exist), read in one transaction so the file is a consistent slice of the log.
 */
export function writeChangeFile(project: Project, file: string, since: Watermark, projectId: string): WrittenChanges {
  const db = project.db;
  createChangeFile(file);
  db.prepare('ATTACH DATABASE ? AS sync_out').run(file);
  try {
    return db.transaction(() => {
      const written = unsharedSince(project, since);
      const meta = db.prepare('INSERT INTO sync_out.change_file_meta (key, value) VALUES (?, ?)');
      meta.run('format', String(CHANGE_FILE_FORMAT));
      meta.run('requires_app', CHANGE_FILE_REQUIRES_APP);
      meta.run('written_by_app', CLAIMDESK_APP_VERSION);
      meta.run('project_id', projectId);
      meta.run('replica_id', project.sync?.replicaId ?? '');
      meta.run('written_at', new Date().toISOString());
      const range = { seq: since.seq, upTo: written.upTo.seq };
      db.prepare(
        `INSERT INTO sync_out.sync_changes (tbl, row_id, hlc, actor)
         SELECT tbl, row_id, hlc, actor FROM main.sync_changes WHERE seq > @seq AND seq <= @upTo`,
      ).run(range);
      db.exec(`
        INSERT INTO sync_out.sync_values (tbl, row_id, col, hlc, value)
          SELECT v.tbl, v.row_id, v.col, v.hlc, v.value FROM sync_out.sync_changes c
          CROSS JOIN main.sync_values v ON v.tbl = c.tbl AND v.row_id = c.row_id AND v.hlc = c.hlc;
        INSERT INTO sync_out.sync_parents (tbl, row_id, hlc, parent)
          SELECT p.tbl, p.row_id, p.hlc, p.parent FROM sync_out.sync_changes c
          CROSS JOIN main.sync_parents p ON p.tbl = c.tbl AND p.row_id = c.row_id AND p.hlc = c.hlc;`);
      db.prepare(
        `INSERT INTO sync_out.history (uid, at, actor, claim_id, entity, entity_id, action, field, old_value, new_value)
         SELECT uid, at, actor, claim_id, entity, entity_id, action, field, old_value, new_value
         FROM main.history WHERE id > @history AND id <= @upTo AND uid IS NOT NULL`,
      ).run({ history: since.history, upTo: written.upTo.history });
      return written;
    })();
  } finally {
    db.exec('DETACH DATABASE sync_out');
  }
}

let expectedSchema: string[] | undefined;

function schemaOf(db: Database.Database, schema = 'main'): string[] {
  return (db.prepare(`SELECT type, name, sql FROM ${schema}.sqlite_schema ORDER BY name`).all() as object[]).map((o) =>
    JSON.stringify(o),
  );
}

function expectedChangeFileSchema(): string[] {
  if (!expectedSchema) {
    const db = new Database(':memory:', nativeBindingOption());
    try {
      db.exec(changeFileTablesSql('main'));
      expectedSchema = schemaOf(db);
    } finally {
      db.close();
    }
  }
  return expectedSchema;
}

/**
 * Throws a ClaimdeskError naming `label` unless `file` (a private local copy) is a change file of
 * project `projectId` that this version can read.
 */
export function inspectChangeFile(file: string, label: string, projectId: string): void {
  const fd = fs.openSync(file, 'r');
  const header = Buffer.alloc(100);
  const n = fs.readSync(fd, header, 0, 100, 0);
  fs.closeSync(fd);
  if (n < 100 || header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    throw new ClaimdeskError('invalid-input', `${label}: is not a Claimdesk change file (incomplete, or not SQLite).`);
  }
  const db = new Database(file, { readonly: true, fileMustExist: true, ...nativeBindingOption() });
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    if (db.pragma('application_id', { simple: true }) !== CHANGE_FILE_APPLICATION_ID) {
      throw new ClaimdeskError('invalid-input', `${label}: is not a Claimdesk change file.`);
    }
    const format = db.pragma('user_version', { simple: true }) as number;
    if (format > CHANGE_FILE_FORMAT) {
      let needed = 'a newer version';
      try {
        const row = db.prepare("SELECT value FROM change_file_meta WHERE key = 'requires_app'").get() as
          { value: unknown } | undefined;
        if (typeof row?.value === 'string' && /^\d+\.\d+\.\d+[\w.-]*$/.test(row.value)) needed = row.value;
      } catch {
        // A newer format may lay its metadata out differently; the generic message stands.
      }
      throw new ClaimdeskError(
        'unavailable',
        `${label}: was written in change-file format ${format} by a newer Claimdesk; this version reads format ${CHANGE_FILE_FORMAT}. Install Claimdesk ${needed} or later to read it; it is kept and will be read after the upgrade.`,
      );
    }
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new ClaimdeskError('invalid-input', `${label}: the change file is damaged (${check}).`);
    if (JSON.stringify(schemaOf(db)) !== JSON.stringify(expectedChangeFileSchema())) {
      throw new ClaimdeskError('invalid-input', `${label}: refused: the change file was altered outside Claimdesk.`);
    }
    const row = db.prepare("SELECT value FROM change_file_meta WHERE key = 'project_id'").get() as
      { value: string } | undefined;
    if (row?.value !== projectId) {
      throw new ClaimdeskError('conflict', `${label}: holds changes of a different project; it is not read.`);
    }
  } catch (err) {
    if (err instanceof ClaimdeskError) throw err;
    throw new ClaimdeskError('invalid-input', `${label}: cannot be read as a change file (${(err as Error).message}).`);
  } finally {
    db.close();
  }
}
