/**
 * What a verb of the `claimdesk` command is: its name, help, flags, positional arguments and the
 * function that does the work. Verbs live one per file in commands/; runCli.ts parses the command
 * line with node:util parseArgs from these declarations, so help and parsing never disagree.
 */
import type { ExitCode } from './exitCodes';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Placeholder shown in help for a string option's value (e.g. ID, TEXT). */
  valueName?: string;
  /** One-letter alias (-h). */
  short?: string;
  description: string;
}

export interface Argument {
  name: string;
  description: string;
  /** Several values (ARTICLE...): takes every remaining positional argument, at least one. */
  variadic?: boolean;
  /** May be left out (only the last argument). */
  optional?: boolean;
}

export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

export interface CommandContext {
  args: readonly string[];
  options: OptionValues;
  /** Checker name recorded on every change (--as, CLAIMDESK_CHECKER or the OS user). */
  actor(): string;
  /** Every verb, for `claimdesk help`. */
  commands: readonly Command[];
}

export interface CommandOutcome {
  /** The document printed on stdout with --json. */
  json: unknown;
  /** What is printed on stdout without --json (a trailing newline is added). */
  text: string;
  /** Human messages for stderr (with or without --json), e.g. one per file that failed in an import. */
  messages?: string[];
  /** Set when part of the work failed although the command ran (an import batch). */
  exitCode?: ExitCode;
}

export interface Command {
  name: string;
  /** One line, for the verb list of `claimdesk --help`. */
  summary: string;
  /** The synopsis after "claimdesk", e.g. "status FILE CLAIM_ID STATUS [--note TEXT]". */
  synopsis: string;
  args: readonly Argument[];
  options: Readonly<Record<string, OptionSpec>>;
  /** Paragraphs after the options: behaviour worth knowing, decisions, examples. */
  details: string;
  /** The shape of the --json output, as documentation. */
  jsonShape: string;
  run(ctx: CommandContext): CommandOutcome | Promise<CommandOutcome>;
}

/** A string flag's value, or undefined when absent. */
export function stringOption(options: OptionValues, name: string): string | undefined {
  const v = options[name];
  return typeof v === 'string' ? v : undefined;
}
