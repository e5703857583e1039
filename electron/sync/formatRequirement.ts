/**
 * "Which Claimdesk do I need to read this?" A build can only name the app versions of formats it
 * knows, so every file names its own requirement: a project file in project_meta
 * (`format.requires_app`, written when the file is opened for writing), a change file in its
 * metadata. A newer file refused by an older build then says exactly which version to install.
 */
import type Database from 'better-sqlite3';
import { version as appVersion } from '../../package.json';
import { LATEST_SCHEMA_VERSION } from '../project/migrations';
import { APP_VERSION_FOR_SCHEMA } from '../project/projectFormat';

export const REQUIRES_APP_KEY = 'format.requires_app';

/** The oldest Claimdesk that reads the project format this build writes. */
export function requiredAppForCurrentFormat(): string {
  return APP_VERSION_FOR_SCHEMA[LATEST_SCHEMA_VERSION] ?? appVersion;
}

export const CLAIMDESK_APP_VERSION: string = appVersion;

/** The requirement a (possibly newer) project file states, read without trusting its schema. */
export function readRequiredApp(db: Database.Database): string | undefined {
  try {
    const row = db.prepare('SELECT value FROM project_meta WHERE key = ?').get(REQUIRES_APP_KEY) as
      { value: unknown } | undefined;
    return typeof row?.value === 'string' && /^\d+\.\d+\.\d+[\w.-]*$/.test(row.value) ? row.value : undefined;
  } catch {
    return undefined;
  }
}
