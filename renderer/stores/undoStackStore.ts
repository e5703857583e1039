/**
 * The undo and redo stacks of this window's changes to the open project. They are kept in
 * sessionStorage, tagged with the project's path, so a reload of the window keeps them (the same
 * session, the same file) and another project never sees them. What is read back is checked
 * against the entry schema; a stack that does not fit is dropped whole.
 */
import { create } from 'zustand';
import { z } from 'zod';
import { UndoEntrySchema, withEvidenceId, type UndoEntry } from '../undo/undoEntry';

const STORAGE_KEY = 'claimdesk.undo.v1';
const MAX_ENTRIES = 100;

const StoredSchema = z.object({
  projectPath: z.string(),
  past: z.array(UndoEntrySchema).max(MAX_ENTRIES),
  future: z.array(UndoEntrySchema).max(MAX_ENTRIES),
});

interface UndoStackState {
  projectPath: string | null;
  /** Oldest first: the last entry is what Undo reverts. */
  past: UndoEntry[];
  /** Oldest first: the last entry is what Redo applies again. */
  future: UndoEntry[];
  /** Loads the stacks saved for this project in this session (empty for another project). */
  loadFor(projectPath: string | null): void;
  /** A new change: it goes on the undo stack and the redo stack is emptied. */
  record(entry: UndoEntry): void;
  /**
   * Moves the last undo entry to the redo stack (after it was undone), or back. By position, not by
   * identity: re-adding evidence replaces entries with copies carrying the new id.
   */
  moveLast(from: 'past' | 'future'): void;
  /** Drops the last entry of a stack: it can no longer be applied (e.g. its claim was removed elsewhere). */
  dropLast(from: 'past' | 'future'): void;
  /** Re-added evidence has a new id: every entry about the old one follows it. */
  renameEvidence(from: string, to: string): void;
}

function readStored(projectPath: string): Pick<UndoStackState, 'past' | 'future'> {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return { past: [], future: [] };
    const parsed = StoredSchema.safeParse(JSON.parse(raw));
    if (!parsed.success || parsed.data.projectPath !== projectPath) return { past: [], future: [] };
    return { past: parsed.data.past, future: parsed.data.future };
  } catch {
    return { past: [], future: [] };
  }
}

function save({ projectPath, past, future }: Pick<UndoStackState, 'projectPath' | 'past' | 'future'>): void {
  try {
    if (projectPath === null) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ projectPath, past, future }));
  } catch {
    // Storage full or unavailable: undo still works until the window reloads.
  }
}

export const useUndoStackStore = create<UndoStackState>()((set, get) => {
  const update = (patch: Partial<Pick<UndoStackState, 'past' | 'future'>>) => {
    set(patch);
    save(get());
  };
  return {
    projectPath: null,
    past: [],
    future: [],
    loadFor: (projectPath) => {
      if (projectPath === get().projectPath) return;
      set({ projectPath, ...(projectPath ? readStored(projectPath) : { past: [], future: [] }) });
    },
    record: (entry) => update({ past: [...get().past, entry].slice(-MAX_ENTRIES), future: [] }),
    moveLast: (from) => {
      const to = from === 'past' ? 'future' : 'past';
      const entry = get()[from].at(-1);
      if (!entry) return;
      update({ [from]: get()[from].slice(0, -1), [to]: [...get()[to], entry].slice(-MAX_ENTRIES) });
    },
    dropLast: (from) => update({ [from]: get()[from].slice(0, -1) }),
    renameEvidence: (from, to) =>
      update({
        past: get().past.map((e) => withEvidenceId(e, from, to)),
        future: get().future.map((e) => withEvidenceId(e, from, to)),
      }),
  };
});

export const undoStackState = () => useUndoStackStore.getState();
