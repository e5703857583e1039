/**
 * A batch import as the import panel shows it: which file of how many is being read, whether the
 * user asked to cancel, and, file by file, what happened (added, already present, new version with
 * its re-anchoring counts, annotations restored, or failed with the reason).
 */
import { create } from 'zustand';

export type ImportRow =
  | { kind: 'added'; name: string; articleId: string; title: string }
  | { kind: 'duplicate'; name: string; articleId: string; title: string }
  | { kind: 'new-version'; name: string; articleId: string; title: string; reanchored: number; orphaned: number }
  | { kind: 'annotations'; name: string; restored: number; alreadyPresent: number; unplaced: number }
  | { kind: 'failed'; name: string; message: string };

export type ImportStatus = 'idle' | 'running' | 'done';

interface ImportState {
  status: ImportStatus;
  /** "New version of …" for a replacement; empty for an ordinary batch. */
  heading: string;
  total: number;
  /** 1-based position of the file being imported. */
  current: number;
  currentName: string;
  cancelRequested: boolean;
  rows: ImportRow[];
  /** Files left out because the user cancelled. */
  skipped: string[];
  start(total: number, heading?: string): void;
  progress(current: number, name: string): void;
  record(row: ImportRow): void;
  requestCancel(): void;
  finish(skipped: string[]): void;
  dismiss(): void;
}

export const useImportStore = create<ImportState>()((set) => ({
  status: 'idle',
  heading: '',
  total: 0,
  current: 0,
  currentName: '',
  cancelRequested: false,
  rows: [],
  skipped: [],
  start: (total, heading = '') =>
    set({
      status: 'running',
      heading,
      total,
      current: 0,
      currentName: '',
      cancelRequested: false,
      rows: [],
      skipped: [],
    }),
  progress: (current, currentName) => set({ current, currentName }),
  record: (row) => set((s) => ({ rows: [...s.rows, row] })),
  requestCancel: () => set({ cancelRequested: true }),
  finish: (skipped) => set({ status: 'done', skipped, currentName: '' }),
  dismiss: () => set({ status: 'idle', rows: [], skipped: [], heading: '' }),
}));

export const importState = () => useImportStore.getState();
