/**
 * A second connection to a project this process already has open for writing, for work that runs
 * in a worker thread (a merge) while the window keeps reading through the first. It is the same
 * writer as far as colleagues are concerned: the process holds the project's lock, and changes it
 * records carry the open project's replica id and the checker named when the work started. The file was inspected and migrated when
 * the project was opened, so only the format is confirmed here.
 */
import Database from 'better-sqlite3';
import { ClaimdeskError } from '../../shared/ipc/result';
import { ChangeCapture } from '../sync/changeCapture';
import { configureConnection } from './connectionPragmas';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { nativeBindingOption } from './nativeBinding';
import type { Project } from './project';

export interface BackgroundIdentity {
  /** The open project's file. */
  path: string;
  actor: string;
  /** The open project's replica id (project.sync.replicaId). */
  replicaId: string;
  /** The token of the lock the open project holds, when it holds one (project.lockToken). */
  lockToken?: string;
}

export function openBackgroundConnection({ path, actor, replicaId }: BackgroundIdentity): Project {
  const db = new Database(path, { fileMustExist: true, ...nativeBindingOption() });
  try {
    configureConnection(db);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version !== LATEST_SCHEMA_VERSION) {
      throw new ClaimdeskError('unavailable', `${path}: changed format while open (format ${version}).`);
    }
  } catch (err) {
    db.close();
    throw err;
  }
  const project: Project = { db, path, actor, readOnly: false, close: () => db.close() };
  project.sync = new ChangeCapture(db, replicaId, () => actor);
  return project;
}
