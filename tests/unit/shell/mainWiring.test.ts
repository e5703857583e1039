/**
 * Loads the real entry point (electron/shell/main.ts) against a fake `electron` module and checks
 * the wiring a user depends on: first start opens the sample project in a locked-down window,
 * the IPC door answers the window, menus drive the workspace, a second launch hands over its file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf, EVENT_CHANNEL } from '../../../shared/ipc/contract';
import { createProject } from '../../../electron/project/openProject';
import { fake, FakeAppWindow } from './fakeElectronModule';
import { appFrame } from './fakeElectron';
import { articleTitlesInWindow, menuItem as findMenuItem, prepareLaunch, until, type LaunchFolder } from './launchMain';

vi.mock('electron', async () => (await import('./fakeElectronModule')).electronModule);

let launch: LaunchFolder;
let dir: string;
let userData: string;

const win = () => FakeAppWindow.windows[0]!;
const menuItem = (id: string) => findMenuItem(id)!;
const articles = articleTitlesInWindow;

describe('the main process entry point', () => {
  beforeAll(async () => {
    // One folder for the whole file: the app runs across all the tests.
    launch = prepareLaunch((p) => (fake.app.appPath = p));
    ({ dir, userData } = launch);
    await import('../../../electron/shell/main');
    await until(() => FakeAppWindow.windows[0], 'the window');
  });

  afterAll(() => {
    fake.app.emit('will-quit');
    launch.cleanUp();
  });

  it('registers the app scheme as privileged and serves the built renderer on it', async () => {
    expect(fake.privileged).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    const res = await fake.protocolHandlers.get('app')!(new Request('app://claimdesk/index.html'));
    expect(await res.text()).toContain('<title>Claimdesk</title>');
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
  });

  it('uses its own user data folder and denies permissions', () => {
    expect(fake.app.getPath('userData')).toBe(userData);
    expect(fake.permissionHandlers).toBe(2);
  });

  it('opens the sample project on first start, in a locked-down window on the app page', async () => {
    expect(win().loadedUrl).toBe('app://claimdesk/index.html');
    expect(win().options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(win().options.webPreferences?.preload).toMatch(/preload\.cjs$/);
    expect(win().title).toBe('Sample project — Claimdesk');
    expect(await articles()).toEqual([
      'US Detainees Released, Political Prisoner Debate Flares',
      'Venezuela Starts Freeing Prisoners Under US Pressure',
    ]);
    expect(fs.existsSync(path.join(userData, 'Sample project.claimdesk'))).toBe(true);
  });

  it('answers only the app window through IPC', async () => {
    expect(
      await fake.ipcMain.invoke(channelOf('listArticles'), { url: 'https://evil.example/', parent: null }, [
        { offset: 0, limit: 100 },
      ]),
    ).toMatchObject({
      error: { type: 'unavailable' },
    });
  });

  it('sends menu commands to the window', () => {
    (menuItem('edit.findClaim').click as () => void)();
    expect(win().sent.at(-1)).toEqual({ channel: EVENT_CHANNEL, payload: { type: 'menu', command: 'find-claim' } });
  });

  it('closes the project from the menu, telling the window and disabling project commands', async () => {
    (menuItem('file.close').click as () => void)();
    await until(() => (win().title === 'Claimdesk' ? true : undefined), 'the project to close');
    expect(win().sent.at(-1)).toEqual({ channel: EVENT_CHANNEL, payload: { type: 'project-changed' } });
    expect(menuItem('file.saveAs').enabled).toBe(false);
    expect(await fake.ipcMain.invoke(channelOf('getProject'), appFrame, [])).toMatchObject({
      error: { type: 'unavailable' },
    });
  });

  it('opens the file a second launch hands over', async () => {
    const file = path.join(dir, 'Handed over.claimdesk');
    createProject(file, { actor: 'x' }).close();
    fake.app.emit('second-instance', {}, ['/usr/bin/claimdesk', '--some-switch', 'Handed over.claimdesk'], dir);
    await until(() => (win().title.startsWith('Handed over') ? true : undefined), 'the handed-over project');
    expect(await fake.ipcMain.invoke(channelOf('getProject'), appFrame, [])).toMatchObject({ data: { path: file } });
    expect(menuItem('file.recent.0').label).toMatch(/^Handed over\.claimdesk/);
    expect(fake.errors).toEqual([]);
  });
});
