/** Every migration, in order. Append new ones; never edit or reorder a released one. */
import { initialSchema } from './001-initial';
import type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [initialSchema];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
