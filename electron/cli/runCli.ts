/**
 * The command line's one entry point: parses argv with node:util parseArgs (global flags anywhere,
 * then the verb's own flags), runs the verb, prints its result (JSON or text on stdout, messages on
 * stderr) and returns the exit code. It takes its streams and environment as parameters and never
 * calls process.exit, so it can be run in-process as well as from bin/claimdesk.cjs.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolveActor } from './actor';
import { usageError } from './cliError';
import type { Command, CommandOutcome, OptionValues } from './command';
import { stringOption } from './command';
import { COMMANDS } from './commands/index';
import { helpCommand } from './commands/help';
import { newCommand } from './commands/new';
import { toErrorReport } from './errorReport';
import { ExitCode } from './exitCodes';
import { existingProjectPath, newProjectPath } from './projectFile';
import { GLOBAL_OPTIONS } from './globalOptions';
import { globalHelp, helpJson, verbHelp } from './helpText';
import { CLAIMDESK_VERSION } from './version';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
}

type ParseOptions = NonNullable<ParseArgsConfig['options']>;

function parseOptionsOf(specs: Command['options']): ParseOptions {
  return Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      spec.short ? { type: spec.type, short: spec.short } : { type: spec.type },
    ]),
  );
}

const GLOBAL_PARSE = parseOptionsOf(GLOBAL_OPTIONS);

/** The verb is the first positional argument; global flags may come before it. */
function findVerb(argv: readonly string[]): { verb?: string; rest: string[]; early: OptionValues } {
  const { tokens, values } = parseArgs({
    args: [...argv],
    options: GLOBAL_PARSE,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const first = tokens.find((t) => t.kind === 'positional');
  if (!first) return { rest: [...argv], early: values as OptionValues };
  const rest = argv.filter((_, i) => i !== first.index);
  return { verb: first.value, rest, early: values as OptionValues };
}

function parseVerbArgs(command: Command, rest: string[]): { args: string[]; options: OptionValues } {
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...GLOBAL_PARSE, ...parseOptionsOf(command.options) },
      strict: true,
      allowPositionals: true,
    });
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) throw usageError((err as Error).message);
    throw err;
  }
  return { args: parsed.positionals, options: parsed.values as OptionValues };
}

function checkArgumentCount(command: Command, args: readonly string[]): void {
  const required = command.args.filter((a) => !a.optional);
  const variadic = command.args.some((a) => a.variadic);
  const missing = required[args.length];
  if (missing) throw usageError(`Missing ${missing.name}. Usage: claimdesk ${command.synopsis}`);
  if (!variadic && args.length > command.args.length) {
    throw usageError(`Unexpected argument "${args[command.args.length]}". Usage: claimdesk ${command.synopsis}`);
  }
}

function printOutcome(outcome: CommandOutcome, json: boolean, prefix: string, io: CliIo): ExitCode {
  if (json) io.stdout(`${JSON.stringify(outcome.json, null, 2)}\n`);
  else if (outcome.text) io.stdout(`${outcome.text}\n`);
  for (const m of outcome.messages ?? []) io.stderr(`${prefix}: ${m}\n`);
  return outcome.exitCode ?? ExitCode.ok;
}

const VERSION: CommandOutcome = { json: { version: CLAIMDESK_VERSION }, text: `claimdesk ${CLAIMDESK_VERSION}` };

function help(command?: Command): CommandOutcome {
  return command
    ? { json: helpJson(COMMANDS, CLAIMDESK_VERSION, command), text: verbHelp(command) }
    : { json: helpJson(COMMANDS, CLAIMDESK_VERSION), text: globalHelp(COMMANDS, CLAIMDESK_VERSION) };
}

/** What the error handler needs to know about the run so far. */
interface RunState {
  json: boolean;
  /** "claimdesk VERB", the prefix of every stderr line. */
  prefix: string;
  projectFile?: string;
}

async function execute(argv: readonly string[], io: CliIo, state: RunState): Promise<CommandOutcome> {
  const { verb, rest, early } = findVerb(argv);
  if (verb === undefined) {
    if (early.version) return VERSION;
    if (early.help) return help();
    io.stderr(`${globalHelp(COMMANDS, CLAIMDESK_VERSION)}\n\n`);
    throw usageError('No verb given.');
  }
  const command = COMMANDS.find((c) => c.name === verb);
  if (!command) {
    const verbs = COMMANDS.map((c) => c.name).join(', ');
    throw usageError(`Unknown verb "${verb}". Verbs: ${verbs}. See claimdesk --help.`);
  }
  state.prefix = `claimdesk ${command.name}`;
  const { args, options } = parseVerbArgs(command, rest);
  state.json = options.json === true;
  if (options.version) return VERSION;
  if (options.help) return help(command);
  checkArgumentCount(command, args);
  if (command !== helpCommand && args[0] !== undefined) {
    state.projectFile = command === newCommand ? newProjectPath(args[0]) : existingProjectPath(args[0]);
  }
  return command.run({
    args,
    options,
    actor: () => resolveActor(stringOption(options, 'as'), io.env),
    commands: COMMANDS,
  });
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const state: RunState = { json: argv.includes('--json'), prefix: 'claimdesk' };
  try {
    return printOutcome(await execute(argv, io, state), state.json, state.prefix, io);
  } catch (err) {
    const report = toErrorReport(err, state.projectFile);
    const hint = report.type === 'usage' && state.prefix !== 'claimdesk' ? `\nSee '${state.prefix} --help'.` : '';
    io.stderr(`${state.prefix}: ${report.message}${hint}\n`);
    if (report.exitCode === ExitCode.failure && io.env.CLAIMDESK_DEBUG && err instanceof Error) {
      io.stderr(`${err.stack}\n`);
    }
    if (state.json) {
      const error = { type: report.type, message: report.message, exitCode: report.exitCode, ...report.details };
      io.stdout(`${JSON.stringify({ error }, null, 2)}\n`);
    }
    return report.exitCode;
  }
}
