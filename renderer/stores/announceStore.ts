/**
 * What a screen reader should hear after an action that shows nothing else ("Claim created",
 * "Verdict set to Disputed", "Undone: Highlight deleted"): one polite live region reads it.
 */
import { create } from 'zustand';

interface AnnounceState {
  message: string;
  /** Bumped so the same words twice in a row are read twice. */
  id: number;
  announce(message: string): void;
}

export const useAnnounceStore = create<AnnounceState>()((set) => ({
  message: '',
  id: 0,
  announce: (message) => set((s) => ({ message, id: s.id + 1 })),
}));

export const announce = (message: string): void => useAnnounceStore.getState().announce(message);
