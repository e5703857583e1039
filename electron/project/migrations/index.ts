/** Every migration, in order. Append new ones; never edit or reorder a released one. */
import { initialSchema } from './001-initial';
import { articleVersions } from './002-article-versions';
import type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [initialSchema, articleVersions];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
