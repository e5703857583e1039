/**
 * The exit codes of the `claimdesk` command, defined once: scripts branch on them, so each code
 * means one kind of outcome and never changes. Every error type is mapped to a code here and only
 * here (errorReport.ts classifies what was thrown).
 */
import type { CliErrorType } from './cliError';

export const ExitCode = {
  /** Everything asked for was done. */
  ok: 0,
  /** A bug or an unforeseen failure (disk full, crash in a library): report it. */
  failure: 1,
  /** The command line itself is wrong: unknown verb or flag, missing or extra argument, bad value. */
  usage: 2,
  /** A file, article or claim named on the command line does not exist. */
  notFound: 3,
  /** The input exists but cannot be used: not a project, damaged, unreadable, unsupported or empty
   *  article file, quote absent from the article, a value the project does not accept. */
  invalidInput: 4,
  /** More than one thing matches and Claimdesk will not guess (quote found several times, id prefix
   *  shared by several ids), or the target already exists. */
  conflict: 5,
  /** The project cannot be changed or opened right now: read-only file, locked by another process,
   *  or a file format this version of Claimdesk cannot use. */
  unavailable: 6,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** One line per code, for `claimdesk --help`. */
export const EXIT_CODE_HELP: readonly [ExitCode, string][] = [
  [ExitCode.ok, 'success'],
  [ExitCode.failure, 'unexpected failure (a bug: please report it)'],
  [ExitCode.usage, 'usage error: unknown verb or flag, wrong arguments, bad value'],
  [ExitCode.notFound, 'not found: file, article or claim'],
  [ExitCode.invalidInput, 'invalid input: not a project, unreadable or unsupported file, quote absent'],
  [ExitCode.conflict, 'ambiguous (quote or id prefix matches several) or already exists'],
  [ExitCode.unavailable, 'read-only, locked, or a file format this version cannot use'],
];

const FOR_ERROR_TYPE: Record<CliErrorType, ExitCode> = {
  usage: ExitCode.usage,
  ambiguous: ExitCode.conflict,
  'invalid-input': ExitCode.invalidInput,
  'not-found': ExitCode.notFound,
  conflict: ExitCode.conflict,
  'read-only': ExitCode.unavailable,
  unavailable: ExitCode.unavailable,
  internal: ExitCode.failure,
};

/** The one mapping from error types (the services' and the CLI's own) to exit codes. */
export const exitCodeForType = (type: CliErrorType): ExitCode => FOR_ERROR_TYPE[type];
