/**
 * Sharing a project through a folder colleagues can all reach (a network share, a Dropbox or
 * Syncthing folder): each working copy stays on its own local disk, linked to the folder, and a
 * sync round
 *
 *  1. publishes what this copy has that it has not shared yet (its own changes and those it merged
 *     from files) as one new change file: built locally, copied in under a temporary name,
 *     flushed, then renamed, so nobody ever reads half of it; the name carries this session's
 *     replica id, so no two colleagues (nor two copies on one machine) ever write the same file;
 *  2. reads every colleague's change file it has not read yet, ignoring anything that is not a
 *     complete change file (temporary names, partial downloads), checks each, stages them all in
 *     one scratch database and absorbs them in one write transaction.
 *
 * A file that cannot be read now (damaged or still arriving, a newer format) is skipped and tried
 * again next round; it is never marked read. Files are never deleted or rewritten.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ClaimdeskError } from '../../shared/ipc/result';
import type { SyncReport, SyncStatus } from '../../shared/sync/syncIpcSchemas';
import type { Project } from '../project/project';
import { assertWritable } from '../project/writeGuard';
import { writeTransaction } from '../project/writeTransaction';
import { absorbChanges } from './absorbChanges';
import { withAttached } from './attachedSource';
import {
  changeFileName,
  createChangeFile,
  inspectChangeFile,
  parseChangeFileName,
  unsharedChangeCount,
  unsharedSince,
  writeChangeFile,
  type Watermark,
} from './changeFile';
import { listConflicts } from './conflicts';
import { projectLocationWarning } from './projectLocation';

interface FolderState {
  folder: string | null;
  published_seq: number;
  published_history: number;
}

function folderState(project: Project): FolderState {
  return project.db
    .prepare('SELECT folder, published_seq, published_history FROM sync_state WHERE id = 1')
    .get() as FolderState;
}

const watermarkOf = (s: FolderState): Watermark => ({ seq: s.published_seq, history: s.published_history });

function projectIdOf(project: Project): string {
  const row = project.db.prepare("SELECT value FROM project_meta WHERE key = 'project_id'").get() as
    { value: string } | undefined;
  return row?.value ?? '';
}

function isFolder(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** Links the project to a shared folder (an existing folder this user can write to). */
export function linkSyncFolder(project: Project, folder: string): SyncStatus {
  assertWritable(project);
  const abs = path.resolve(folder);
  if (!isFolder(abs)) throw new ClaimdeskError('not-found', `${abs}: no such folder to share the project through.`);
  try {
    fs.accessSync(abs, fs.constants.W_OK);
  } catch {
    throw new ClaimdeskError('read-only', `${abs}: this folder cannot be written to; choose one you can write to.`);
  }
  const current = folderState(project).folder;
  if (current !== abs) {
    writeTransaction(project, () => {
      // A new folder has seen nothing of this copy yet: share everything, read everything.
      project.db
        .prepare('UPDATE sync_state SET folder = ?, published_seq = 0, published_history = 0 WHERE id = 1')
        .run(abs);
      project.db.exec('DELETE FROM sync_folder_seen');
    });
  }
  return syncStatus(project);
}

export function unlinkSyncFolder(project: Project): SyncStatus {
  assertWritable(project);
  writeTransaction(project, () => {
    project.db.prepare('UPDATE sync_state SET folder = NULL WHERE id = 1').run();
  });
  return syncStatus(project);
}

export function syncStatus(project: Project): SyncStatus {
  const state = folderState(project);
  return {
    folder: state.folder,
    folderAvailable: state.folder !== null && isFolder(state.folder),
    unpublished: unsharedChangeCount(project, watermarkOf(state)),
    locationWarning: projectLocationWarning(project.path),
  };
}

/** The complete change files in the folder, in name order. */
export function changeFilesIn(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((name) => parseChangeFileName(name) !== undefined)
    .sort();
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Copies `local` into `folder` as `name`: temporary name, flushed, renamed (never overwriting). */
function placeFile(local: string, folder: string, name: string): void {
  const final = path.join(folder, name);
  if (fs.existsSync(final)) throw new Error(`${final} already exists`);
  const tmp = path.join(folder, `.${name}.${process.pid}.tmp`);
  fs.copyFileSync(local, tmp);
  try {
    fsyncFile(tmp);
    fs.renameSync(tmp, final);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

function publish(project: Project, folder: string, scratch: string, existing: readonly string[]): string | null {
  const state = folderState(project);
  const unshared = unsharedSince(project, watermarkOf(state));
  if (unshared.changes + unshared.history === 0) return null;
  const replicaId = project.sync?.replicaId;
  if (!replicaId) throw new ClaimdeskError('read-only', `${project.path}: is open read-only; nothing can be shared.`);
  const mine = existing.map(parseChangeFileName).filter((p) => p?.replicaId === replicaId);
  const name = changeFileName(replicaId, Math.max(0, ...mine.map((p) => p!.n)) + 1);
  const local = path.join(scratch, name);
  const written = writeChangeFile(project, local, watermarkOf(state), projectIdOf(project));
  placeFile(local, folder, name);
  writeTransaction(project, () => {
    project.db
      .prepare('UPDATE sync_state SET published_seq = ?, published_history = ? WHERE id = 1')
      .run(written.upTo.seq, written.upTo.history);
    project.db.prepare('INSERT OR IGNORE INTO sync_folder_seen (name) VALUES (?)').run(name);
  });
  return name;
}

/**
 * One sync round with the linked folder (or `folder`, which then becomes the link): publish, then
 * read what colleagues published. See the module comment.
 */
export function syncRound(project: Project, folder?: string): SyncReport {
  assertWritable(project);
  if (folder !== undefined) linkSyncFolder(project, folder);
  const linked = folderState(project).folder;
  if (!linked) {
    throw new ClaimdeskError('unavailable', `${project.path}: is not linked to a shared folder; link one first.`);
  }
  if (!isFolder(linked)) {
    throw new ClaimdeskError(
      'unavailable',
      `${linked}: the shared folder cannot be reached now; check the drive or network.`,
    );
  }
  // Anything changed outside a write transaction is recorded before sharing.
  writeTransaction(project, () => undefined);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-sync-'));
  try {
    const published = publish(project, linked, scratch, changeFilesIn(linked));
    const seen = new Set(
      (project.db.prepare('SELECT name FROM sync_folder_seen').all() as { name: string }[]).map((r) => r.name),
    );
    const unread = changeFilesIn(linked).filter((name) => !seen.has(name));
    const projectId = projectIdOf(project);
    const readable: { name: string; copy: string }[] = [];
    const skipped: SyncReport['skipped'] = [];
    for (const name of unread) {
      const copy = path.join(scratch, `in-${readable.length}-${name}`);
      try {
        fs.copyFileSync(path.join(linked, name), copy);
        inspectChangeFile(copy, path.join(linked, name), projectId);
        readable.push({ name, copy });
      } catch (err) {
        skipped.push({ file: path.join(linked, name), reason: (err as Error).message });
      }
    }
    const counts = readable.length
      ? absorbStaged(project, scratch, readable)
      : { changes: 0, history: 0, pending: 0, held: [] };
    return {
      folder: linked,
      published,
      read: readable.map((r) => r.name),
      skipped,
      changes: counts.changes,
      history: counts.history,
      pending: counts.pending,
      conflicts: listConflicts(project).length,
      ...(counts.held.length ? { held: counts.held } : {}),
    };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Stages every readable file into one scratch database, then absorbs it in one transaction. */
function absorbStaged(project: Project, scratch: string, files: readonly { name: string; copy: string }[]) {
  const db = project.db;
  const staged = path.join(scratch, 'staged.db');
  createChangeFile(staged);
  return withAttached(project, staged, 'sync_stage', () => {
    for (const f of files) {
      withAttached(project, f.copy, 'sync_file', () => {
        db.exec(`
          INSERT OR IGNORE INTO sync_stage.sync_changes SELECT tbl, row_id, hlc, actor FROM sync_file.sync_changes;
          INSERT OR IGNORE INTO sync_stage.sync_values SELECT tbl, row_id, col, hlc, value FROM sync_file.sync_values;
          INSERT OR IGNORE INTO sync_stage.sync_parents SELECT tbl, row_id, hlc, parent FROM sync_file.sync_parents;
          INSERT OR IGNORE INTO sync_stage.history
            SELECT uid, at, actor, claim_id, entity, entity_id, action, field, old_value, new_value FROM sync_file.history;`);
      });
    }
    return writeTransaction(project, () => {
      // If everything local was already shared, what arrives now need not be shared again.
      const before = folderState(project);
      const allShared = unsharedSince(project, watermarkOf(before));
      const counts = absorbChanges(project, 'sync_stage');
      const markSeen = db.prepare('INSERT OR IGNORE INTO sync_folder_seen (name) VALUES (?)');
      for (const f of files) markSeen.run(f.name);
      if (allShared.changes === 0 && allShared.history === 0) {
        const after = unsharedSince(project, watermarkOf(before)).upTo;
        db.prepare('UPDATE sync_state SET published_seq = ?, published_history = ? WHERE id = 1').run(
          after.seq,
          after.history,
        );
      }
      return counts;
    });
  });
}
