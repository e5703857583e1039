/**
 * The worker thread that runs File → Merge from File (built as dist/electron/mergeWorker.cjs,
 * started by mergeOffThread.ts). It opens its own connection to the open project and runs the same
 * merge as everywhere else (mergeWithProgress.ts): the colleague's copy is checked, then absorbed
 * in one write transaction. Meanwhile the main process answers the window, which keeps reading
 * through its connection (WAL lets readers go on while this one writes).
 *
 * Cancelling sets a shared flag, which the merge reads between its steps; inside the transaction
 * that throws, and the transaction rolls back: the project stays exactly as it was. Whatever the
 * outcome, the connection and the temporary copy are gone before it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ClaimdeskError, errorToData } from '../../shared/ipc/result';
import { lockStillHas } from '../lock/projectLock';
import { openBackgroundConnection } from '../project/backgroundConnection';
import { TaskCancelled, type TaskControl } from './longTasks';
import { mergeWithProgress } from './mergeWithProgress';
import { CANCELLED, type MergeWorkerData, type MergeWorkerMessage } from './mergeWorkerProtocol';

const port = parentPort;
if (!port) throw new Error('mergeWorker runs only as a worker thread');
const post = (message: MergeWorkerMessage) => port.postMessage(message);

const job = workerData as MergeWorkerData;
const flag = new Int32Array(job.cancel);
const { path: projectPath, lockToken } = job.project;
const throwIfCancelled = () => {
  if (Atomics.load(flag, 0) === CANCELLED) throw new TaskCancelled('merge');
  // Checked after every step, the last one just before the commit: a project whose lock another
  // Claimdesk took over meanwhile (this computer slept) is not written.
  if (lockToken && !lockStillHas(projectPath, lockToken)) {
    throw new ClaimdeskError(
      'read-only',
      `${projectPath}: another Claimdesk took this project over while the merge ran, so nothing was merged.`,
    );
  }
};
const control: TaskControl = {
  // Nothing here can abort it: the flag, set from the main thread, is what the merge reads.
  signal: new AbortController().signal,
  progress: (step, done, total) => post({ type: 'progress', step, done, total }),
  checkpoint: async () => throwIfCancelled(),
  throwIfCancelled,
};

// Opened before `started`: a worker that cannot load SQLite's addon has not started, and the main
// process then merges in its own thread instead.
const project = openBackgroundConnection(job.project);
post({ type: 'started' });

async function run(): Promise<MergeWorkerMessage> {
  try {
    return { type: 'merged', report: await mergeWithProgress(project, job.otherFile, control) };
  } catch (err) {
    if (err instanceof TaskCancelled) return { type: 'cancelled' };
    return { type: 'failed', error: errorToData(err) };
  } finally {
    project.close();
  }
}

void run().then(post);
