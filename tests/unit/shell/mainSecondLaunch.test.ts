/**
 * A second Claimdesk started while one runs does not get the single-instance lock: it quits at
 * once, opening no window and no project (the running one receives its file via 'second-instance').
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fake, FakeAppWindow } from './fakeElectronModule';
import { prepareLaunch, type LaunchFolder } from './launchMain';

vi.mock('electron', async () => (await import('./fakeElectronModule')).electronModule);

let folder: LaunchFolder;

describe('a second launch', () => {
  beforeAll(() => {
    folder = prepareLaunch((p) => (fake.app.appPath = p));
    fake.app.gotLock = false;
  });

  afterAll(() => folder.cleanUp());

  it('quits without a window, a project or an IPC handler when another instance holds the lock', async () => {
    await import('../../../electron/shell/main');
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.app.quitCalled).toBe(true);
    expect(FakeAppWindow.windows).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(fake.app.listenerCount('second-instance')).toBe(0);
  });
});
