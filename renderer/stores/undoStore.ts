/**
 * The one toast the workbench shows: the outcome of the last action, with Undo when the action can
 * be undone (deleting a highlight or a claim asks nothing; Undo puts it back) or Redo after an
 * undo. A toast stays until the next action replaces or clears it. The undo itself is the undo
 * stack's (actions/undoActions.ts): the toast's button and Ctrl/Cmd+Z do the same thing.
 */
import { create } from 'zustand';

export interface ToastAction {
  label: 'Undo' | 'Redo';
  run: () => Promise<void>;
}

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** Undo (or Redo) of what the action just did; absent when there is nothing to offer. */
  action?: ToastAction;
}

interface UndoState {
  toast: Toast | null;
  show(toast: Omit<Toast, 'id'>): void;
  clear(): void;
  /** Runs the toast's action, if any, and clears it. Returns whether something ran. */
  runAction(): Promise<boolean>;
}

let nextId = 1;

export const useUndoStore = create<UndoState>()((set, get) => ({
  toast: null,
  show: (toast) => set({ toast: { ...toast, id: nextId++ } }),
  clear: () => set({ toast: null }),
  runAction: async () => {
    const action = get().toast?.action;
    if (!action) return false;
    set({ toast: null });
    await action.run();
    return true;
  },
}));

export const undoState = () => useUndoStore.getState();
