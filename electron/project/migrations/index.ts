/** Every migration, in order. Append new ones; never edit or reorder a released one. */
import { initialSchema } from './001-initial';
import { articleVersions } from './002-article-versions';
import { searchIndex } from './003-search';
import { syncLog } from './004-sync';
import { claimFields } from './005-claim-fields';
import { listOrder } from './006-list-order';
import type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  articleVersions,
  searchIndex,
  syncLog,
  claimFields,
  listOrder,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
