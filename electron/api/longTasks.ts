/**
 * Long work the window waits for (export, merge from file): each run reports its steps to the
 * window as progress events and can be cancelled with the `cancelTask` IPC method. Cancelling is
 * cooperative: the work stops at its next checkpoint (checkpoints first yield to the event loop,
 * so a Cancel click that arrived meanwhile is seen), undoes what it started, and the method
 * answers null, as when the checker cancels its file dialog.
 */
import type { AppEvent, LongTask } from '../../shared/ipc/contract';

export type ProgressEvent = Extract<AppEvent, { type: 'progress' }>;

/** Thrown at a checkpoint of a cancelled task; `LongTasks.run` turns it into null. */
export class TaskCancelled extends Error {
  constructor(readonly task: LongTask) {
    super(`${task} cancelled`);
    this.name = 'TaskCancelled';
  }
}

export interface TaskControl {
  readonly signal: AbortSignal;
  /** Tells the window which step is running (`done` of `total` steps finished). */
  progress(step: string, done: number, total: number): void;
  /** Lets pending events (a Cancel click) in, then throws TaskCancelled if the task was cancelled. */
  checkpoint(): Promise<void>;
  /** Throws TaskCancelled if the task was cancelled, without yielding (inside a transaction). */
  throwIfCancelled(): void;
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

export class LongTasks {
  private readonly running = new Map<LongTask, AbortController>();

  constructor(private readonly notify: (event: ProgressEvent) => void = () => undefined) {}

  /** Runs `work` as `task`; null when it was cancelled. One run of each task at a time. */
  async run<T>(task: LongTask, work: (control: TaskControl) => Promise<T>): Promise<T | null> {
    this.running.get(task)?.abort();
    const controller = new AbortController();
    this.running.set(task, controller);
    const throwIfCancelled = () => {
      if (controller.signal.aborted) throw new TaskCancelled(task);
    };
    const control: TaskControl = {
      signal: controller.signal,
      progress: (step, done, total) => this.notify({ type: 'progress', task, step, done, total }),
      checkpoint: async () => {
        await yieldToEvents();
        throwIfCancelled();
      },
      throwIfCancelled,
    };
    try {
      return await work(control);
    } catch (err) {
      if (err instanceof TaskCancelled && err.task === task) return null;
      throw err;
    } finally {
      if (this.running.get(task) === controller) this.running.delete(task);
    }
  }

  /** Whether a run of `task` is going on. */
  isRunning(task: LongTask): boolean {
    return this.running.has(task);
  }

  /** Asks a running task to stop; false when none was running. */
  cancel(task: LongTask): boolean {
    const controller = this.running.get(task);
    if (!controller) return false;
    controller.abort();
    return true;
  }
}

/**
 * Waits for `promise` unless the task is cancelled first: then it rejects at once with
 * TaskCancelled, and `cleanUp` runs when the abandoned work settles (to remove what it wrote).
 */
export function unlessCancelled<T>(
  promise: Promise<T>,
  control: TaskControl,
  task: LongTask,
  cleanUp: () => void,
): Promise<T> {
  if (control.signal.aborted) {
    void promise.then(cleanUp, cleanUp);
    return Promise.reject(new TaskCancelled(task));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      void promise.then(cleanUp, cleanUp);
      reject(new TaskCancelled(task));
    };
    control.signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        control.signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        control.signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}
