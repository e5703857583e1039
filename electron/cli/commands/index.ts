/** Every verb of the `claimdesk` command, in the order `claimdesk --help` lists them. */
import type { Command } from '../command';
import { annotateCommand } from './annotate';
import { articlesCommand } from './articles';
import { claimsCommand } from './claims';
import { exportCommand } from './export';
import { helpCommand } from './help';
import { historyCommand } from './history';
import { importCommand } from './import';
import { newCommand } from './new';
import { statusCommand } from './status';

export const COMMANDS: readonly Command[] = [
  newCommand,
  importCommand,
  articlesCommand,
  annotateCommand,
  statusCommand,
  claimsCommand,
  historyCommand,
  exportCommand,
  helpCommand,
];
