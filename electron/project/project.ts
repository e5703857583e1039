/**
 * An open project: the database handle plus who is working on it. Every store function takes one.
 */
import type Database from 'better-sqlite3';

export interface Project {
  db: Database.Database;
  /** Absolute path of the project file. */
  path: string;
  /** The checker's name, recorded on every change. */
  actor: string;
  readOnly: boolean;
  close(): void;
}
