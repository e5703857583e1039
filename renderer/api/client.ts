/**
 * The renderer's only way to the project: `window.claimdesk` (the preload's bridge, or the e2e
 * harness's stand-in) wrapped so each call returns its data or throws a ClaimdeskError carrying the
 * message the main process wrote for the user. Types come from the one IPC contract.
 */
import type { AppEvent, ClaimdeskApi, MethodArgs, MethodName, MethodResult } from '../../shared/ipc/contract';
import type { ClaimdeskBridge } from '../../shared/ipc/bridge';
import { ClaimdeskError, type IpcResult } from '../../shared/ipc/result';

declare global {
  interface Window {
    claimdesk?: ClaimdeskBridge;
  }
}

function bridge(): ClaimdeskBridge {
  if (!window.claimdesk) throw new ClaimdeskError('unavailable', 'Claimdesk is not connected to its main process.');
  return window.claimdesk;
}

export async function call<M extends MethodName>(method: M, ...args: MethodArgs<M>): Promise<MethodResult<M>> {
  // The bridge is a mapped type; indexing it by a generic key needs this one widening.
  const fn = bridge()[method] as unknown as (...a: MethodArgs<M>) => Promise<IpcResult<MethodResult<M>>>;
  const result = await fn(...args);
  if ('error' in result) throw new ClaimdeskError(result.error.type, result.error.message);
  return result.data;
}

/** Every contract method as `api.name(...)`, typed by the contract. */
export const api = new Proxy({} as ClaimdeskApi, {
  get:
    (_target, name) =>
    (...args: unknown[]) =>
      call(name as MethodName, ...(args as MethodArgs<MethodName>)),
});

/** Subscribes to events from the main process (project changes, menu commands). */
export function onAppEvent(listener: (event: AppEvent) => void): () => void {
  return window.claimdesk ? window.claimdesk.onEvent(listener) : () => {};
}

/** The message to show for any failure: ours are written for the user; others get a generic line. */
export function errorMessage(err: unknown): string {
  if (err instanceof ClaimdeskError) return err.message;
  return `Something went wrong: ${err instanceof Error ? err.message : String(err)}`;
}
