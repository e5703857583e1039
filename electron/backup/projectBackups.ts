/**
 * Rolling backups of a project, and restoring one.
 *
 * Where: `<userData>/backups/<project name>-<hash of its path>/`, not beside the project. Projects
 * often live in shared or synced folders (network drives, Dropbox); backups there would be synced
 * and shared along with the project, carry deleted material to colleagues, and could be swept up
 * by the same accident that damages the project. The user data folder is the checker's own and
 * local. The hash keeps two projects with the same name apart.
 *
 * How: SQLite's backup API through saveProjectCopy (a consistent snapshot even while the app
 * writes, to a temporary name, checked, then renamed), so a backup is itself a project file that
 * opens in Claimdesk. The newest `keep` backups are kept; older ones are deleted.
 *
 * Restore replaces the project file with a backup only after taking a backup of the current
 * state, and only through a checked temporary copy renamed into place, so it can be undone.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ClaimdeskError } from '../../shared/ipc/result';
import { inspectProjectFile, saveProjectCopy } from '../project/openProject';
import type { Project } from '../project/project';

export const DEFAULT_BACKUPS_TO_KEEP = 10;
/** How often an open project that changed is backed up. */
export const BACKUP_INTERVAL_MS = 5 * 60_000;

const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?(?:-([a-z-]+))?\.claimdesk$/;

export interface BackupEntry {
  file: string;
  takenAt: Date;
  /** Why it was taken, when not a routine backup ("before-restore"). */
  note: string;
  size: number;
}

/** The folder holding the backups of one project. */
export function backupFolderFor(backupsRoot: string, projectFile: string): string {
  const abs = path.resolve(projectFile);
  const name = path
    .basename(abs)
    .replace(/\.claimdesk$/i, '')
    .replace(/[^\p{L}\p{N} ._-]/gu, '_')
    .slice(0, 60);
  const hash = createHash('sha256').update(abs).digest('hex').slice(0, 12);
  return path.join(backupsRoot, `${name || 'project'}-${hash}`);
}

/** The backups in `folder`, newest first. */
export function listBackups(folder: string): BackupEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return names
    .flatMap((name) => {
      const m = BACKUP_NAME.exec(name);
      if (!m) return [];
      const iso = m[1]!.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z');
      const file = path.join(folder, name);
      return [
        {
          file,
          takenAt: new Date(iso),
          note: m[3] ?? '',
          size: fs.statSync(file).size,
          order: `${m[1]}-${(m[2] ?? '0').padStart(6, '0')}`,
        },
      ];
    })
    .sort((a, b) => (a.order < b.order ? 1 : a.order > b.order ? -1 : 0))
    .map(({ order: _order, ...entry }) => entry);
}

function freshName(folder: string, at: Date, note: string): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  const suffix = note ? `-${note}` : '';
  for (let n = 0; ; n++) {
    const file = path.join(folder, `${stamp}${n ? `-${n}` : ''}${suffix}.claimdesk`);
    if (!fs.existsSync(file)) return file;
  }
}

/** Deletes all but the newest `keep` backups (a backup taken before a restore counts like any other). */
export function pruneBackups(folder: string, keep: number): void {
  for (const old of listBackups(folder).slice(Math.max(1, keep))) fs.rmSync(old.file, { force: true });
}

/** Takes a backup of the open project into `folder` and keeps the newest `keep`. */
export async function takeBackup(
  project: Project,
  folder: string,
  opts: { keep?: number; note?: string; now?: Date } = {},
): Promise<BackupEntry> {
  fs.mkdirSync(folder, { recursive: true });
  const file = freshName(folder, opts.now ?? new Date(), opts.note ?? '');
  await saveProjectCopy(project, file);
  pruneBackups(folder, opts.keep ?? DEFAULT_BACKUPS_TO_KEEP);
  const entry = listBackups(folder).find((b) => b.file === file);
  if (!entry) throw new Error(`${file}: the backup disappeared right after it was written.`);
  return entry;
}

/** True when the newest backup is younger than the last change to the project's files. */
export function backupIsCurrent(folder: string, projectFile: string): boolean {
  const newest = listBackups(folder)[0];
  if (!newest) return false;
  const mtime = (f: string) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0);
  const changed = Math.max(mtime(projectFile), mtime(`${projectFile}-wal`));
  return fs.statSync(newest.file).mtimeMs >= changed;
}

/**
 * Puts `backupFile` in place of `projectFile`. The project must be closed (the caller holds its
 * lock) and its current state already backed up. The backup is checked, copied to a temporary
 * name beside the project, checked again, and renamed over the project file.
 */
export function replaceWithBackup(projectFile: string, backupFile: string): void {
  inspectProjectFile(backupFile);
  const tmp = `${projectFile}.restoring-${process.pid}`;
  const clean = (base: string) => ['-wal', '-shm', '-journal'].forEach((s) => fs.rmSync(base + s, { force: true }));
  try {
    fs.copyFileSync(backupFile, tmp);
    inspectProjectFile(tmp);
    clean(tmp);
    // The closed project's WAL was checkpointed at close; a leftover one would be replayed into the backup.
    clean(projectFile);
    fs.renameSync(tmp, projectFile);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    clean(tmp);
    if (err instanceof ClaimdeskError) throw err;
    throw new ClaimdeskError(
      'unavailable',
      `${projectFile}: could not be restored from ${backupFile} (${(err as Error).message}).`,
    );
  }
}
