/** Every verb of the `claimdesk` command, in the order `claimdesk --help` lists them. */
import type { Command } from '../command';
import { annotateCommand } from './annotate';
import { checkCommand } from './check';
import { articlesCommand } from './articles';
import { claimsCommand } from './claims';
import { conflictsCommand } from './conflicts';
import { exportCommand } from './export';
import { helpCommand } from './help';
import { historyCommand } from './history';
import { importCommand } from './import';
import { mergeCommand } from './merge';
import { newCommand } from './new';
import { searchCommand } from './search';
import { statusCommand } from './status';
import { syncCommand } from './sync';
import { titleCommand } from './title';

export const COMMANDS: readonly Command[] = [
  newCommand,
  titleCommand,
  importCommand,
  articlesCommand,
  annotateCommand,
  statusCommand,
  claimsCommand,
  historyCommand,
  searchCommand,
  exportCommand,
  checkCommand,
  mergeCommand,
  syncCommand,
  conflictsCommand,
  helpCommand,
];
