/**
 * Turns on change capture for a project opened for writing (openProject and createProject call
 * this): a ChangeCapture with a fresh replica id for this session, then, if needed, one write
 * transaction that records rows changed while capture was off, states which app version the file
 * needs, and applies changes an upgrade has made applicable.
 */
import type { Project } from '../project/project';
import { writeTransaction } from '../project/writeTransaction';
import { ChangeCapture } from './changeCapture';
import { REQUIRES_APP_KEY, requiredAppForCurrentFormat } from './formatRequirement';
import { applyPendingChanges, needsPendingPass } from './pendingChanges';
import { newReplicaId } from './replicaId';

export interface SyncOptions {
  /** This installation's id (see replicaId.ts); defaults to one derived from host and user. */
  installationId?: string;
}

export function enableSync(project: Project, opts: SyncOptions = {}): Project {
  if (project.readOnly) return project;
  project.sync = new ChangeCapture(project.db, newReplicaId(opts.installationId), () => project.actor);
  const db = project.db;
  const required = requiredAppForCurrentFormat();
  const stated = db.prepare('SELECT value FROM project_meta WHERE key = ?').get(REQUIRES_APP_KEY) as
    { value: string } | undefined;
  const dirty = db.prepare('SELECT 1 FROM sync_dirty LIMIT 1').get() !== undefined;
  const pass = needsPendingPass(project);
  if (stated?.value === required && !dirty && !pass) return project;
  writeTransaction(project, () => {
    if (stated?.value !== required) {
      db.prepare('INSERT OR REPLACE INTO project_meta (key, value) VALUES (?, ?)').run(REQUIRES_APP_KEY, required);
    }
    if (pass) applyPendingChanges(project);
  });
  return project;
}
