/**
 * Long tasks running in the main process (export, merge from file), as their progress events
 * describe them: the step running, how many of how many are done, and whether the checker asked
 * to cancel. A task appears with its first event and goes when its call returns.
 */
import { create } from 'zustand';
import type { AppEvent, LongTask } from '../../shared/ipc/contract';

export type ProgressEvent = Extract<AppEvent, { type: 'progress' }>;

export interface TaskProgress {
  step: string;
  done: number;
  total: number;
  cancelling: boolean;
}

interface ProgressState {
  tasks: Partial<Record<LongTask, TaskProgress>>;
  update(event: ProgressEvent): void;
  cancelling(task: LongTask): void;
  finished(task: LongTask): void;
}

export const useProgressStore = create<ProgressState>()((set) => ({
  tasks: {},
  update: ({ task, step, done, total }) =>
    set((s) => ({
      tasks: { ...s.tasks, [task]: { step, done, total, cancelling: s.tasks[task]?.cancelling ?? false } },
    })),
  cancelling: (task) =>
    set((s) => {
      const current = s.tasks[task] ?? { step: '', done: 0, total: 1, cancelling: false };
      return { tasks: { ...s.tasks, [task]: { ...current, cancelling: true } } };
    }),
  finished: (task) =>
    set((s) => {
      const tasks = { ...s.tasks };
      delete tasks[task];
      return { tasks };
    }),
}));

export const progressState = () => useProgressStore.getState();
