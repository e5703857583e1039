/**
 * An open project: the database handle plus who is working on it. Every store function takes one.
 */
import type Database from 'better-sqlite3';
import type { ChangeCapture } from '../sync/changeCapture';

export interface Project {
  db: Database.Database;
  /** Absolute path of the project file. */
  path: string;
  /** The checker's name, recorded on every change. */
  actor: string;
  readOnly: boolean;
  /**
   * For a project opened as its file's one writer (electron/lock/lockedProject.ts): checks that it
   * still is, turning the project read-only if not. Asked before every write (writeGuard.ts).
   */
  checkWriter?(): boolean;
  /** The token of the project lock this project was opened under (bindLock), for other threads to check. */
  lockToken?: string;
  /**
   * Why a project the user asked to change is read-only (another checker has it open...): a
   * sentence without a "Read-only" lead, which the banner and the message box add themselves.
   */
  readOnlyReason?: string;
  /**
   * Set while work in a worker thread holds the file's write lock (a merge): what is running, for
   * the message that refuses a change meanwhile (writeGuard.ts) instead of letting it wait.
   */
  busyWith?: string;
  /** Records every change in the sync log (projects opened for writing; see electron/sync/). */
  sync?: ChangeCapture;
  close(): void;
}
