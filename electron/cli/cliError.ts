/**
 * Errors only the command line has: a malformed command line ('usage'), and a request that matches
 * several things when Claimdesk will not guess which one was meant ('ambiguous'). A CliError can
 * also carry one of the services' error types when it has details for scripts (the occurrences of
 * an absent or repeated quote), which `--json` prints beside the message.
 */
import type { ErrorType } from '../../shared/ipc/result';

export type CliErrorType = 'usage' | 'ambiguous' | ErrorType;

export class CliError extends Error {
  constructor(
    readonly type: CliErrorType,
    message: string,
    /** Extra fields of the `--json` error object, for scripts. */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string) => new CliError('usage', message);
