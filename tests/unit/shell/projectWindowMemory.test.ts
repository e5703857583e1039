import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clampToArea, ProjectWindowMemory } from '../../../electron/shell/projectWindowMemory';
import { MAX_PROJECTS, WindowStateFile } from '../../../electron/settings/windowStateFile';
import { createMainWindow, WINDOW_BACKGROUND } from '../../../electron/shell/createMainWindow';
import { FakeAppWindow } from './fakeElectronModule';
import { tempDir } from './tempDir';

const screen = (area = { x: 0, y: 0, width: 1920, height: 1080 }) => ({
  getDisplayMatching: () => ({ workArea: area }),
});
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function openWindow(memory: ProjectWindowMemory, project: string | null) {
  const place = memory.boundsFor(project);
  const win = createMainWindow(FakeAppWindow, {
    preloadPath: '/app/preload.cjs',
    devTools: false,
    openExternal: () => undefined,
    bounds: place.bounds,
  });
  if (place.maximized) win.maximize();
  memory.attach(win, project);
  return win;
}

describe('the window remembered per project', () => {
  it('reopens a project at the size and place it was left, after a restart', async () => {
    const file = path.join(tempDir(), 'window-state.json');
    const memory = new ProjectWindowMemory(new WindowStateFile(file), screen(), 20);
    const win = openWindow(memory, '/p/Election.claimdesk');
    expect(win.options).toMatchObject({ width: 1320, height: 860 });
    win.setBounds({ x: 200, y: 120, width: 1000, height: 700 });
    win.fire('resize');
    win.fire('move');
    await wait(60);

    const again = openWindow(new ProjectWindowMemory(new WindowStateFile(file), screen(), 20), '/p/Election.claimdesk');
    expect(again.options).toMatchObject({ x: 200, y: 120, width: 1000, height: 700 });
    expect(again.maximized).toBe(false);
  });

  it('saves a drag once, after it settles, and at once when the window closes', async () => {
    const file = path.join(tempDir(), 'window-state.json');
    const memory = new ProjectWindowMemory(new WindowStateFile(file), screen(), 50);
    const win = openWindow(memory, '/p/a.claimdesk');
    for (let x = 0; x < 5; x++) {
      win.setBounds({ x: 10 * x, y: 10, width: 900, height: 600 });
      win.fire('move');
    }
    expect(fs.existsSync(file)).toBe(false);
    win.maximize();
    win.fire('maximize');
    win.fire('close');
    expect(new WindowStateFile(file).get('/p/a.claimdesk')).toMatchObject({
      bounds: { x: 40, y: 10, width: 900, height: 600 },
      maximized: true,
    });
    const reopened = openWindow(new ProjectWindowMemory(new WindowStateFile(file), screen()), '/p/a.claimdesk');
    expect(reopened.maximized).toBe(true);
  });

  it('keeps each project’s own window: switching projects moves the window to the other’s place', () => {
    const file = path.join(tempDir(), 'window-state.json');
    const store = new WindowStateFile(file);
    store.update('/p/b.claimdesk', { bounds: { x: 50, y: 60, width: 1100, height: 750 } });
    const memory = new ProjectWindowMemory(store, screen());
    const win = openWindow(memory, '/p/a.claimdesk');
    win.setBounds({ x: 300, y: 200, width: 1000, height: 700 });
    memory.switchProject('/p/b.claimdesk');
    expect(win.getNormalBounds()).toEqual({ x: 50, y: 60, width: 1100, height: 750 });
    expect(store.get('/p/a.claimdesk')?.bounds).toEqual({ x: 300, y: 200, width: 1000, height: 700 });
  });

  it('brings a window left on a monitor that is gone back onto the screen, no larger than it', () => {
    const store = new WindowStateFile(path.join(tempDir(), 'window-state.json'));
    store.update('/p/a.claimdesk', { bounds: { x: 2600, y: 900, width: 2400, height: 900 } });
    const memory = new ProjectWindowMemory(store, screen({ x: 0, y: 25, width: 1440, height: 875 }));
    expect(memory.boundsFor('/p/a.claimdesk').bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
    expect(clampToArea({ x: -500, y: 10, width: 800, height: 600 }, { x: 0, y: 0, width: 1920, height: 1080 })).toEqual(
      { x: 0, y: 10, width: 800, height: 600 },
    );
  });

  it('remembers the open article and claim per project, each as it changes', () => {
    const file = path.join(tempDir(), 'window-state.json');
    const memory = new ProjectWindowMemory(new WindowStateFile(file), screen());
    memory.rememberView('/p/a.claimdesk', { selectedArticleId: '0e9d4a38-52a4-4b3f-9a0a-9d1f1d0b1c11' });
    memory.rememberView('/p/a.claimdesk', { selectedClaimId: '3f1b2c4d-52a4-4b3f-9a0a-9d1f1d0b1c11' });
    const later = new ProjectWindowMemory(new WindowStateFile(file), screen());
    expect(later.view('/p/a.claimdesk')).toEqual({
      selectedArticleId: '0e9d4a38-52a4-4b3f-9a0a-9d1f1d0b1c11',
      selectedClaimId: '3f1b2c4d-52a4-4b3f-9a0a-9d1f1d0b1c11',
    });
    later.rememberView('/p/a.claimdesk', { selectedClaimId: null }); // the claim pane closed
    expect(later.view('/p/a.claimdesk').selectedClaimId).toBeNull();
    expect(later.view('/p/b.claimdesk')).toEqual({ selectedArticleId: null, selectedClaimId: null });
  });

  it('leaves the state file alone when what is saved is what it already holds', () => {
    const file = path.join(tempDir(), 'window-state.json');
    const memory = new ProjectWindowMemory(new WindowStateFile(file), screen());
    memory.rememberView('/p/a.claimdesk', { selectedArticleId: '0e9d4a38-52a4-4b3f-9a0a-9d1f1d0b1c11' });
    fs.writeFileSync(file, '{"/p/a.claimdesk": {"selectedArticleId": "written by no one else"}}');
    // Reopening the project selects the remembered article, which saves it again: no write.
    memory.rememberView('/p/a.claimdesk', { selectedArticleId: '0e9d4a38-52a4-4b3f-9a0a-9d1f1d0b1c11' });
    expect(fs.readFileSync(file, 'utf8')).toContain('written by no one else');
    memory.rememberView('/p/a.claimdesk', { selectedArticleId: '7c1e2f3a-52a4-4b3f-9a0a-9d1f1d0b1c11' });
    expect(new WindowStateFile(file).get('/p/a.claimdesk')?.selectedArticleId).toBe(
      '7c1e2f3a-52a4-4b3f-9a0a-9d1f1d0b1c11',
    );
  });

  it('forgets an unreadable state file and the oldest projects past the limit', () => {
    const file = path.join(tempDir(), 'window-state.json');
    fs.writeFileSync(file, '{"/p/a.claimdesk": {"bounds": ');
    expect(new WindowStateFile(file).get('/p/a.claimdesk')).toBeUndefined();
    let clock = 0;
    const store = new WindowStateFile(file, 'linux', () => ++clock);
    for (let i = 0; i <= MAX_PROJECTS; i++) store.update(`/p/${i}.claimdesk`, { maximized: true });
    const reread = new WindowStateFile(file);
    expect(reread.get('/p/0.claimdesk')).toBeUndefined();
    expect(reread.get(`/p/${MAX_PROJECTS}.claimdesk`)).toMatchObject({ maximized: true });
  });
});

describe('the window background', () => {
  it('follows the OS theme, so a dark desktop sees no light flash before the page paints', () => {
    const make = (dark: boolean) =>
      createMainWindow(FakeAppWindow, { preloadPath: '/p.cjs', devTools: false, openExternal: () => 0, dark });
    expect(make(true).options.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
    expect(make(false).options.backgroundColor).toBe(WINDOW_BACKGROUND.light);
  });
});
