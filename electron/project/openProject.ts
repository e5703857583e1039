/**
 * Opening and creating project files. A file is inspected read-only first (SQLite header,
 * application id, schema version, integrity check) and only then opened for writing and migrated,
 * so a file Claimdesk cannot read is never modified. Each open inspects the file once: a file about
 * to be opened for writing is inspected in place, a file opened read-only through the same private
 * copy (if one is needed) that the connection then reads (see security/untouchedRead.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ClaimdeskError } from '../../shared/ipc/result';
import { APPLICATION_ID, APP_VERSION_FOR_SCHEMA, SQLITE_HEADER } from './projectFormat';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { applyMigrations } from './migrations/applyMigrations';
import { nativeBindingOption } from './nativeBinding';
import { configureConnection as configure } from './connectionPragmas';
import { compareSchema, describeSchemaDifference } from '../security/expectedSchema';
import { readablePathFor, readInPlaceUnlessRefused, readUntouched, type ReadablePath } from '../security/untouchedRead';
import type { Project } from './project';
import { enableSync } from '../sync/enableSync';
import { readRequiredApp } from '../sync/formatRequirement';

export interface OpenOptions {
  /** Name recorded on every change made through this handle. */
  actor: string;
  readOnly?: boolean;
  /** This installation's id, the first half of the replica id of changes made here (electron/sync/replicaId.ts). */
  installationId?: string;
  /** The result of inspectProjectFile when the caller has just inspected the file: not repeated. */
  inspected?: Inspection;
}

/** What inspectProjectFile found in a file it accepts. */
export interface Inspection {
  schemaVersion: number;
}

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(100);
    const n = fs.readSync(fd, buf, 0, 100, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** Files up to this size get SQLite's full integrity_check when opened; larger ones quick_check. */
export const FULL_CHECK_MAX_BYTES = 256 * 1024 * 1024;

/**
 * Throws a ClaimdeskError naming the file and the problem unless `file` is a project this build can
 * open. Leaves nothing beside the file (a private copy when needed); with `inPlace`, for a file about
 * to be opened for writing, reads the file itself and removes what it created only if it refuses it.
 */
export function inspectProjectFile(file: string, opts: { inPlace?: boolean } = {}): Inspection {
  inspectHeader(file);
  const read = opts.inPlace ? readInPlaceUnlessRefused : readUntouched;
  return read(file, (readable) => inspectDatabase(file, readable));
}

/** The checks of inspectProjectFile that need no SQLite: the file exists and starts as a database. */
function inspectHeader(file: string): void {
  if (!fs.existsSync(file)) throw new ClaimdeskError('not-found', `${file}: no such project file.`);
  if (!fs.statSync(file).isFile()) throw new ClaimdeskError('invalid-input', `${file}: is not a file.`);
  const header = readHeader(file);
  if (header.length < 100 || header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    throw new ClaimdeskError('invalid-input', `${file}: not a Claimdesk project (it is not a SQLite database).`);
  }
}

/**
 * A path to read `file` from without leaving anything beside it, inspected unless `inspected` says
 * it already was: the one private copy (when needed) serves both the inspection and the connection.
 */
function inspectedReadablePath(
  file: string,
  inspected?: Inspection,
): { readable: ReadablePath; schemaVersion: number } {
  if (!inspected) inspectHeader(file);
  const readable = readablePathFor(file);
  try {
    return { readable, schemaVersion: (inspected ?? inspectDatabase(file, readable.path)).schemaVersion };
  } catch (err) {
    readable.dispose();
    throw err;
  }
}

/** The database checks of inspectProjectFile, on `readable` (the file or its private copy). */
function inspectDatabase(file: string, readable: string): Inspection {
  let db: Database.Database | undefined;
  try {
    db = new Database(readable, { readonly: true, fileMustExist: true, ...nativeBindingOption() });
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) {
      throw new ClaimdeskError(
        'invalid-input',
        `${file}: not a Claimdesk project (it is a SQLite database from another application).`,
      );
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) {
      const needed = APP_VERSION_FOR_SCHEMA[version] ?? readRequiredApp(db) ?? 'a newer version';
      throw new ClaimdeskError(
        'unavailable',
        `${file}: was written by a newer Claimdesk (file format ${version}); this is format ${LATEST_SCHEMA_VERSION}. Open it with Claimdesk ${needed} or later.`,
      );
    }
    // quick_check skips CHECK constraints and index contents: a flipped byte can turn a verdict into
    // a value the app never expects. The full check costs about a second per few hundred MB.
    const full = fs.statSync(file).size <= FULL_CHECK_MAX_BYTES;
    const check = db.pragma(full ? 'integrity_check' : 'quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new ClaimdeskError('invalid-input', `${file}: the project file is damaged (${check}).`);
    // Triggers and views run when the file is used: only the ones Claimdesk itself creates may be there.
    const diff = compareSchema(db, version);
    if (diff.unexpected.length > 0 || diff.missing.length > 0) {
      throw new ClaimdeskError(
        'invalid-input',
        `${file}: refused: the project file was altered outside Claimdesk (${describeSchemaDifference(diff)}). It was not opened and nothing in it ran.`,
      );
    }
    return { schemaVersion: version };
  } catch (err) {
    if (err instanceof ClaimdeskError) throw err;
    throw new ClaimdeskError('invalid-input', `${file}: cannot be read as a project (${(err as Error).message}).`);
  } finally {
    db?.close();
  }
}

function wrap(db: Database.Database, file: string, actor: string, readOnly: boolean): Project {
  return {
    db,
    path: path.resolve(file),
    actor,
    readOnly,
    close: () => db.close(),
  };
}

/** Creates a new, empty project file. Refuses to overwrite anything that exists. */
export function createProject(file: string, opts: OpenOptions): Project {
  if (fs.existsSync(file)) throw new ClaimdeskError('conflict', `${file}: already exists; choose another name.`);
  const db = new Database(file, nativeBindingOption());
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    configure(db);
    applyMigrations(db);
    const now = new Date().toISOString();
    const meta = db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?)');
    db.transaction(() => {
      meta.run('title', path.basename(file).replace(/\.claimdesk$/i, ''));
      meta.run('created_at', now);
      meta.run('created_by', opts.actor);
    })();
  } catch (err) {
    db.close();
    fs.rmSync(file, { force: true });
    throw err;
  }
  return enableSync(wrap(db, file, opts.actor, false), opts);
}

/** Opens an existing project, migrating it to the current schema unless opened read-only. */
export function openProject(file: string, opts: OpenOptions): Project {
  if (opts.readOnly) {
    // Reading must leave nothing beside the file (no -wal/-shm): a private copy when needed, kept until close.
    const { readable, schemaVersion } = inspectedReadablePath(file, opts.inspected);
    let db: Database.Database;
    try {
      db = new Database(readable.path, { readonly: true, fileMustExist: true, ...nativeBindingOption() });
      db.pragma('trusted_schema = OFF');
    } catch (err) {
      readable.dispose();
      throw err;
    }
    if (schemaVersion === LATEST_SCHEMA_VERSION) {
      const project = wrap(db, file, opts.actor, true);
      project.close = () => {
        try {
          db.close();
        } finally {
          readable.dispose();
        }
      };
      return project;
    }
    // An older file is read through an upgraded copy in memory: the file itself stays as it is.
    const image = db.serialize();
    db.close();
    readable.dispose();
    // Header bytes 18-19 say "WAL"; an in-memory database cannot use WAL, so mark it rollback-journal.
    image[18] = 1;
    image[19] = 1;
    const memory = new Database(image, nativeBindingOption());
    memory.pragma('trusted_schema = OFF');
    applyMigrations(memory);
    return wrap(memory, file, opts.actor, true);
  }
  // Opened for writing next, so -wal/-shm beside it are expected: inspected in place, not copied.
  if (!opts.inspected) inspectProjectFile(file, { inPlace: true });
  const db = new Database(file, { fileMustExist: true, ...nativeBindingOption() });
  try {
    configure(db);
    applyMigrations(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return enableSync(wrap(db, file, opts.actor, false), opts);
}

/** The project's display title (stored in the file; defaults to the file name). */
export function projectTitle(project: Project): string {
  const row = project.db.prepare("SELECT value FROM project_meta WHERE key = 'title'").get() as
    { value: string } | undefined;
  return row?.value ?? path.basename(project.path);
}

/**
 * Writes a consistent copy of the open project to `dest` with SQLite's backup API: to a temporary
 * name first, switched out of WAL mode (so the copy is one self-contained file to mail or keep),
 * checked, then renamed, so `dest` never holds a half-written project.
 */
export async function saveProjectCopy(project: Project, dest: string): Promise<void> {
  const tmp = `${dest}.partial-${process.pid}`;
  const removeTmp = () => ['', '-wal', '-shm', '-journal'].forEach((s) => fs.rmSync(tmp + s, { force: true }));
  removeTmp();
  try {
    await project.db.backup(tmp);
    const copy = new Database(tmp, { fileMustExist: true, ...nativeBindingOption() });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    inspectProjectFile(tmp);
    // A stale journal beside an overwritten file would be replayed into the copy: remove it first.
    ['-wal', '-shm', '-journal'].forEach((s) => fs.rmSync(dest + s, { force: true }));
    fs.renameSync(tmp, dest);
  } finally {
    removeTmp();
  }
}
