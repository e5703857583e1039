/**
 * Loads the real entry point (electron/shell/main.ts) against the fake `electron` module, in a
 * temp folder with its own user data folder and a stand-in built renderer. Each test file that
 * uses it gets a fresh module registry, so each launches the app once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { channelOf } from '../../../shared/ipc/contract';
import { createProject } from '../../../electron/project/openProject';
import { appFrame } from './fakeElectron';
import { fake, FakeAppWindow } from './fakeElectronModule';

const root = path.resolve(__dirname, '../../..');
const ENV_KEYS = ['CLAIMDESK_USER_DATA', 'CLAIMDESK_SQLITE_BINDING'] as const;

export interface LaunchFolder {
  dir: string;
  userData: string;
  /** Creates a project file in the folder and returns its path. */
  project(name: string): string;
  /** Restores the environment and removes the folder. */
  cleanUp(): void;
}

/** Prepares the folder and environment; then `await import('../../../electron/shell/main')`. */
export function prepareLaunch(appPath: (p: string) => void): LaunchFolder {
  const saved = ENV_KEYS.map((k) => [k, process.env[k]] as const);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-main-'));
  const userData = path.join(dir, 'userData');
  fs.mkdirSync(path.join(dir, 'app', 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'app', 'dist', 'renderer', 'index.html'), '<!doctype html><title>Claimdesk</title>');
  appPath(path.join(dir, 'app'));
  process.env.CLAIMDESK_USER_DATA = userData;
  // The Node build stands in for the Electron build of the addon.
  process.env.CLAIMDESK_SQLITE_BINDING = path.join(
    root,
    'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
  );
  return {
    dir,
    userData,
    project(name) {
      const file = path.join(dir, `${name}.claimdesk`);
      createProject(file, { actor: 'x' }).close();
      return file;
    },
    cleanUp() {
      for (const [key, value] of saved) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls `probe` until it gives a value (not undefined or false), failing after about 3 s. */
export async function until<T>(probe: () => T | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const v = probe();
    if (v !== undefined && v !== false) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export const firstWindow = () => FakeAppWindow.windows[0];

/** Waits until the window's title names `title` (the project it shows). */
export const untilTitle = (title: string) =>
  until(() => (firstWindow()?.title.startsWith(title) ? true : undefined), `the window to show ${title}`);

/** The item with this id in the application menu the app set last, searching every submenu. */
export function menuItem(id: string): MenuItemConstructorOptions | undefined {
  const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);
  return flat(fake.menus.at(-1)!).find((i) => i.id === id);
}

/** The titles of the articles the window's project holds, as the window asks for them, sorted. */
export async function articleTitlesInWindow(): Promise<string[]> {
  const answer = (await fake.ipcMain.invoke(channelOf('listArticles'), appFrame, [{ offset: 0, limit: 100 }])) as {
    data: { items: { title: string }[] };
  };
  return answer.data.items.map((a) => a.title).sort();
}
