/**
 * The sync IPC methods through the one IPC door (dispatch), as the renderer will call them: files
 * and folders come from the main process's dialogs (here a SyncHost answering from a queue), and
 * every result is checked against the contract.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/api/handlers';
import { dispatch } from '../../../electron/api/dispatch';
import { NO_HOST } from '../../../electron/api/hostServices';
import type { Workspace } from '../../../electron/api/workspace';
import { updateClaim } from '../../../electron/claims/claimStore';
import type { Project } from '../../../electron/project/project';
import type { SyncHost } from '../../../electron/sync/syncHandlers';
import { ClaimdeskError } from '../../../shared/ipc/result';
import { closeAll, createBase, fastTempDir, replicasOf, type Replica } from './replicas';

const opened: Replica[][] = [];
afterEach(() => {
  while (opened.length) closeAll(opened.pop()!);
});

function workspaceOf(project: () => Project): Workspace {
  return {
    project,
    current: project,
    recentProjects: () => [],
    fileCommand: async () => undefined,
    openRecent: async () => undefined,
  };
}

function setup() {
  const base = createBase();
  const replicas = replicasOf(base, ['Ana', 'Ben']);
  opened.push(replicas);
  const [ana, ben] = replicas as [Replica, Replica];
  let current = ana.project;
  const answers: (string | null)[] = [];
  const switched: string[] = [];
  const host: SyncHost = {
    chooseMergeFile: async () => answers.shift() ?? null,
    chooseSyncFolder: async () => answers.shift() ?? null,
    chooseLocalCopyPath: async () => answers.shift() ?? null,
    openProjectFile: async (file) => void switched.push(file),
  };
  const handlers = createHandlers(
    workspaceOf(() => {
      if (!current) throw new ClaimdeskError('unavailable', 'No project is open.');
      return current;
    }),
    NO_HOST,
    host,
  );
  const call = (method: string, ...args: unknown[]) => dispatch(handlers, method, args, { validateResults: true });
  return { base, ana, ben, answers, switched, call, use: (p: Project) => (current = p) };
}

describe('sync over IPC', () => {
  it('merges a file chosen in the dialog, lists the conflict and settles it', async () => {
    const t = setup();
    const claimId = t.base.claimIds[0]!;
    updateClaim(t.ana.project, claimId, { verdict: 'disputed' });
    updateClaim(t.ben.project, claimId, { verdict: 'verified' });

    expect(await t.call('mergeFile')).toEqual({ data: null });
    t.answers.push(t.ben.file);
    expect(await t.call('mergeFile')).toMatchObject({ data: { file: t.ben.file, changes: 1, conflicts: 1 } });
    const listed = await t.call('listConflicts');
    expect(listed).toMatchObject({ data: [{ id: `${claimId}/verdict`, field: 'verdict' }] });

    expect(await t.call('resolveConflict', { conflictId: `${claimId}/verdict`, value: 'maybe' })).toMatchObject({
      error: { type: 'invalid-input' },
    });
    expect(
      await t.call('resolveConflict', { conflictId: `${claimId}/verdict`, value: 'verified', extra: 1 }),
    ).toMatchObject({
      error: { type: 'invalid-input' },
    });
    expect(await t.call('resolveConflict', { conflictId: `${claimId}/verdict`, value: 'verified' })).toEqual({
      data: [],
    });
  });

  it('links a shared folder chosen in the dialog, syncs, reports status, and unlinks', async () => {
    const t = setup();
    const folder = fastTempDir('claimdesk-shared-');
    expect(await t.call('syncNow')).toMatchObject({ error: { type: 'unavailable' } });
    t.answers.push(folder);
    const linked = await t.call('linkSyncFolder');
    expect(linked).toMatchObject({ data: { folder, read: [], skipped: [] } });
    expect((linked as { data: { published: string } }).data.published).toMatch(/\.claimdesk-changes$/);
    expect(await t.call('syncNow')).toMatchObject({ data: { published: null } });
    expect(await t.call('syncStatus')).toMatchObject({ data: { folder, folderAvailable: true, unpublished: 0 } });
    expect(await t.call('unlinkSyncFolder')).toMatchObject({ data: { folder: null } });
  });

  it('makes a local copy linked to the original’s folder and switches to it', async () => {
    const t = setup();
    const dest = path.join(fastTempDir('claimdesk-local-'), 'desk.claimdesk');
    t.answers.push(dest);
    expect(await t.call('makeLocalCopy')).toEqual({ data: dest });
    expect(t.switched).toEqual([dest]);
    expect(fs.readdirSync(path.dirname(t.ana.file)).some((n) => n.endsWith('.claimdesk-changes'))).toBe(true);
  });
});
