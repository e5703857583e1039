import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { channelOf, METHOD_NAMES } from '../../../shared/ipc/contract';
import { createHandlers } from '../../../electron/api/handlers';
import { REFUSED, registerIpc } from '../../../electron/shell/ipcDoor';
import { appFrame, FakeIpcMain } from './fakeElectron';
import { makeWorkspace } from './workspaceFixture';

describe('the IPC door', () => {
  let dispose: (() => void) | undefined;
  afterEach(() => dispose?.());

  async function openDoor() {
    const ws = makeWorkspace();
    dispose = () => ws.workspace.dispose();
    ws.dialogs.answers.push(path.join(ws.dir, 'Election claims.claimdesk'));
    await ws.workspace.fileCommand('new');
    const ipcMain = new FakeIpcMain();
    const refused: (string | null)[] = [];
    const handlers = createHandlers(ws.workspace);
    const channels = registerIpc(ipcMain, () => handlers, undefined, {
      validateResults: true,
      onRefused: (_method, url) => refused.push(url),
    });
    return { ...ws, ipcMain, refused, channels };
  }

  it('registers one handler per contract method, on the method channel', async () => {
    const { ipcMain, channels } = await openDoor();
    expect(channels).toEqual(METHOD_NAMES.map(channelOf));
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
  });

  it('answers a valid call from the app window with the open project', async () => {
    const { ipcMain, dir } = await openDoor();
    const result = await ipcMain.invoke(channelOf('getProject'), appFrame, []);
    expect(result).toEqual({
      data: {
        path: path.join(dir, 'Election claims.claimdesk'),
        title: 'Election claims',
        readOnly: false,
        actor: 'Dana Checker',
      },
    });
  });

  it('adds an article sent through the door to the project file', async () => {
    const { ipcMain } = await openDoor();
    const added = await ipcMain.invoke(channelOf('addArticle'), appFrame, [
      { text: 'Turnout hit a record\n\nOfficials said 81% of voters took part.', sourceName: 'turnout.txt' },
    ]);
    expect(added).toMatchObject({ data: { duplicate: false, article: { title: 'Turnout hit a record' } } });
    const listed = (await ipcMain.invoke(channelOf('listArticles'), appFrame, [{ offset: 0, limit: 100 }])) as {
      data: { items: { title: string }[] };
    };
    expect(listed.data.items.map((a) => a.title)).toEqual(['Turnout hit a record']);
  });

  it('refuses a call whose sender frame is gone (null)', async () => {
    const { ipcMain, refused } = await openDoor();
    expect(await ipcMain.invoke(channelOf('getProject'), null, [])).toEqual(REFUSED);
    expect(refused).toEqual([null]);
  });

  it('refuses calls from pages of other origins and from sub-frames', async () => {
    const { ipcMain, refused } = await openDoor();
    const foreign = [
      { url: 'https://evil.example/index.html', parent: null },
      { url: 'file:///work/main/dist/renderer/index.html', parent: null },
      { url: 'app://other/index.html', parent: null },
      { url: 'app://claimdesk/index.html', parent: appFrame },
    ];
    for (const frame of foreign) {
      expect(await ipcMain.invoke(channelOf('listArticles'), frame, [{ offset: 0, limit: 100 }])).toEqual(REFUSED);
    }
    expect(refused).toHaveLength(4);
  });

  it('never carries out a refused call', async () => {
    const { ipcMain } = await openDoor();
    await ipcMain.invoke(channelOf('addArticle'), { url: 'https://evil.example/', parent: null }, [
      { text: 'Injected\n\nText.' },
    ]);
    const listed = (await ipcMain.invoke(channelOf('listArticles'), appFrame, [{ offset: 0, limit: 100 }])) as {
      data: { items: unknown[] };
    };
    expect(listed.data.items).toEqual([]);
  });

  it('turns invalid payloads into invalid-input errors', async () => {
    const { ipcMain } = await openDoor();
    const cases: unknown[] = [undefined, 'not an array', [42], [{ text: 5 }], [{ text: 'x' }, 'extra']];
    for (const args of cases) {
      const r = await ipcMain.invoke(channelOf('addArticle'), appFrame, args);
      expect(r).toMatchObject({ error: { type: 'invalid-input' } });
    }
    expect(await ipcMain.invoke(channelOf('getArticle'), appFrame, [''])).toMatchObject({
      error: { type: 'invalid-input' },
    });
  });

  it('reports "no project open" as data after the project is closed', async () => {
    const { ipcMain } = await openDoor();
    expect(await ipcMain.invoke(channelOf('fileCommand'), appFrame, ['close'])).toEqual({ data: null });
    expect(await ipcMain.invoke(channelOf('listArticles'), appFrame, [{ offset: 0, limit: 100 }])).toMatchObject({
      error: { type: 'unavailable', message: expect.stringMatching(/No project is open/) },
    });
  });
});
