/**
 * The app's shared-folder sync for an open project (startFolderSync): one round as soon as the
 * project opens, reading what colleagues wrote while it was closed, then one whenever a
 * colleague's change file appears in the folder.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getClaim, updateClaim } from '../../../electron/claims/claimStore';
import { startFolderSync } from '../../../electron/sync/folderWatcher';
import { linkSyncFolder, syncRound } from '../../../electron/sync/syncFolder';
import type { SyncReport } from '../../../shared/sync/syncIpcSchemas';
import { closeAll, createBase, fastTempDir, replicasOf, type Replica } from './replicas';

const opened: Replica[][] = [];
const stops: (() => void)[] = [];
afterEach(() => {
  while (stops.length) stops.pop()!();
  while (opened.length) closeAll(opened.pop()!);
});

/** Ana's and Ben's copies of one project, Ana's linked to a fresh shared folder. */
function anaAndBen() {
  const base = createBase();
  const replicas = replicasOf(base, ['Ana', 'Ben']);
  opened.push(replicas);
  const [ana, ben] = replicas as [Replica, Replica];
  const folder = fastTempDir('claimdesk-shared-');
  linkSyncFolder(ana.project, folder);
  return { ana, ben, folder, claimId: base.claimIds[0]! };
}

describe('shared-folder sync while a project is open', () => {
  it('reads colleagues’ files at open, then each new one as it appears', async () => {
    const { ana, ben, folder, claimId } = anaAndBen();
    // Written while Ana's project was closed.
    updateClaim(ben.project, claimId, { verdict: 'disputed' });
    const first = syncRound(ben.project, folder).published!;

    const rounds: SyncReport[] = [];
    const errors: unknown[] = [];
    stops.push(
      startFolderSync(ana.project, { onRound: (r) => rounds.push(r), onError: (e) => errors.push(e), pollMs: 50 }),
    );
    expect(rounds).toHaveLength(1);
    expect(rounds[0]!.read).toEqual([first]);
    expect(getClaim(ana.project, claimId).verdict).toBe('disputed');

    updateClaim(ben.project, claimId, { rationale: 'court record' });
    const second = syncRound(ben.project, folder).published!;
    await vi.waitFor(() => expect(rounds.flatMap((r) => r.read)).toContain(second), { timeout: 5_000, interval: 50 });
    expect(getClaim(ana.project, claimId).rationale).toBe('court record');
    expect(errors).toEqual([]);
  });

  it('holds a round while a merge is writing the project, and runs it once the merge is done', async () => {
    const { ana, ben, folder, claimId } = anaAndBen();
    updateClaim(ben.project, claimId, { verdict: 'verified' });
    const published = syncRound(ben.project, folder).published!;

    ana.project.busyWith = 'the merge of Ben.claimdesk';
    const rounds: SyncReport[] = [];
    const errors: unknown[] = [];
    stops.push(
      startFolderSync(ana.project, {
        onRound: (r) => rounds.push(r),
        onError: (e) => errors.push(e),
        pollMs: 50,
        busyRetryMs: 50,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(rounds).toEqual([]);
    expect(getClaim(ana.project, claimId).verdict).toBe('unverified');

    ana.project.busyWith = undefined;
    await vi.waitFor(() => expect(rounds.flatMap((r) => r.read)).toContain(published), {
      timeout: 5_000,
      interval: 50,
    });
    expect(getClaim(ana.project, claimId).verdict).toBe('verified');
    expect(errors).toEqual([]);
  });

  it('does nothing for a project that is not linked to a folder', () => {
    const base = createBase();
    const replicas = replicasOf(base, ['Ana']);
    opened.push(replicas);
    const rounds: SyncReport[] = [];
    stops.push(startFolderSync(replicas[0]!.project, { onRound: (r) => rounds.push(r), onError: () => undefined }));
    expect(rounds).toEqual([]);
  });
});
