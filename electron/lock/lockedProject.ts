/**
 * Opening a project as its one writer: take the project lock (projectLock.ts), then open the file.
 * When someone else holds the lock, the app opens the project read-only and says who has it; the
 * CLI's write verbs refuse (exit code 6) naming the holder. Closing the project releases the lock.
 *
 * A lock can also be lost while the project is open: another opener may break it as stale when
 * this process stopped beating (the laptop slept, the network share hung). From then on this
 * process must not write. A bound project checks its lock before every write (writeGuard.ts asks
 * `project.checkWriter`) and, once the lock is gone, turns read-only for good with a reason naming
 * the new holder; the app also checks periodically (confirmLock).
 */
import { ClaimdeskError } from '../../shared/ipc/result';
import { createProject, inspectProjectFile, openProject } from '../project/openProject';
import type { Project } from '../project/project';
import { acquireProjectLock, describeHolder, lockState, type HeldLock, type LockOptions } from './projectLock';

export interface LockedOpenOptions extends Omit<LockOptions, 'checker'> {
  actor: string;
  /** What to do when another process has the project: open read-only (app) or refuse (CLI). */
  whenLocked: 'read-only' | 'refuse';
  /** Create a new project file instead of opening one. */
  create?: boolean;
  /** This installation's id, the stable half of the sync replica id (electron/sync/replicaId.ts). */
  installationId?: string;
  /** Called once if the lock is taken over while the project is open (see bindLock). */
  onLockLost?: (reason: string) => void;
}

export interface LockedProject {
  project: Project;
  /** Null when the project was opened read-only because someone else holds it. */
  lock: HeldLock | null;
}

/** Why a project turned read-only after its lock was taken over, naming who has it now. */
function lockLostReason(file: string): string {
  const now = lockState(file);
  const who =
    now.state === 'held'
      ? describeHolder(now.holder)
      : 'Its lock was removed by another program, so someone else may be changing it';
  return `${who}. This window's hold on the project lapsed (the computer may have slept), so its changes are off to keep one writer; your saved work is in the file. Reopen the project once they close it.`;
}

/**
 * True while `project` is still its file's one writer; for a bound project, checks the lock now
 * (turning the project read-only if it was lost). Projects opened without a lock answer !readOnly.
 */
export function confirmLock(project: Project): boolean {
  return (project.checkWriter?.() ?? true) && !project.readOnly;
}

/**
 * Makes closing the project also release its lock, and makes the project read-only as soon as
 * the lock is found taken over (`onLost` is told once, with the reason).
 */
export function bindLock(project: Project, lock: HeldLock, onLost?: (reason: string) => void): Project {
  let closed = false;
  let lost = false;
  // writeGuard.assertWritable asks this before every write: the lock is checked right there.
  project.checkWriter = () => {
    if (!closed && !lost && !lock.stillHeld()) {
      lost = true;
      project.readOnly = true;
      project.readOnlyReason = lockLostReason(project.path);
      onLost?.(project.readOnlyReason);
    }
    return !lost;
  };
  project.lockToken = lock.info.token;
  const closeDb = project.close;
  project.close = () => {
    closed = true;
    try {
      closeDb();
    } finally {
      lock.release();
    }
  };
  return project;
}

export function openLockedProject(file: string, opts: LockedOpenOptions): LockedProject {
  // A file that is not a project must be refused as such, before any lock file appears beside it.
  // Inspected in place (it is about to be opened for writing) and only once: openProject reuses it.
  const inspected = opts.create ? undefined : inspectProjectFile(file, { inPlace: true });
  const got = acquireProjectLock(file, { ...opts, checker: opts.actor });
  if (!got.acquired) {
    const who = describeHolder(got.holder);
    if (opts.whenLocked === 'refuse' || opts.create) {
      throw new ClaimdeskError('unavailable', `${file}: ${who}. Close it there first, then try again.`);
    }
    const project = openProject(file, {
      actor: opts.actor,
      readOnly: true,
      installationId: opts.installationId,
      inspected,
    });
    project.readOnlyReason = `${who}. Changes are off until they close it.`;
    return { project, lock: null };
  }
  try {
    const project = opts.create
      ? createProject(file, { actor: opts.actor, installationId: opts.installationId })
      : openProject(file, { actor: opts.actor, readOnly: false, installationId: opts.installationId, inspected });
    return { project: bindLock(project, got.lock, opts.onLockLost), lock: got.lock };
  } catch (err) {
    got.lock.release();
    throw err;
  }
}
