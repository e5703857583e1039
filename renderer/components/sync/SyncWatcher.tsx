/**
 * Keeps the window's view of sharing current without touching the other stores: the folder
 * status and the conflicts are read again whenever the project is (re)loaded or its claims change
 * (an edit adds an unpublished change; a merge or a resolution opens or closes conflicts), and the
 * checker's settings once, so a first run asks for the checker's name before work starts.
 */
import { useEffect } from 'react';
import { loadSettings } from '../../actions/settingsActions';
import { loadSyncState } from '../../actions/syncActions';
import { useClaimStore } from '../../stores/claimStore';
import { useProjectStore } from '../../stores/projectStore';
import { syncState } from '../../stores/syncStore';

/** Runs `load` now, and once more after it if asked again meanwhile (never two at once). */
function coalesced(load: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    // Sync may be unavailable for this window (no project, an old main process): nothing to show then.
    void load()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return run;
}

export function SyncWatcher() {
  useEffect(() => {
    const reload = coalesced(loadSyncState);
    reload();
    void loadSettings().catch(() => undefined);
    const offProject = useProjectStore.subscribe((s, prev) => {
      if (s.project?.path !== prev.project?.path) syncState().clearReports();
      if (s.project !== prev.project) reload();
    });
    const offClaims = useClaimStore.subscribe((s, prev) => {
      if (s.claims !== prev.claims) reload();
    });
    return () => {
      offProject();
      offClaims();
    };
  }, []);
  return null;
}
