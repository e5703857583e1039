/**
 * Brings a database to the latest schema: each migration it lacks, in order, in one transaction
 * with its `user_version` bump. Used by opening a project and by upgrading a colleague's snapshot
 * before a merge, so both upgrade a file the same way.
 */
import type Database from 'better-sqlite3';
import { MIGRATIONS } from './index';

export function applyMigrations(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
