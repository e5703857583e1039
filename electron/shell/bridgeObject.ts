/**
 * Builds the `window.claimdesk` object the preload exposes: one function per contract method,
 * each an `invoke` on the method's channel with the arguments as one array, plus `onEvent` for
 * what the main process pushes. Separate from preload.ts so it can be tested with a fake
 * ipcRenderer; the Electron event object never reaches the page, only the payload.
 */
import type { ClaimdeskBridge } from '../../shared/ipc/bridge';
import { channelOf, EVENT_CHANNEL, METHOD_NAMES, type AppEvent, type MethodName } from '../../shared/ipc/contract';

/** The part of Electron's `ipcRenderer` the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

type BridgeMethods = Omit<ClaimdeskBridge, 'onEvent'>;

function bridgeMethods(ipc: IpcRendererLike): BridgeMethods {
  const methods: Partial<Record<MethodName, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const m of METHOD_NAMES) methods[m] = (...args) => ipc.invoke(channelOf(m), args);
  // Every name of the contract was filled in above, so the object is complete.
  return methods as BridgeMethods;
}

export function createBridge(ipc: IpcRendererLike) {
  return {
    ...bridgeMethods(ipc),
    onEvent(listener: (event: AppEvent) => void): () => void {
      const relay = (_event: unknown, payload: unknown) => listener(payload as AppEvent);
      ipc.on(EVENT_CHANNEL, relay);
      return () => {
        ipc.removeListener(EVENT_CHANNEL, relay);
      };
    },
  } satisfies ClaimdeskBridge;
}
