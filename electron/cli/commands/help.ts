/** `claimdesk help [VERB]`: the same text as `claimdesk --help` / `claimdesk VERB --help`. */
import type { Command } from '../command';
import { usageError } from '../cliError';
import { globalHelp, helpJson, verbHelp } from '../helpText';
import { CLAIMDESK_VERSION } from '../version';

export const helpCommand: Command = {
  name: 'help',
  summary: 'show help for claimdesk or for one verb',
  synopsis: 'help [VERB]',
  args: [{ name: 'VERB', description: 'the verb to describe', optional: true }],
  options: {},
  details: '',
  jsonShape: [
    'without VERB: { "version", "verbs": [ { name, summary, usage } ], "exitCodes": { "0": text, ... } }',
    'with VERB:    { name, summary, usage, arguments: [...], options: [...], json: text }',
  ].join('\n'),
  run(ctx) {
    const name = ctx.args[0];
    if (name === undefined) {
      return { json: helpJson(ctx.commands, CLAIMDESK_VERSION), text: globalHelp(ctx.commands, CLAIMDESK_VERSION) };
    }
    const verb = ctx.commands.find((c) => c.name === name);
    if (!verb) throw usageError(`Unknown verb "${name}". Verbs: ${ctx.commands.map((c) => c.name).join(', ')}.`);
    return { json: helpJson(ctx.commands, CLAIMDESK_VERSION, verb), text: verbHelp(verb) };
  },
};
