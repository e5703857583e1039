import path from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { channelOf, EVENT_CHANNEL, METHOD_NAMES, type AppEvent } from '../../../shared/ipc/contract';
import { createBridge } from '../../../electron/shell/bridgeObject';
import { FakeIpcRenderer } from './fakeElectron';

describe('the preload bridge (window.claimdesk)', () => {
  it('has one function per contract method, plus onEvent', () => {
    const bridge = createBridge(new FakeIpcRenderer());
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES, 'onEvent'].sort());
    for (const key of Object.keys(bridge)) expect(typeof bridge[key as keyof typeof bridge]).toBe('function');
  });

  it('invokes the method channel with the arguments as one array', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    await bridge.getArticle('a1');
    await bridge.updateClaim('c1', { verdict: 'disputed' });
    await bridge.listClaims({ offset: 0, limit: 100 });
    expect(ipc.invoked).toEqual([
      { channel: channelOf('getArticle'), args: [['a1']] },
      { channel: channelOf('updateClaim'), args: [['c1', { verdict: 'disputed' }]] },
      { channel: channelOf('listClaims'), args: [[{ offset: 0, limit: 100 }]] },
    ]);
  });

  it('passes main-process events to the listener without the Electron event, until unsubscribed', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    const seen: AppEvent[] = [];
    const unsubscribe = bridge.onEvent((e) => seen.push(e));
    ipc.emit(EVENT_CHANNEL, { type: 'project-changed' });
    ipc.emit(EVENT_CHANNEL, { type: 'menu', command: 'find-claim' });
    unsubscribe();
    ipc.emit(EVENT_CHANNEL, { type: 'project-changed' });
    expect(seen).toEqual([{ type: 'project-changed' }, { type: 'menu', command: 'find-claim' }]);
    expect(ipc.listeners.get(EVENT_CHANNEL)?.size).toBe(0);
  });

  it('bundles to a CommonJS preload that requires nothing but electron (a sandboxed preload can require nothing else)', async () => {
    const result = await esbuild.build({
      entryPoints: [path.resolve(__dirname, '../../../electron/shell/preload.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    const required = [...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).toContain('exposeInMainWorld');
  });
});
