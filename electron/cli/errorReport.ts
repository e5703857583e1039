/**
 * Turns whatever a command threw into what the user and scripts see: an error type, a message
 * naming the file or thing at fault, and the exit code. Services throw ClaimdeskError and the CLI
 * throws CliError; SQLite's "busy", "read-only" and "cannot open" failures are recognised so a
 * locked or write-protected project is not reported as a bug.
 */
import { ClaimdeskError } from '../../shared/ipc/result';
import { CliError, type CliErrorType } from './cliError';
import { exitCodeForType, type ExitCode } from './exitCodes';

export interface ErrorReport {
  type: CliErrorType;
  message: string;
  exitCode: ExitCode;
  details: Readonly<Record<string, unknown>>;
}

function classifySqlite(code: string, file: string | undefined): { type: CliErrorType; message: string } | undefined {
  const where = file ? `${file}: ` : '';
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
    return { type: 'unavailable', message: `${where}the project is locked by another program; try again in a moment.` };
  }
  if (/^SQLITE_CANTOPEN/.test(code)) {
    return {
      type: 'unavailable',
      message: `${where}the file cannot be opened or created (check the folder's permissions).`,
    };
  }
  if (/^SQLITE_READONLY/.test(code)) {
    return { type: 'read-only', message: `${where}the project file cannot be written (read-only file or folder).` };
  }
  return undefined;
}

/** `file` is the project the command was working on, named in messages that would otherwise lack it. */
export function toErrorReport(err: unknown, file?: string): ErrorReport {
  if (err instanceof CliError) {
    return { type: err.type, message: err.message, exitCode: exitCodeForType(err.type), details: err.details };
  }
  if (err instanceof ClaimdeskError) {
    return { type: err.type, message: err.message, exitCode: exitCodeForType(err.type), details: {} };
  }
  const code = (err as { code?: unknown } | null)?.code;
  const sqlite = typeof code === 'string' ? classifySqlite(code, file) : undefined;
  if (sqlite) return { ...sqlite, exitCode: exitCodeForType(sqlite.type), details: {} };
  const message = err instanceof Error ? err.message : String(err);
  return {
    type: 'internal',
    message: `unexpected error: ${message}`,
    exitCode: exitCodeForType('internal'),
    details: {},
  };
}
