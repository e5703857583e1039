/**
 * Errors travel across IPC as data, never as thrown exceptions: a handler's outcome is either
 * `{ data }` or `{ error: { type, message } }`, with a message a user can act on.
 */
export type ErrorType = 'invalid-input' | 'not-found' | 'conflict' | 'read-only' | 'unavailable' | 'internal';

export interface IpcError {
  type: ErrorType;
  message: string;
}

export type IpcResult<T> = { data: T } | { error: IpcError };

/** An error whose message is meant for the user; its type tells the UI how to present it. */
export class ClaimdeskError extends Error {
  constructor(
    readonly type: ErrorType,
    message: string,
  ) {
    super(message);
    this.name = 'ClaimdeskError';
  }
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
