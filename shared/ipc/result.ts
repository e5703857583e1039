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

/**
 * An error as a worker thread sends it back (structured clone keeps no class): a ClaimdeskError's
 * type (null for any other error), its message and stack.
 */
export interface ErrorData {
  type: ErrorType | null;
  message: string;
  stack?: string;
}

export function errorToData(err: unknown): ErrorData {
  return {
    type: err instanceof ClaimdeskError ? err.type : null,
    message: err instanceof Error ? err.message : String(err),
    stack: err instanceof Error ? err.stack : undefined,
  };
}

/** The error errorToData described, as the receiving thread throws it: same type, message and stack. */
export function errorFromData(data: ErrorData): Error {
  const err = data.type ? new ClaimdeskError(data.type, data.message) : new Error(data.message);
  if (data.stack) err.stack = data.stack;
  return err;
}
