/** The flags every verb accepts, wherever they appear on the command line. */
import type { OptionSpec } from './command';

export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  json: { type: 'boolean', description: 'print the result as JSON on stdout (an error as { "error": {...} })' },
  as: {
    type: 'string',
    valueName: 'NAME',
    description: 'checker name recorded with each change (default: $CLAIMDESK_CHECKER, else the OS user name)',
  },
  help: { type: 'boolean', short: 'h', description: 'show help (for the verb, when one is given)' },
  version: { type: 'boolean', description: 'print the version of claimdesk' },
};
