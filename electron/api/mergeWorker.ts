/**
 * The worker thread that runs File → Merge from File (built as dist/electron/mergeWorker.cjs,
 * started by mergeOffThread.ts). It opens its own connection to the open project and runs the same
 * merge as everywhere else (mergeWithProgress.ts): the colleague's copy is checked, then absorbed
 * in one write transaction. Meanwhile the main process answers the window, which keeps reading
 * through its connection (WAL lets readers go on while this one writes).
 *
 * Cancelling sets a shared flag, which the merge reads between its steps; inside the transaction
 * that throws, and the transaction rolls back: the project stays exactly as it was.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ClaimdeskError } from '../../shared/ipc/result';
import { openBackgroundConnection } from '../project/backgroundConnection';
import type { Project } from '../project/project';
import { TaskCancelled, type TaskControl } from './longTasks';
import { mergeWithProgress } from './mergeWithProgress';
import { CANCELLED, type MergeWorkerData, type MergeWorkerMessage } from './mergeWorkerProtocol';

const port = parentPort;
if (!port) throw new Error('mergeWorker runs only as a worker thread');
const post = (message: MergeWorkerMessage) => port.postMessage(message);

const job = workerData as MergeWorkerData;
const flag = new Int32Array(job.cancel);
const throwIfCancelled = () => {
  if (Atomics.load(flag, 0) === CANCELLED) throw new TaskCancelled('merge');
};
const control: TaskControl = {
  // Nothing here can abort it: the flag, set from the main thread, is what the merge reads.
  signal: new AbortController().signal,
  progress: (step, done, total) => post({ type: 'progress', step, done, total }),
  checkpoint: async () => throwIfCancelled(),
  throwIfCancelled,
};

async function run(): Promise<MergeWorkerMessage> {
  let project: Project | undefined;
  try {
    project = openBackgroundConnection(job.project);
    return { type: 'merged', report: await mergeWithProgress(project, job.otherFile, control) };
  } catch (err) {
    if (err instanceof TaskCancelled) return { type: 'cancelled' };
    return {
      type: 'failed',
      error: {
        type: err instanceof ClaimdeskError ? err.type : null,
        message: err instanceof Error ? err.message : String(err),
      },
    };
  } finally {
    // Closed before the outcome is sent: once the main process hears it, the file is its own again.
    project?.close();
  }
}

post({ type: 'started' });
void run().then(post);
