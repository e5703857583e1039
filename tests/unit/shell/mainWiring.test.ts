/**
 * Loads the real entry point (electron/shell/main.ts) against a fake `electron` module and checks
 * the wiring a user depends on: first start opens the sample project in a locked-down window,
 * the IPC door answers the window, menus drive the workspace, a second launch hands over its file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf, EVENT_CHANNEL } from '../../../shared/ipc/contract';
import { createProject } from '../../../electron/project/openProject';
import { fake, FakeAppWindow } from './fakeElectronModule';
import { appFrame } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectronModule')).electronModule);

const root = path.resolve(__dirname, '../../..');
const ENV_KEYS = ['CLAIMDESK_USER_DATA', 'CLAIMDESK_SQLITE_BINDING'] as const;
const savedEnv = ENV_KEYS.map((k) => [k, process.env[k]] as const);
let dir: string;
let userData: string;

async function until<T>(probe: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const win = () => FakeAppWindow.windows[0]!;
const menuItem = (id: string) => {
  const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);
  return flat(fake.menus.at(-1)!).find((i) => i.id === id)!;
};
const articles = async () =>
  (
    (await fake.ipcMain.invoke(channelOf('listArticles'), appFrame, [{ offset: 0, limit: 100 }])) as {
      data: { items: { title: string }[] };
    }
  ).data.items
    .map((a) => a.title)
    .sort();

describe('the main process entry point', () => {
  beforeAll(async () => {
    // One folder for the whole file: the app runs across all the tests.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-main-'));
    userData = path.join(dir, 'userData');
    fs.mkdirSync(path.join(dir, 'app', 'dist', 'renderer'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'app', 'dist', 'renderer', 'index.html'),
      '<!doctype html><title>Claimdesk</title>',
    );
    fake.app.appPath = path.join(dir, 'app');
    process.env.CLAIMDESK_USER_DATA = userData;
    // The Node build stands in for the Electron build of the addon.
    process.env.CLAIMDESK_SQLITE_BINDING = path.join(
      root,
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    );
    await import('../../../electron/shell/main');
    await until(() => FakeAppWindow.windows[0], 'the window');
  });

  afterAll(() => {
    fake.app.emit('will-quit');
    for (const [key, value] of savedEnv) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    fs.rmSync(dir, { recursive: true, force: true });
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
