/**
 * The settings of every connection that writes a project file: WAL (readers never wait for the
 * writer, and a second connection can write while the first reads), foreign keys enforced, no
 * functions run from the schema, and a writer that finds the file busy waits up to five seconds
 * instead of failing at once.
 */
import type Database from 'better-sqlite3';

export function configureConnection(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
  db.pragma('busy_timeout = 5000');
}
