/**
 * Merging a colleague's copy of the project: everything OTHER has that this project lacks comes
 * in, nothing here is lost, and merging both ways (in any order, any number of copies, any number
 * of times) leaves every copy with the same content.
 *
 * OTHER is only ever read. It is checked first with the same defensive read-only inspection as
 * opening a project (SQLite header, application id, format version, integrity, schema objects),
 * so a foreign, damaged, altered or newer-format file is refused, naming the file (and for a newer
 * format the Claimdesk version it needs) before anything is written. The checks and the merge run
 * on a consistent snapshot in a private temporary folder (see snapshotProjectFile), brought to
 * this version's format if it is older and its unlogged changes recorded, both from its content
 * alone (upgradeSnapshot.ts), attached, and absorbed in one write transaction: a merge killed midway leaves the project as it was.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ClaimdeskError } from '../../shared/ipc/result';
import type { MergeReport } from '../../shared/sync/syncIpcSchemas';
import { nativeBindingOption } from '../project/nativeBinding';
import { inspectProjectFile } from '../project/openProject';
import type { Project } from '../project/project';
import { assertWritable } from '../project/writeGuard';
import { absorbFile } from './attachedSource';
import { listConflicts } from './conflicts';
import { upgradeSnapshot } from './upgradeSnapshot';

export interface MergeOptions {
  /** Merge even when OTHER was created as a different project (not a copy of this one). */
  allowOtherProject?: boolean;
  /** Called between steps of the merge transaction (tests interrupt a merge with it). */
  onStep?: (step: string) => void;
}

function sameFile(a: string, b: string): boolean {
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

function metaOf(db: Database.Database, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM project_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

/**
 * A checked, consistent, current-format copy of a project file at `dest`, for reading only. When
 * nobody is writing the file (no journal or WAL beside it, unchanged while copied) it is copied as
 * bytes and the copy is checked; otherwise it is checked in place and copied with VACUUM INTO,
 * which reads through SQLite's own locking, so a file open in a colleague's Claimdesk is copied as
 * of its last committed change. Errors name `file`, never the temporary copy.
 */
export function snapshotProjectFile(file: string, dest: string): void {
  if (!fs.existsSync(file)) throw new ClaimdeskError('not-found', `${file}: no such project file.`);
  if (!fs.statSync(file).isFile()) throw new ClaimdeskError('invalid-input', `${file}: is not a file.`);
  let schemaVersion: number;
  if (copyIfQuiet(file, dest)) {
    // Nobody is writing it: every check runs on the private copy, and SQLite never touches OTHER
    // (not even to create its -wal and -shm beside it).
    try {
      // The copy is private, so SQLite may read it in place (no second copy to keep it untouched).
      schemaVersion = inspectProjectFile(dest, { inPlace: true }).schemaVersion;
    } catch (err) {
      if (err instanceof ClaimdeskError) throw new ClaimdeskError(err.type, err.message.split(dest).join(file));
      throw err;
    }
  } else {
    schemaVersion = inspectProjectFile(file).schemaVersion;
    const source = new Database(file, { readonly: true, fileMustExist: true, ...nativeBindingOption() });
    try {
      source.pragma('trusted_schema = OFF');
      source.pragma('cell_size_check = ON');
      source.prepare('VACUUM INTO ?').run(dest);
    } finally {
      source.close();
    }
  }
  upgradeSnapshot(dest, schemaVersion);
}

/** Size and modification time of a file, or null when it is absent or empty. */
function footprint(file: string): string | null {
  try {
    const s = fs.statSync(file);
    return s.size === 0 ? null : `${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

/**
 * The fast snapshot: a plain copy, valid only when nothing is in the file's journal or WAL and the
 * file did not change while being copied (a writer's checkpoint would change its time stamp).
 * Returns false when that cannot be shown; the caller then uses VACUUM INTO.
 */
function copyIfQuiet(file: string, dest: string): boolean {
  const journals = () => footprint(`${file}-wal`) ?? footprint(`${file}-journal`);
  const before = footprint(file);
  if (before === null || journals() !== null) return false;
  fs.copyFileSync(file, dest);
  if (footprint(file) === before && journals() === null) return true;
  fs.rmSync(dest, { force: true });
  return false;
}

/** A colleague's file copied, checked and found to be a copy of this project, ready to absorb. */
export interface PreparedMerge {
  /** The colleague's file, as reports name it. */
  file: string;
  /** The private snapshot absorbed in its place. */
  snapshot: string;
  /** Removes the snapshot; call once done (or abandoned). */
  dispose(): void;
}

/**
 * The read-only first half of a merge: refuses this project itself, snapshots and checks OTHER
 * (snapshotProjectFile) and refuses a different project unless allowed. Nothing of the project is
 * written; the caller disposes of the result.
 */
export function prepareMerge(project: Project, otherFile: string, opts: MergeOptions = {}): PreparedMerge {
  assertWritable(project);
  const other = path.resolve(otherFile);
  if (sameFile(other, project.path)) {
    throw new ClaimdeskError('invalid-input', `${other}: is this project itself; choose a colleague's copy to merge.`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-merge-'));
  const dispose = () => fs.rmSync(tmp, { recursive: true, force: true });
  try {
    const snapshot = path.join(tmp, 'other.claimdesk');
    snapshotProjectFile(other, snapshot);
    const copy = new Database(snapshot, { readonly: true, ...nativeBindingOption() });
    let otherId: string | undefined;
    let otherTitle: string;
    try {
      otherId = metaOf(copy, 'project_id');
      otherTitle = metaOf(copy, 'title') ?? path.basename(other);
    } finally {
      copy.close();
    }
    if (!opts.allowOtherProject && otherId !== metaOf(project.db, 'project_id')) {
      throw new ClaimdeskError(
        'conflict',
        `${other}: is a different project ("${otherTitle}"), not a copy of ${project.path}; merging it would mix two projects, so nothing was changed.`,
      );
    }
    return { file: other, snapshot, dispose };
  } catch (err) {
    dispose();
    throw err;
  }
}

/** The second half: absorbs a prepared file in one write transaction and reports what came in. */
export function absorbPrepared(project: Project, prepared: PreparedMerge, opts: MergeOptions = {}): MergeReport {
  const { held, ...counts } = absorbFile(project, prepared.snapshot, { onStep: opts.onStep });
  return {
    file: prepared.file,
    ...counts,
    conflicts: listConflicts(project).length,
    ...(held.length ? { held } : {}),
  };
}

/** Merges `otherFile` into the open project; see the module comment. */
export function mergeProjectFile(project: Project, otherFile: string, opts: MergeOptions = {}): MergeReport {
  const prepared = prepareMerge(project, otherFile, opts);
  try {
    return absorbPrepared(project, prepared, opts);
  } finally {
    prepared.dispose();
  }
}
