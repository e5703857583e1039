/**
 * Stands in for the Electron preload: defines `window.claimdesk` with one function per contract
 * method, each calling the REAL main-process door (`dispatch` over `createHandlers`) through a
 * Playwright binding, plus `onEvent`, to which the harness pushes events as the main process would.
 */
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { createHandlers } from '../../../electron/api/handlers';
import { useMergeWorker } from '../../../electron/api/mergeOffThread';
import { dispatch } from '../../../electron/api/dispatch';
import type { Workspace } from '../../../electron/api/workspace';
import type { HostServices } from '../../../electron/api/hostServices';
import type { SyncHost } from '../../../electron/sync/syncHandlers';
import { METHOD_NAMES, type AppEvent } from '../../../shared/ipc/contract';

export interface BridgeStats {
  /** Calls still running in Node. */
  inFlight: number;
  /** Unexpected (non-ClaimdeskError) failures inside handlers. */
  internalErrors: string[];
}

/** Runs in the page before any app script: the same shape the preload exposes. */
function definePreload({ methods }: { methods: string[] }): void {
  type Listener = (event: unknown) => void;
  const w = window as unknown as {
    __claimdeskInvoke(method: string, args: unknown[]): Promise<string>;
    __claimdeskEmit?: (event: unknown) => void;
  };
  const listeners = new Set<Listener>();
  const api: Record<string, unknown> = {
    onEvent(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  // Answers cross as one JSON string: Playwright's own serialisation walks a value node by node and
  // took seconds for a 20,000-row list, where Electron's structured clone takes milliseconds.
  for (const m of methods)
    api[m] = async (...args: unknown[]) => JSON.parse(await w.__claimdeskInvoke(m, args)) as unknown;
  w.__claimdeskEmit = (event) => listeners.forEach((l) => l(event));
  Object.defineProperty(window, 'claimdesk', { value: Object.freeze(api), enumerable: true });
}

export async function installBridge(
  context: BrowserContext,
  workspace: Workspace,
  host: HostServices,
  syncHost?: SyncHost,
): Promise<BridgeStats> {
  const stats: BridgeStats = { inFlight: 0, internalErrors: [] };
  // As the app's main process does: File → Merge from File runs in the built merge worker.
  useMergeWorker(path.resolve(__dirname, '../../../dist/electron/mergeWorker.cjs'));
  const handlers = createHandlers(workspace, host, syncHost);
  await context.exposeBinding('__claimdeskInvoke', async (_source, method: unknown, args: unknown) => {
    stats.inFlight++;
    try {
      return JSON.stringify(
        await dispatch(handlers, method, args, {
          validateResults: true,
          onInternalError: (m, err) => stats.internalErrors.push(`${m}: ${(err as Error)?.stack ?? err}`),
        }),
      );
    } finally {
      stats.inFlight--;
    }
  });
  // Functions the harness runs in the page are compiled by tsx/esbuild with keepNames, which wraps
  // named inner functions in a `__name(...)` helper that exists only in Node: give the page one.
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((fn) => fn);' });
  await context.addInitScript(definePreload, { methods: [...METHOD_NAMES] });
  return stats;
}

/** Delivers an event to the page as the main process would (project changed, menu command). */
export async function emitEvent(page: Page, event: AppEvent): Promise<void> {
  await page.evaluate((e) => (window as unknown as { __claimdeskEmit(e: unknown): void }).__claimdeskEmit(e), event);
}
