/**
 * Transient workbench state that is not project data: the text selection waiting for a claim, the
 * highlight in focus, the overlap chooser, the highlight or passage to flash after a jump, and
 * dialogs (search, keyboard shortcuts, add article, export).
 */
import { create } from 'zustand';

/** A box in the coordinates of the article sheet (the popovers' positioned ancestor). */
export interface SheetRect {
  left: number;
  top: number;
  width: number;
  height: number;
  /** The sheet's width, to keep a popover inside it. */
  sheetWidth: number;
  /** Where a popover fits: below the box unless the window has too little room left there. */
  placement: 'below' | 'above';
}

/** A passage the user selected in the article, in plain-text offsets. */
export interface PendingSelection {
  articleId: string;
  start: number;
  end: number;
  quote: string;
  rect: SheetRect;
}

/** Several claims' highlights under one click: the user picks which claim to open. */
export interface OverlapChoice {
  spanIds: string[];
  rect: SheetRect;
}

interface UiState {
  pending: PendingSelection | null;
  /** The highlight (span) the user clicked: Delete removes it. */
  focusedSpanId: string | null;
  overlap: OverlapChoice | null;
  /** Scroll to and flash this span once its article is on screen; the nonce repeats a flash. */
  flash: { spanId: string; nonce: number } | null;
  /** A passage (not a highlight) to scroll to and flash, e.g. a search hit; the nonce repeats it. */
  passage: { articleId: string; start: number; end: number; nonce: number } | null;
  searchOpen: boolean;
  shortcutsOpen: boolean;
  addArticleOpen: boolean;
  exportOpen: boolean;
  /** Bumped to move keyboard focus to the claim search. */
  findClaimNonce: number;
  setPending(pending: PendingSelection | null): void;
  setFocusedSpan(spanId: string | null): void;
  setOverlap(overlap: OverlapChoice | null): void;
  flashSpan(spanId: string): void;
  clearFlash(): void;
  showPassage(articleId: string, start: number, end: number): void;
  clearPassage(): void;
  setSearchOpen(open: boolean): void;
  setShortcutsOpen(open: boolean): void;
  setAddArticleOpen(open: boolean): void;
  setExportOpen(open: boolean): void;
  focusClaimSearch(): void;
}

export const useUiStore = create<UiState>()((set) => ({
  pending: null,
  focusedSpanId: null,
  overlap: null,
  flash: null,
  passage: null,
  searchOpen: false,
  shortcutsOpen: false,
  addArticleOpen: false,
  exportOpen: false,
  findClaimNonce: 0,
  setPending: (pending) => set({ pending }),
  setFocusedSpan: (focusedSpanId) => set({ focusedSpanId }),
  setOverlap: (overlap) => set({ overlap }),
  flashSpan: (spanId) => set((s) => ({ flash: { spanId, nonce: (s.flash?.nonce ?? 0) + 1 } })),
  clearFlash: () => set({ flash: null }),
  showPassage: (articleId, start, end) =>
    set((s) => ({ passage: { articleId, start, end, nonce: (s.passage?.nonce ?? 0) + 1 } })),
  clearPassage: () => set({ passage: null }),
  setSearchOpen: (searchOpen) => set({ searchOpen }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setAddArticleOpen: (addArticleOpen) => set({ addArticleOpen }),
  setExportOpen: (exportOpen) => set({ exportOpen }),
  focusClaimSearch: () => set((s) => ({ findClaimNonce: s.findClaimNonce + 1 })),
}));

export const uiState = () => useUiStore.getState();
