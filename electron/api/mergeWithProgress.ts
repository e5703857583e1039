/**
 * File → Merge from File as a long task, in two phases with a checkpoint between them: first the
 * colleague's file is copied and checked (the slow, read-only part), then it is absorbed in one
 * write transaction. A Cancel before the transaction leaves the project untouched; the
 * transaction's steps report progress and stop it, rolled back whole, if the task was cancelled
 * by then. (The transaction itself runs without yielding, so a Cancel clicked during it is seen
 * only at its end, when the merge is already complete.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ClaimdeskError } from '../../shared/ipc/result';
import type { MergeReport } from '../../shared/sync/syncIpcSchemas';
import type { Project } from '../project/project';
import { assertWritable } from '../project/writeGuard';
import { mergeProjectFile, snapshotProjectFile } from '../sync/mergeProjectFile';
import type { TaskControl } from './longTasks';

/** What runs after each step absorbChanges.ts reports (it reports a step once it is done). */
const NEXT: Record<string, string> = {
  changes: 'Copying the changed values',
  values: 'Adding history',
  history: 'Finding conflicts',
  heads: 'Applying the changes',
  rows: 'Finishing',
};
const TOTAL = 2 + Object.keys(NEXT).length;

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

export async function mergeWithProgress(
  project: Project,
  otherFile: string,
  control: TaskControl,
): Promise<MergeReport> {
  assertWritable(project);
  const other = path.resolve(otherFile);
  if (realPath(other) === realPath(project.path)) {
    throw new ClaimdeskError('invalid-input', `${other}: is this project itself; choose a colleague's copy to merge.`);
  }
  control.progress('Checking the colleague’s copy', 0, TOTAL);
  await control.checkpoint();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-merging-'));
  try {
    const snapshot = path.join(tmp, path.basename(other));
    snapshotProjectFile(other, snapshot);
    control.progress('Reading the changes', 1, TOTAL);
    await control.checkpoint();
    let done = 2;
    try {
      const report = mergeProjectFile(project, snapshot, {
        onStep: (step) => {
          control.progress(NEXT[step] ?? step, done++, TOTAL);
          // Thrown inside the transaction, this rolls the whole merge back.
          control.throwIfCancelled();
        },
      });
      return { ...report, file: other };
    } catch (err) {
      // Messages name the colleague's file, never the private copy.
      if (err instanceof ClaimdeskError) throw new ClaimdeskError(err.type, err.message.split(snapshot).join(other));
      throw err;
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
