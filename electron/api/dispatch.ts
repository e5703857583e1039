/**
 * The single door every IPC call goes through, in the app and in the test harness alike: check the
 * method exists, parse the arguments with the contract's schema, run the handler, and turn any
 * failure into `{ error }` data. Nothing outside this function calls a handler with raw input.
 */
import { contract, type ClaimdeskHandlers, type MethodName } from '../../shared/ipc/contract';
import { ClaimdeskError, type IpcResult } from '../../shared/ipc/result';

export interface DispatchOptions {
  /** Also check each result against the contract (tests turn this on). */
  validateResults?: boolean;
  /** Where unexpected errors are reported; the user only sees a generic message. */
  onInternalError?: (method: string, err: unknown) => void;
}

const isMethod = (name: unknown): name is MethodName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export async function dispatch(
  handlers: ClaimdeskHandlers,
  method: unknown,
  rawArgs: unknown,
  opts: DispatchOptions = {},
): Promise<IpcResult<unknown>> {
  if (!isMethod(method)) {
    return {
      error: { type: 'invalid-input', message: `Unknown request ${JSON.stringify(String(method)).slice(0, 80)}.` },
    };
  }
  const spec = contract[method];
  const parsed = spec.args.safeParse(rawArgs);
  if (!parsed.success) {
    return {
      error: { type: 'invalid-input', message: `Invalid ${method} request: ${describeIssues(parsed.error.issues)}.` },
    };
  }
  try {
    const handler = handlers[method] as (...a: unknown[]) => unknown;
    const data = await handler(...(parsed.data as unknown[]));
    if (opts.validateResults) {
      const check = spec.result.safeParse(data);
      if (!check.success)
        throw new Error(`${method} returned an invalid result: ${describeIssues(check.error.issues)}`);
    }
    return { data };
  } catch (err) {
    if (err instanceof ClaimdeskError) return { error: { type: err.type, message: err.message } };
    opts.onInternalError?.(method, err);
    return {
      error: { type: 'internal', message: `Claimdesk could not complete ${method}: ${(err as Error)?.message ?? err}` },
    };
  }
}
