/**
 * The entry point when files arrive from outside: a second launch while this one is still
 * starting (its file waits for the workspace), macOS `open-file` once running; and the window
 * that follows each project (its place, the article open) and the OS theme.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf } from '../../../shared/ipc/contract';
import { WINDOW_BACKGROUND } from '../../../electron/shell/createMainWindow';
import { appFrame, preventable } from './fakeElectron';
import { fake, FakeAppWindow } from './fakeElectronModule';
import { firstWindow, prepareLaunch, untilTitle, type LaunchFolder } from './launchMain';

vi.mock('electron', async () => (await import('./fakeElectronModule')).electronModule);

let folder: LaunchFolder;
let handedOver: string;
let other: string;
let release: () => void;

const win = () => firstWindow()!;
const invoke = (method: Parameters<typeof channelOf>[0], ...args: unknown[]) =>
  fake.ipcMain.invoke(channelOf(method), appFrame, args) as Promise<{ data?: unknown; error?: unknown }>;

describe('files handed to the app from outside', () => {
  beforeAll(async () => {
    folder = prepareLaunch((p) => (fake.app.appPath = p));
    handedOver = folder.project('Handed over');
    other = folder.project('Other');
    fake.dark = true;
    fake.app.ready = new Promise((resolve) => (release = resolve));
    await import('../../../electron/shell/main');
  });

  afterAll(() => {
    fake.app.emit('will-quit');
    folder.cleanUp();
  });

  it('keeps a file a second launch hands over before start-up finished, and opens it then', async () => {
    fake.app.emit('second-instance', {}, ['/opt/Claimdesk/claimdesk', handedOver], folder.dir);
    await new Promise((r) => setTimeout(r, 20));
    expect(FakeAppWindow.windows).toHaveLength(0);
    release();
    await untilTitle('Handed over');
    expect(FakeAppWindow.windows).toHaveLength(1);
    expect(await invoke('getProject')).toMatchObject({ data: { path: handedOver } });
    expect(fake.errors).toEqual([]);
  });

  it('paints the window in the dark theme when the OS uses it', () => {
    expect(win().options.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });

  it('opens a file macOS hands over with open-file, taking the event from the OS', async () => {
    const event = preventable();
    fake.app.emit('open-file', event, other);
    await untilTitle('Other');
    expect(event.defaultPrevented).toBe(true);
  });

  it('opens a file a Linux desktop hands over as a file:// URL on a double-click', async () => {
    const url = pathToFileURL(handedOver).href;
    expect(url).toMatch(/^file:\/\/\/.*Handed%20over\.claimdesk$/);
    fake.app.emit('second-instance', {}, ['/opt/Claimdesk/claimdesk', url], '/');
    await untilTitle('Handed over');
    expect(await invoke('getProject')).toMatchObject({ data: { path: handedOver } });
    fake.app.emit('open-file', preventable(), other);
    await untilTitle('Other');
  });

  it('puts the window back where each project had it when switching between them', async () => {
    win().setBounds({ x: 40, y: 30, width: 1000, height: 700 });
    win().fire('move');
    fake.app.emit('second-instance', {}, ['claimdesk', handedOver], folder.dir);
    await untilTitle('Handed over');
    win().setBounds({ x: 300, y: 200, width: 900, height: 650 });
    win().fire('resize');
    fake.app.emit('open-file', preventable(), other);
    await untilTitle('Other');
    expect(win().getNormalBounds()).toEqual({ x: 40, y: 30, width: 1000, height: 700 });
    const saved = JSON.parse(fs.readFileSync(path.join(folder.userData, 'window-state.json'), 'utf8')) as Record<
      string,
      { bounds: unknown }
    >;
    expect(Object.values(saved).map((s) => s.bounds)).toContainEqual({ x: 300, y: 200, width: 900, height: 650 });
  });

  it('remembers the article and claim open in each project through IPC, while they are still there', async () => {
    const added = (await invoke('addArticle', { text: 'Remembered\n\nThe article left open.' })) as {
      data: { article: { id: string } };
    };
    const id = added.data.article.id;
    const made = (await invoke('createClaimFromSpan', { articleId: id, start: 0, end: 10 })) as {
      data: { claim: { id: string } };
    };
    const claimId = made.data.claim.id;
    const none = { selectedArticleId: null, selectedClaimId: null };
    const project = ((await invoke('getProject')) as { data: { path: string } }).data.path;
    expect(await invoke('getViewState')).toEqual({ data: none });
    expect(await invoke('saveViewState', { project, selectedArticleId: id })).toEqual({ data: null });
    expect(await invoke('saveViewState', { project, selectedClaimId: claimId })).toEqual({ data: null });
    fake.app.emit('open-file', preventable(), handedOver);
    await untilTitle('Handed over');
    expect(await invoke('getViewState')).toEqual({ data: none });
    // A save that arrives after the switch, for the project the window showed before, is dropped.
    await invoke('saveViewState', { project, selectedClaimId: null });
    fake.app.emit('open-file', preventable(), other);
    await untilTitle('Other');
    expect(await invoke('getViewState')).toEqual({ data: { selectedArticleId: id, selectedClaimId: claimId } });
    // Deleted since: the claim is no longer offered; an unknown article neither.
    await invoke('deleteClaim', claimId);
    await invoke('saveViewState', { project, selectedArticleId: '5b0c2a1e-8a7f-4f0e-9d6b-1c2d3e4f5a6b' });
    expect(await invoke('getViewState')).toEqual({ data: none });
  });
});
