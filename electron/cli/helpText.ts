/**
 * The help texts, generated from the verbs' declarations (command.ts) so they always match what
 * the parser accepts: `claimdesk --help` lists the verbs, global options and exit codes;
 * `claimdesk help VERB` and `claimdesk VERB --help` describe one verb, including its --json shape.
 */
import type { Command, OptionSpec } from './command';
import { EXIT_CODE_HELP } from './exitCodes';
import { GLOBAL_OPTIONS } from './globalOptions';
import { MIN_PREFIX } from './idPrefix';

function flag(name: string, spec: OptionSpec): string {
  const long = `--${name}${spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : ''}`;
  return spec.short ? `-${spec.short}, ${long}` : long;
}

/** Two columns: names padded to the widest, then descriptions. */
function columns(rows: readonly [string, string][]): string {
  const width = Math.max(0, ...rows.map(([name]) => name.length));
  return rows.map(([name, text]) => `  ${name.padEnd(width)}  ${text}`).join('\n');
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');

export function globalHelp(commands: readonly Command[], version: string): string {
  return [
    `claimdesk ${version}: the Claimdesk command line, for fact-checking articles from scripts.`,
    '',
    'Usage: claimdesk VERB [ARGUMENTS] [OPTIONS]',
    '       claimdesk help VERB    (or claimdesk VERB --help)',
    '',
    'Verbs:',
    columns(commands.map((c) => [c.name, c.summary])),
    '',
    'Global options (with any verb):',
    columns(Object.entries(GLOBAL_OPTIONS).map(([name, spec]) => [flag(name, spec), spec.description])),
    '',
    'Conventions:',
    '  Results go to stdout (JSON with --json); messages, warnings and errors go to stderr.',
    `  Article and claim ids may be shortened to a unique prefix of at least ${MIN_PREFIX} characters.`,
    '  A FILE without extension also finds FILE.claimdesk. Verbs that only read open the project',
    '  read-only; a file that is not a Claimdesk project is never modified.',
    '',
    'Exit codes:',
    columns(EXIT_CODE_HELP.map(([code, text]) => [String(code), text])),
  ].join('\n');
}

export function verbHelp(c: Command): string {
  const parts = [`Usage: claimdesk ${c.synopsis}`, '', `${c.summary[0]!.toUpperCase()}${c.summary.slice(1)}.`];
  if (c.args.length) {
    parts.push('', 'Arguments:', columns(c.args.map((a) => [a.variadic ? `${a.name}...` : a.name, a.description])));
  }
  if (Object.keys(c.options).length) {
    parts.push(
      '',
      'Options:',
      columns(Object.entries(c.options).map(([name, spec]) => [flag(name, spec), spec.description])),
    );
  }
  parts.push(
    '',
    `Global options: ${Object.entries(GLOBAL_OPTIONS)
      .map(([n, s]) => flag(n, s))
      .join(', ')} (see claimdesk --help)`,
  );
  if (c.details) parts.push('', c.details);
  parts.push('', 'Output with --json:', indent(c.jsonShape));
  return parts.join('\n');
}

/** What `claimdesk help --json` prints: the same information for scripts. */
export function helpJson(commands: readonly Command[], version: string, verb?: Command): unknown {
  if (verb) {
    return {
      name: verb.name,
      summary: verb.summary,
      usage: `claimdesk ${verb.synopsis}`,
      arguments: verb.args.map((a) => ({
        name: a.name,
        description: a.description,
        variadic: !!a.variadic,
        optional: !!a.optional,
      })),
      options: Object.entries(verb.options).map(([name, s]) => ({
        name: `--${name}`,
        type: s.type,
        description: s.description,
      })),
      json: verb.jsonShape,
    };
  }
  return {
    version,
    verbs: commands.map((c) => ({ name: c.name, summary: c.summary, usage: `claimdesk ${c.synopsis}` })),
    exitCodes: Object.fromEntries(EXIT_CODE_HELP.map(([code, text]) => [String(code), text])),
  };
}
