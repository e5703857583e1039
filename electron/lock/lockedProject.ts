/**
 * Opening a project as its one writer: take the project lock (projectLock.ts), then open the file.
 * When someone else holds the lock, the app opens the project read-only and says who has it; the
 * CLI's write verbs refuse (exit code 6) naming the holder. Closing the project releases the lock.
 */
import { ClaimdeskError } from '../../shared/ipc/result';
import { createProject, inspectProjectFile, openProject } from '../project/openProject';
import type { Project } from '../project/project';
import { acquireProjectLock, describeHolder, type HeldLock, type LockOptions } from './projectLock';

export interface LockedOpenOptions extends Omit<LockOptions, 'checker'> {
  actor: string;
  /** What to do when another process has the project: open read-only (app) or refuse (CLI). */
  whenLocked: 'read-only' | 'refuse';
  /** Create a new project file instead of opening one. */
  create?: boolean;
  /** This installation's id, the stable half of the sync replica id (electron/sync/replicaId.ts). */
  installationId?: string;
}

export interface LockedProject {
  project: Project;
  /** Null when the project was opened read-only because someone else holds it. */
  lock: HeldLock | null;
}

/** Makes closing the project also release its lock. */
export function bindLock(project: Project, lock: HeldLock): Project {
  const closeDb = project.close;
  project.close = () => {
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
  if (!opts.create) inspectProjectFile(file);
  const got = acquireProjectLock(file, { ...opts, checker: opts.actor });
  if (!got.acquired) {
    const who = describeHolder(got.holder);
    if (opts.whenLocked === 'refuse' || opts.create) {
      throw new ClaimdeskError('unavailable', `${file}: ${who}. Close it there first, then try again.`);
    }
    const project = openProject(file, { actor: opts.actor, readOnly: true, installationId: opts.installationId });
    project.readOnlyReason = `Read-only: ${who}. Changes are off until they close it.`;
    return { project, lock: null };
  }
  try {
    const project = opts.create
      ? createProject(file, { actor: opts.actor, installationId: opts.installationId })
      : openProject(file, { actor: opts.actor, readOnly: false, installationId: opts.installationId });
    return { project: bindLock(project, got.lock), lock: got.lock };
  } catch (err) {
    got.lock.release();
    throw err;
  }
}
