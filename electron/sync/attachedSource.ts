/**
 * Runs an absorb from a database file attached to the project's connection, in one write
 * transaction: ATTACH happens before it (and DETACH after it: SQLite cannot detach inside one), so
 * if the process dies anywhere in between, the project is exactly as it was before.
 */
import type { Project } from '../project/project';
import { writeTransaction } from '../project/writeTransaction';
import { absorbChanges, type AbsorbCounts, type AbsorbOptions } from './absorbChanges';

export const SOURCE_SCHEMA = 'sync_src';

export function withAttached<T>(project: Project, file: string, schema: string, work: () => T): T {
  if (project.db.inTransaction) throw new Error('cannot attach a sync source inside a transaction');
  project.db.prepare(`ATTACH DATABASE ? AS ${schema}`).run(file);
  try {
    return work();
  } finally {
    project.db.exec(`DETACH DATABASE ${schema}`);
  }
}

/** Absorbs every change of the database at `file` (a checked, private copy) into the project. */
export function absorbFile(project: Project, file: string, opts: AbsorbOptions = {}): AbsorbCounts {
  return withAttached(project, file, SOURCE_SCHEMA, () =>
    writeTransaction(project, () => absorbChanges(project, SOURCE_SCHEMA, opts)),
  );
}
