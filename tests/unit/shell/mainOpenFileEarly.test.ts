/**
 * macOS sends `open-file` for a double-clicked project before the app is ready: the entry point
 * keeps the file and opens it at start-up instead of the last project or the sample.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf } from '../../../shared/ipc/contract';
import { appFrame, preventable } from './fakeElectron';
import { fake } from './fakeElectronModule';
import { prepareLaunch, untilTitle, type LaunchFolder } from './launchMain';

vi.mock('electron', async () => (await import('./fakeElectronModule')).electronModule);

let folder: LaunchFolder;
let release: () => void;

describe('a project double-clicked in the Finder while the app starts', () => {
  beforeAll(() => {
    folder = prepareLaunch((p) => (fake.app.appPath = p));
    fake.app.ready = new Promise((resolve) => (release = resolve));
  });

  afterAll(() => {
    fake.app.emit('will-quit');
    folder.cleanUp();
  });

  it('is opened once the app is ready, not the sample project', async () => {
    const file = folder.project('From Finder');
    await import('../../../electron/shell/main');
    const event = preventable();
    fake.app.emit('open-file', event, file);
    expect(event.defaultPrevented).toBe(true);
    release();
    await untilTitle('From Finder');
    expect(await fake.ipcMain.invoke(channelOf('getProject'), appFrame, [])).toMatchObject({ data: { path: file } });
  });
});
