/**
 * Sharing the project with colleagues, as the window knows it: the shared folder's status (and
 * whether the project file itself sits on a synced or network path), the open conflicts, the last
 * sync round and merge this session, and which of the sync views is open.
 */
import { create } from 'zustand';
import type { ClaimConflict, MergeReport, SyncReport, SyncStatus } from '../../shared/sync/syncIpcSchemas';

/** The sync views: the shared-folder dialog, the conflicts view, a merge's outcome. */
export type SyncView = 'folder' | 'conflicts' | 'merge' | null;

interface SyncState {
  status: SyncStatus | null;
  conflicts: ClaimConflict[];
  /** The last sync round with the shared folder in this session (what it published, read, skipped). */
  lastSync: { report: SyncReport; at: string } | null;
  /** The last merge of a colleague's file in this session. */
  lastMerge: MergeReport | null;
  view: SyncView;
  /** The checker chose "Not now" on the location warning for this project file. */
  warningDismissedFor: string | null;
  setStatus(status: SyncStatus): void;
  setConflicts(conflicts: ClaimConflict[]): void;
  setLastSync(report: SyncReport): void;
  setLastMerge(report: MergeReport | null): void;
  openView(view: SyncView): void;
  /** Closes `view` if it is still the one open (a dialog's close event arrives after the next view opened). */
  closeView(view: Exclude<SyncView, null>): void;
  dismissWarning(projectPath: string): void;
  /** Another project file opened in the window: this session's reports were about the previous one. */
  clearReports(): void;
  reset(): void;
}

export const useSyncStore = create<SyncState>()((set) => ({
  status: null,
  conflicts: [],
  lastSync: null,
  lastMerge: null,
  view: null,
  warningDismissedFor: null,
  setStatus: (status) => set({ status }),
  setConflicts: (conflicts) => set({ conflicts }),
  setLastSync: (report) => set({ lastSync: { report, at: new Date().toISOString() } }),
  setLastMerge: (lastMerge) => set({ lastMerge }),
  openView: (view) => set({ view }),
  closeView: (view) => set((s) => (s.view === view ? { view: null } : {})),
  dismissWarning: (warningDismissedFor) => set({ warningDismissedFor }),
  clearReports: () => set({ lastSync: null, lastMerge: null }),
  reset: () => set({ status: null, conflicts: [], lastSync: null, lastMerge: null, view: null }),
}));

export const syncState = () => useSyncStore.getState();

/** The open conflicts on one claim (for its detail's notice). */
export const useClaimConflicts = (claimId: string): ClaimConflict[] => {
  const conflicts = useSyncStore((s) => s.conflicts);
  return conflicts.filter((c) => c.claimId === claimId);
};
