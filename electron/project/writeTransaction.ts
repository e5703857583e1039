/**
 * Runs a change as one write transaction. BEGIN IMMEDIATE takes the write lock up front, so a
 * second writer waits for `busy_timeout` instead of failing halfway with SQLITE_BUSY; nested calls
 * become savepoints of the outer transaction, so a store function composes into larger changes.
 * Before the outermost one commits, the sync log records what it changed (electron/sync/
 * changeCapture.ts), under one clock stamp: the change and its record commit or vanish together.
 */
import type { Project } from './project';
import { assertWritable } from './writeGuard';

export function writeTransaction<T>(project: Project, change: () => T): T {
  assertWritable(project);
  if (project.db.inTransaction) return project.db.transaction(change)();
  return project.db
    .transaction(() => {
      const result = change();
      project.sync?.flush();
      return result;
    })
    .immediate();
}
