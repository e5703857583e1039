/**
 * The one toast the workbench shows: the outcome of the last action, with Undo when the action can
 * be undone (deleting a highlight or a claim asks nothing; Undo puts it back). A toast stays until
 * the next action replaces or clears it.
 */
import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** Restores what the action removed; absent when there is nothing to undo. */
  undo?: () => Promise<void>;
}

interface UndoState {
  toast: Toast | null;
  show(toast: Omit<Toast, 'id'>): void;
  clear(): void;
  /** Runs the toast's undo, if any, and clears it. Returns whether something was undone. */
  undo(): Promise<boolean>;
}

let nextId = 1;

export const useUndoStore = create<UndoState>()((set, get) => ({
  toast: null,
  show: (toast) => set({ toast: { ...toast, id: nextId++ } }),
  clear: () => set({ toast: null }),
  undo: async () => {
    const undo = get().toast?.undo;
    if (!undo) return false;
    set({ toast: null });
    await undo();
    return true;
  },
}));

export const undoState = () => useUndoStore.getState();
