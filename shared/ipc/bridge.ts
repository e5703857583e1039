/**
 * The object the preload exposes to the renderer as `window.claimdesk` (and the e2e harness
 * defines identically): one function per contract method returning the `{ data } | { error }`
 * envelope, plus a subscription to events from the main process.
 */
import type { AppEvent, MethodArgs, MethodName, MethodResult } from './contract';
import type { IpcResult } from './result';

export type ClaimdeskBridge = {
  [M in MethodName]: (...args: MethodArgs<M>) => Promise<IpcResult<MethodResult<M>>>;
} & {
  /** Subscribes to main-process events; returns the unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
};

export const BRIDGE_GLOBAL = 'claimdesk';
