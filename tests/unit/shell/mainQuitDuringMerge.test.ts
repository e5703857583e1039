/**
 * Quitting while File → Merge from File runs in its worker, through the real entry point
 * (electron/shell/main.ts) with the fake `electron` module and the built merge worker: the quit
 * waits (will-quit's default prevented) until the worker has stopped the merge, rolled back and
 * let go of the project, then quits; the project is exactly as it was.
 */
import fs from 'node:fs';
import type { OpenDialogOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf, EVENT_CHANNEL } from '../../../shared/ipc/contract';
import { useMergeWorker } from '../../../electron/api/mergeOffThread';
import { lockPathOf } from '../../../electron/lock/projectLock';
import { openProject } from '../../../electron/project/openProject';
import { createDivergedCopies, type DivergedCopies } from '../../../electron/sync/benchFixtures';
import { canonicalProjectDump } from '../../../electron/sync/projectDump';
import { buildWorker } from '../../helpers/buildWorker';
import { appFrame, preventable } from './fakeElectron';
import { electronModule, fake } from './fakeElectronModule';
import { firstWindow, prepareLaunch, until, untilTitle, type LaunchFolder } from './launchMain';

vi.mock('electron', async () => (await import('./fakeElectronModule')).electronModule);

let launch: LaunchFolder;
let copies: DivergedCopies;
let removeWorker: () => void;

const dumpOf = (file: string) => {
  const project = openProject(file, { actor: 'x', readOnly: true });
  try {
    return canonicalProjectDump(project.db);
  } finally {
    project.close();
  }
};

describe('quitting while a merge runs', () => {
  beforeAll(async () => {
    launch = prepareLaunch((p) => (fake.app.appPath = p));
    fake.app.setPath('documents', launch.dir);
    copies = createDivergedCopies(launch.dir, 8_000);
    const built = await buildWorker('electron/api/mergeWorker.ts', 'mergeWorker');
    removeWorker = built.remove;
    Object.assign(electronModule.dialog, {
      showOpenDialog: (_win: unknown, _options: OpenDialogOptions) =>
        Promise.resolve({ canceled: false, filePaths: [copies.b] }),
    });
    await import('../../../electron/shell/main');
    await until(() => firstWindow(), 'the window');
    // The app names the worker it built beside main.cjs; here, the one just built.
    useMergeWorker(built.entry);
    fake.app.emit('second-instance', {}, ['/opt/Claimdesk/claimdesk', copies.a], launch.dir);
    await untilTitle('base');
  }, 120_000);

  afterAll(() => {
    removeWorker?.();
    launch.cleanUp();
  });

  it('waits for the worker to roll back and let go of the project, then quits', async () => {
    const before = dumpOf(copies.a);
    const merging = fake.ipcMain.invoke(channelOf('mergeFile'), appFrame, []) as Promise<unknown>;
    const inTransaction = () =>
      firstWindow()!.sent.some(
        ({ channel, payload }) =>
          channel === EVENT_CHANNEL && (payload as { step?: string }).step === 'Copying the changed values',
      );
    await until(inTransaction, 'the merge to be in its transaction');

    const quit = preventable();
    fake.app.emit('will-quit', quit);
    expect(quit.defaultPrevented).toBe(true);
    await until(() => fake.app.quitCalled, 'the quit once the worker is done');
    expect(await merging).toEqual({ data: null });
    expect(dumpOf(copies.a)).toBe(before);
    // Nothing is open any more: quitting again goes through at once.
    const again = preventable();
    fake.app.emit('will-quit', again);
    expect(again.defaultPrevented).toBe(false);
    // The project's lock went with it, and its WAL was folded back in on close.
    expect(fs.existsSync(lockPathOf(copies.a))).toBe(false);
    expect(fs.existsSync(`${copies.a}-wal`)).toBe(false);
  }, 60_000);
});
