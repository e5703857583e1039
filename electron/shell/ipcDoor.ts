/**
 * The one place the main process listens to the renderer. For every method of the contract it
 * registers a handler on its channel that first checks who is asking (the top frame of a page
 * served from the app's own origin; anything else, including a frame already gone, is refused)
 * and then hands the raw arguments to `dispatch`, which validates them against the contract.
 * `ipcMain` is a parameter so tests can pass a fake; nothing else in the app touches it.
 */
import { channelOf, METHOD_NAMES, type ClaimdeskHandlers, type MethodName } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { dispatch, type DispatchOptions } from '../api/dispatch';
import { isTrustedFrame, type FrameLike } from './appOrigin';

/** The part of an invoke event the door reads. */
export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null;
}

/** The part of Electron's `ipcMain` the door uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

export interface IpcDoorOptions extends DispatchOptions {
  /** Told about every refused request (the app logs them). */
  onRefused?: (method: MethodName, frameUrl: string | null) => void;
}

export const REFUSED: IpcResult<never> = {
  error: { type: 'unavailable', message: 'Claimdesk refused a request that did not come from its own window.' },
};

function frameUrl(frame: FrameLike | null): string | null {
  try {
    return frame?.url ?? null;
  } catch {
    return null;
  }
}

/** Registers a guarded handler for every contract method; returns the channels registered. */
export function registerIpc(
  ipcMain: IpcMainLike,
  getHandlers: () => ClaimdeskHandlers,
  isTrusted: (frame: FrameLike | null) => boolean = isTrustedFrame,
  opts: IpcDoorOptions = {},
): string[] {
  return METHOD_NAMES.map((method) => {
    const channel = channelOf(method);
    // The preload sends the method's arguments as one array: `invoke(channel, args)`.
    ipcMain.handle(channel, (event, args) => {
      if (!isTrusted(event.senderFrame)) {
        opts.onRefused?.(method, frameUrl(event.senderFrame));
        return REFUSED;
      }
      return dispatch(getHandlers(), method, args, opts);
    });
    return channel;
  });
}
