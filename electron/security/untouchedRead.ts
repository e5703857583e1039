/**
 * Reading a project file we were only asked to look at (claimdesk check, the checks before a file
 * is opened, a file about to be refused) without leaving anything beside it. SQLite opening a
 * WAL-mode file, even read-only, creates `-wal` and `-shm` files next to it when they are missing,
 * and they stay behind: a checked or refused file would not be left as it was found (and a
 * read-only folder would make the read fail). So when those files are missing, SQLite gets a
 * private copy in a temporary folder instead (the file, plus its -wal if one was left beside it).
 * When both already exist, someone has the project open (or crashed with it open): reading in
 * place adds nothing, and a copy could catch the two files mid-checkpoint. A rollback-journal file
 * is read in place: SQLite creates nothing to read it.
 *
 * A file about to be opened for writing anyway is read in place (readInPlaceUnlessRefused): its
 * -wal/-shm are expected then, and copying a large project at every open would be slow. Only if the
 * read refuses the file are the -wal/-shm it created removed again, so a refused file is left as found.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Header bytes 18 and 19 (file format write/read version): 2 means WAL mode. */
function isWalMode(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(2);
    return fs.readSync(fd, buf, 0, 2, 18) === 2 && (buf[0] === 2 || buf[1] === 2);
  } finally {
    fs.closeSync(fd);
  }
}

export interface ReadablePath {
  /** What to open read-only: `file` itself, or a private copy of it. */
  path: string;
  /** Removes the private copy, if one was made. */
  dispose(): void;
}

/** A path SQLite can open read-only without creating any file beside `file`. */
export function readablePathFor(file: string): ReadablePath {
  const hasWal = fs.existsSync(`${file}-wal`);
  const hasShm = fs.existsSync(`${file}-shm`);
  if ((hasWal && hasShm) || !isWalMode(file)) return { path: file, dispose: () => undefined };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-read-'));
  const copy = path.join(dir, 'snapshot.claimdesk');
  try {
    fs.copyFileSync(file, copy, fs.constants.COPYFILE_FICLONE);
    if (hasWal) fs.copyFileSync(`${file}-wal`, `${copy}-wal`, fs.constants.COPYFILE_FICLONE);
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return { path: copy, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `read` on a path that reads `file` without leaving anything beside it. */
export function readUntouched<T>(file: string, read: (readable: string) => T): T {
  const readable = readablePathFor(file);
  try {
    return read(readable.path);
  } finally {
    readable.dispose();
  }
}

/**
 * Runs `read` on `file` itself (for a file about to be opened for writing). If `read` throws, the
 * file is refused: the -wal/-shm that were not beside it before are removed (`read` must have closed
 * its connection by then). A -wal that is no longer empty is kept: something else wrote to it.
 */
export function readInPlaceUnlessRefused<T>(file: string, read: (readable: string) => T): T {
  const hadWal = fs.existsSync(`${file}-wal`);
  const hadShm = fs.existsSync(`${file}-shm`);
  try {
    return read(file);
  } catch (err) {
    const walUnused = !fs.existsSync(`${file}-wal`) || fs.statSync(`${file}-wal`).size === 0;
    if (walUnused) {
      if (!hadWal) fs.rmSync(`${file}-wal`, { force: true });
      if (!hadShm) fs.rmSync(`${file}-shm`, { force: true });
    }
    throw err;
  }
}
