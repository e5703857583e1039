/**
 * File → Merge from File off the main thread: the merge runs in a worker (mergeWorker.ts) on its
 * own connection, so menus, IPC and the window stay responsive for the seconds a large merge takes,
 * and Cancel is heard at once and stops the merge at its next step, even inside its transaction
 * (which then rolls back). The app names the built worker once at start (useMergeWorker); the CLI
 * and tests that do not merge in this thread instead, with the same steps and results.
 *
 * While the worker writes, the open project refuses changes with a message saying a merge is
 * running (writeGuard.ts) rather than waiting for SQLite's lock; reading goes on as usual. Closing
 * the project cancels the merge; its connection and lock are released once the worker has rolled
 * back and let go of the file. If the worker cannot start (or cannot load SQLite), the merge runs
 * in this thread.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ClaimdeskError, errorFromData } from '../../shared/ipc/result';
import type { MergeReport } from '../../shared/sync/syncIpcSchemas';
import type { Project } from '../project/project';
import { assertWritable } from '../project/writeGuard';
import { samePath } from '../settings/recentProjects';
import { TaskCancelled, type TaskControl } from './longTasks';
import { mergeWithProgress } from './mergeWithProgress';
import { CANCELLED, type MergeWorkerData, type MergeWorkerMessage } from './mergeWorkerProtocol';

let workerEntry: string | null = null;
/** Workers still running (their merges cancelled or not), each with a promise settled once it has exited. */
const runningWorkers = new Map<Worker, Promise<void>>();

/**
 * Settles once every merge worker has exited, or null when none runs: quitting waits for it, so a
 * cancelled merge rolls back, removes its copy of the colleague's file and lets go of the lock.
 */
export function mergeWorkersDone(): Promise<void> | null {
  return runningWorkers.size ? Promise.all(runningWorkers.values()).then(() => undefined) : null;
}

/** Projects closed while their merge ran, by path, each with the exit of the worker still holding it. */
const lettingGo = new Map<string, Promise<void>>();

/**
 * Settles once the project at `file`, if it was closed mid-merge, has been let go by its worker
 * (rolled back, connection closed, lock released); null when nothing holds it.
 */
export function projectLetGo(file: string): Promise<void> | null {
  for (const [held, done] of lettingGo) if (samePath(held, file)) return done;
  return null;
}

/** Ends every merge worker now (quitting gave up waiting): uncommitted, their transactions roll back. */
export async function stopMergeWorkers(): Promise<void> {
  await Promise.all([...runningWorkers.keys()].map((w) => w.terminate()));
}

/** The app calls this once at start with the built worker (dist/electron/mergeWorker.cjs). */
export function useMergeWorker(entry: string | null): void {
  workerEntry = entry;
}

/** Merges `otherFile` into `project` as a long task: in the worker when the app has one. */
export function mergeOffThread(project: Project, otherFile: string, control: TaskControl): Promise<MergeReport> {
  if (!workerEntry || !fs.existsSync(workerEntry) || !project.sync) {
    return mergeWithProgress(project, otherFile, control);
  }
  return mergeInWorker(workerEntry, project, otherFile, control);
}

/** Thrown when the worker could not even start: the merge then runs in this thread. */
class WorkerDidNotStart extends Error {}

/** The merge in a worker started from `entry`; see the module comment. */
export async function mergeInWorker(
  entry: string,
  project: Project,
  otherFile: string,
  control: TaskControl,
): Promise<MergeReport> {
  assertWritable(project);
  control.throwIfCancelled();
  try {
    return await runWorker(entry, project, path.resolve(otherFile), control);
  } catch (err) {
    if (!(err instanceof WorkerDidNotStart)) throw err;
    console.warn('Claimdesk: the merge worker did not start; merging in the main process.', err.message);
    return mergeWithProgress(project, otherFile, control);
  }
}

function runWorker(entry: string, project: Project, otherFile: string, control: TaskControl): Promise<MergeReport> {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const data: MergeWorkerData = {
    project: {
      path: project.path,
      actor: project.actor,
      replicaId: project.sync!.replicaId,
      lockToken: project.lockToken,
    },
    otherFile,
    cancel: flag.buffer as SharedArrayBuffer,
  };
  let worker: Worker;
  try {
    worker = new Worker(entry, { workerData: data });
  } catch (err) {
    return Promise.reject(new WorkerDidNotStart((err as Error).message));
  }
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  runningWorkers.set(worker, exited);
  void exited.then(() => runningWorkers.delete(worker));
  const cancel = () => Atomics.store(flag, 0, CANCELLED);
  const cancelled = () => Atomics.load(flag, 0) === CANCELLED;
  control.signal.addEventListener('abort', cancel, { once: true });

  project.busyWith = `the merge of ${path.basename(otherFile)}`;
  const closeProject = project.close;
  let closeWhenDone = false;
  project.close = () => {
    // The worker stops at its next step and rolls back. The connection and the lock are let go
    // only once it has, so nobody else can open the file while the worker still writes to it.
    cancel();
    closeWhenDone = true;
    lettingGo.set(project.path, exited);
  };

  return new Promise<MergeReport>((resolve, reject) => {
    let started = false;
    let outcome: MergeWorkerMessage | undefined;
    let crash: Error | undefined;
    worker.on('message', (message: MergeWorkerMessage) => {
      if (message.type === 'started') started = true;
      else if (message.type === 'progress') control.progress(message.step, message.done, message.total);
      else outcome = message;
    });
    worker.on('error', (err) => (crash = err));
    // Settled once the worker is gone, so the project is this thread's alone again.
    worker.on('exit', (code) => {
      control.signal.removeEventListener('abort', cancel);
      project.busyWith = undefined;
      project.close = closeProject;
      if (closeWhenDone) {
        closeProject.call(project);
        lettingGo.delete(project.path);
      }
      if (outcome?.type === 'merged') resolve(outcome.report);
      else if (outcome?.type === 'failed') {
        // A lock taken over (the worker's refusal) turns the window read-only now, not at the next check.
        project.checkWriter?.();
        reject(errorFromData(outcome.error));
      } else if (outcome?.type === 'cancelled' || cancelled()) reject(new TaskCancelled('merge'));
      else if (!started) reject(new WorkerDidNotStart(crash?.message ?? `exit ${code}`));
      else {
        // Its one transaction either committed or rolled back whole; merging again brings what is missing.
        const why = crash?.message ?? `it exited with code ${code}`;
        reject(
          new ClaimdeskError(
            'internal',
            `${otherFile}: the merge stopped unexpectedly (${why}). The project holds either all of it or none of it; merge the file again to be sure.`,
          ),
        );
      }
    });
  });
}
