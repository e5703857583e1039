/**
 * One writer per project file. Whoever opens a project for writing (the app, a CLI write verb)
 * first creates `<file>.lock` beside it, a small JSON document naming the checker, host, process
 * and start time. A second opener finds it and is told who has the project open, and works
 * read-only. SQLite's own locking would only make the second writer wait or fail mid-change;
 * this says who, before anything is typed.
 *
 * - Created atomically: the JSON is written to a private temporary file and hard-linked to the
 *   lock name, which fails if the name exists (the same guarantee as O_EXCL, and a reader never
 *   sees half a document). File systems without hard links fall back to O_EXCL create + write.
 * - Heartbeat: the holder rewrites the lock (write + rename) every HEARTBEAT_MS, so a lock whose
 *   heartbeat is older than STALE_AFTER_MS belongs to a process that hung or died on another host.
 * - Stale locks are recovered: on the same host a lock whose process no longer exists is stale at
 *   once; elsewhere, after STALE_AFTER_MS without a heartbeat. Breaking a lock renames it away and
 *   checks that the renamed file is the stale one (two recoverers cannot both win).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';

export const HEARTBEAT_MS = 60_000;
export const STALE_AFTER_MS = 5 * 60_000;

export interface LockInfo {
  app: 'claimdesk';
  /** Who is working on the project (the checker name). */
  checker: string;
  host: string;
  pid: number;
  /** ISO time the lock was taken. */
  since: string;
  /** ISO time of the last heartbeat. */
  heartbeat: string;
  /** What holds it: "app" or "cli". */
  via: string;
  /** Tells this holder's lock from a later one by the same pid. */
  token: string;
}

export type LockState =
  { state: 'free' } | { state: 'held'; holder: LockInfo } | { state: 'stale'; holder: LockInfo | null; reason: string };

export interface HeldLock {
  readonly file: string;
  readonly info: LockInfo;
  /** False once another process broke the lock as stale (the holder should stop writing). */
  stillHeld(): boolean;
  release(): void;
}

export type AcquireResult = { acquired: true; lock: HeldLock } | { acquired: false; holder: LockInfo };

export interface LockOptions {
  checker: string;
  via: 'app' | 'cli';
  /** Heartbeat period; 0 disables the timer (short-lived CLI verbs). */
  heartbeatMs?: number;
  staleAfterMs?: number;
  now?: () => Date;
}

export const lockPathOf = (projectFile: string) => `${projectFile}.lock`;

function parseLock(text: string): LockInfo | null {
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    if (
      v.app === 'claimdesk' &&
      typeof v.checker === 'string' &&
      typeof v.host === 'string' &&
      typeof v.pid === 'number' &&
      typeof v.since === 'string' &&
      typeof v.heartbeat === 'string' &&
      typeof v.token === 'string'
    ) {
      return { via: 'app', ...v } as LockInfo;
    }
  } catch {
    // Not JSON: treated below like a lock of unknown origin.
  }
  return null;
}

function readLockFile(lockFile: string): { text: string; info: LockInfo | null; mtimeMs: number } | null {
  try {
    const text = fs.readFileSync(lockFile, 'utf8');
    const { mtimeMs } = fs.statSync(lockFile);
    return { text, info: parseLock(text), mtimeMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** True when a process with this pid exists on this machine. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `projectFile` is locked, and by whom; never changes anything. */
export function lockState(projectFile: string, opts: { staleAfterMs?: number; now?: () => Date } = {}): LockState {
  const found = readLockFile(lockPathOf(projectFile));
  if (!found) return { state: 'free' };
  const now = (opts.now ?? (() => new Date()))().getTime();
  const staleAfter = opts.staleAfterMs ?? STALE_AFTER_MS;
  const { info } = found;
  if (!info) {
    // Half-written by a crashed fallback writer, or not ours: stale once old enough.
    return now - found.mtimeMs > staleAfter
      ? { state: 'stale', holder: null, reason: 'the lock file is unreadable and old' }
      : { state: 'held', holder: unknownHolder(found.mtimeMs) };
  }
  if (info.host === os.hostname() && !processAlive(info.pid)) {
    return { state: 'stale', holder: info, reason: `process ${info.pid} on ${info.host} is no longer running` };
  }
  const beat = Date.parse(info.heartbeat);
  if (!Number.isFinite(beat) || now - beat > staleAfter) {
    return { state: 'stale', holder: info, reason: `no heartbeat since ${info.heartbeat}` };
  }
  return { state: 'held', holder: info };
}

function unknownHolder(mtimeMs: number): LockInfo {
  const at = new Date(mtimeMs).toISOString();
  return {
    app: 'claimdesk',
    checker: 'unknown',
    host: 'unknown',
    pid: 0,
    since: at,
    heartbeat: at,
    via: 'unknown',
    token: '',
  };
}

/** One sentence naming who holds a project, for messages. */
export function describeHolder(holder: LockInfo): string {
  const where = holder.via === 'cli' ? 'the claimdesk command' : 'Claimdesk';
  return `${holder.checker} has it open in ${where} on ${holder.host} (process ${holder.pid}) since ${holder.since}`;
}

function writeExclusive(lockFile: string, text: string): boolean {
  const tmp = `${lockFile}.${process.pid}.${randomUUID()}.tmp`;
  fs.writeFileSync(tmp, text, { flag: 'wx' });
  try {
    fs.linkSync(tmp, lockFile);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw err;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  // No hard links here (FAT, some network shares): plain O_EXCL.
  let fd: number;
  try {
    fd = fs.openSync(lockFile, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** Removes a stale lock unless someone replaced it meanwhile; true when it is gone. */
function breakStaleLock(lockFile: string, staleText: string): boolean {
  const aside = `${lockFile}.stale-${process.pid}-${randomUUID()}`;
  try {
    fs.renameSync(lockFile, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw err;
  }
  const moved = fs.readFileSync(aside, 'utf8');
  if (moved !== staleText) {
    // Another process took the lock between our read and the rename: put its lock back.
    try {
      fs.linkSync(aside, lockFile);
    } catch {
      // The name was taken again meanwhile; that holder wins.
    }
    fs.rmSync(aside, { force: true });
    return false;
  }
  fs.rmSync(aside, { force: true });
  return true;
}

/** Blocks this thread for `ms` (worker threads; a thread that may not block goes on at once). */
function pause(ms: number): void {
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  } catch {
    // A main thread where blocking is not allowed: look again straight away.
  }
}

/**
 * Whether the lock of `projectFile` is still the one taken with `token`: what another thread of the
 * holding process (the merge worker) checks before it commits. Only a lock file that names another
 * holder, or none there on a second look, says no: the holder's own heartbeat replaces the file now
 * and then (a rename, which some file systems do as delete-then-create, and which Windows can make
 * a reader fail on), so a read that fails, or finds nothing once, is looked at again.
 */
export function lockStillHas(projectFile: string, token: string, pauseMs = 100): boolean {
  const holder = (): string | null | undefined => {
    try {
      const found = readLockFile(lockPathOf(projectFile));
      return found ? (found.info?.token ?? null) : null;
    } catch {
      return undefined; // unreadable for the moment: no answer
    }
  };
  for (let look = 0; look < 3; look++) {
    const seen = holder();
    if (seen === token) return true;
    if (typeof seen === 'string') return false;
    if (look < 2) pause(pauseMs);
  }
  // Unreadable every time: not a sign of someone else, so not a reason to stop.
  return holder() !== null;
}

/** Tries to become the one writer of `projectFile`; recovers a stale lock on the way. */
export function acquireProjectLock(projectFile: string, opts: LockOptions): AcquireResult {
  const lockFile = lockPathOf(projectFile);
  const now = opts.now ?? (() => new Date());
  const at = now().toISOString();
  const info: LockInfo = {
    app: 'claimdesk',
    checker: opts.checker,
    host: os.hostname(),
    pid: process.pid,
    since: at,
    heartbeat: at,
    via: opts.via,
    token: randomUUID(),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (writeExclusive(lockFile, `${JSON.stringify(info, null, 2)}\n`))
      return { acquired: true, lock: holdLock(lockFile, info, opts) };
    const state = lockState(projectFile, opts);
    if (state.state === 'held') return { acquired: false, holder: state.holder };
    if (state.state === 'stale') {
      const found = readLockFile(lockFile);
      if (found) breakStaleLock(lockFile, found.text);
    }
  }
  const state = lockState(projectFile, opts);
  if (state.state === 'held') return { acquired: false, holder: state.holder };
  throw new Error(`${lockFile}: could not take the project lock (it keeps changing).`);
}

function holdLock(lockFile: string, info: LockInfo, opts: LockOptions): HeldLock {
  let current = info;
  let released = false;
  const mine = () => readLockFile(lockFile)?.info?.token === info.token;
  const beat = () => {
    if (released || !mine()) return;
    current = { ...current, heartbeat: (opts.now ?? (() => new Date()))().toISOString() };
    const tmp = `${lockFile}.${process.pid}.beat.tmp`;
    try {
      fs.writeFileSync(tmp, `${JSON.stringify(current, null, 2)}\n`);
      fs.renameSync(tmp, lockFile);
    } catch {
      // A missed heartbeat only makes the lock look stale sooner; the next one retries.
      fs.rmSync(tmp, { force: true });
    }
  };
  // stillHeld() runs before writes: re-read the lock only when the file changed since it was last ours.
  let verified = '';
  const stillMine = () => {
    let st: fs.Stats;
    try {
      st = fs.statSync(lockFile);
    } catch {
      return false;
    }
    const key = `${st.ino}:${st.mtimeMs}:${st.size}`;
    if (key === verified) return true;
    const ours = mine();
    verified = ours ? key : '';
    return ours;
  };
  const period = opts.heartbeatMs ?? HEARTBEAT_MS;
  const timer = period > 0 ? setInterval(beat, period) : null;
  timer?.unref();
  return {
    file: lockFile,
    get info() {
      return current;
    },
    stillHeld: () => !released && stillMine(),
    release() {
      if (released) return;
      released = true;
      if (timer) clearInterval(timer);
      if (mine()) fs.rmSync(lockFile, { force: true });
    },
  };
}
