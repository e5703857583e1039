/**
 * Running a long main-process task (export, merge) with its progress shown: the task's events
 * fill the progress store while the call runs, and Cancel asks the main process to stop it (the
 * call then answers null, as for a cancelled file dialog).
 */
import type { LongTask } from '../../shared/ipc/contract';
import { api } from '../api/client';
import { progressState } from '../stores/progressStore';

const running = new Set<LongTask>();

/** Runs `call` as `task`; the task's progress is cleared when it returns or fails. */
export async function withProgress<T>(task: LongTask, call: () => Promise<T>): Promise<T> {
  // A second call while the task runs (the main process refuses it) leaves the first one's progress shown.
  if (running.has(task)) return call();
  running.add(task);
  progressState().finished(task);
  try {
    return await call();
  } finally {
    running.delete(task);
    progressState().finished(task);
  }
}

/** The Cancel button of a running task. */
export async function cancelTask(task: LongTask): Promise<void> {
  progressState().cancelling(task);
  await api.cancelTask(task).catch(() => false);
}
