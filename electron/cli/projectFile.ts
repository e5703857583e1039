/**
 * How the CLI names and opens project files. A FILE given without an extension means FILE.claimdesk
 * (when `new` creates it, or when only FILE.claimdesk exists), so `claimdesk claims desk` works.
 * Verbs that only read open the project read-only; every handle is closed before the verb returns.
 * Verbs that write take the project lock first (electron/lock/), and refuse, naming who has the
 * project open, when the app or another command holds it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ClaimdeskError } from '../../shared/ipc/result';
import { openLockedProject } from '../lock/lockedProject';
import { lockState } from '../lock/projectLock';
import { openProject } from '../project/openProject';
import { PROJECT_EXTENSION } from '../project/projectFormat';
import type { Project } from '../project/project';

/** The file `new` creates: FILE as given, with .claimdesk added when it has no extension. */
export function newProjectPath(arg: string): string {
  return path.extname(arg) === '' ? arg + PROJECT_EXTENSION : arg;
}

/** The file an existing-project verb opens: FILE as given, or FILE.claimdesk when only that exists. */
export function existingProjectPath(arg: string): string {
  if (fs.existsSync(arg) || path.extname(arg) !== '') return arg;
  const withExtension = arg + PROJECT_EXTENSION;
  return fs.existsSync(withExtension) ? withExtension : arg;
}

export interface ProjectAccess {
  actor: string;
  readOnly: boolean;
}

/** Opens the project for a verb: read-only as asked, or as its one writer (closing releases the lock). */
/**
 * How long a write verb waits for another `claimdesk` command to finish with the project. Scripts
 * often run verbs in parallel; each holds the project for milliseconds. The app holds a project
 * while it is open, so a project open in the app is refused at once.
 */
export const CLI_LOCK_WAIT_MS = 10_000;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export function openProjectForCli(fileArg: string, access: ProjectAccess): Project {
  const file = existingProjectPath(fileArg);
  if (access.readOnly) return openProject(file, access);
  const deadline = Date.now() + CLI_LOCK_WAIT_MS;
  for (;;) {
    try {
      return openLockedProject(file, { actor: access.actor, via: 'cli', whenLocked: 'refuse' }).project;
    } catch (err) {
      const state = lockState(file);
      const anotherCommand = state.state === 'held' && state.holder.via === 'cli';
      if (!(err instanceof ClaimdeskError && err.type === 'unavailable' && anotherCommand && Date.now() < deadline)) {
        throw err;
      }
      sleep(25 + Math.random() * 50);
    }
  }
}

/** Opens the project, runs `work` (synchronous, as the stores are) and always closes the handle. */
export function withProject<T>(fileArg: string, access: ProjectAccess, work: (project: Project) => T): T {
  const project = openProjectForCli(fileArg, access);
  try {
    return work(project);
  } finally {
    project.close();
  }
}
