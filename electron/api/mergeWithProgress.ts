/**
 * File → Merge from File as a long task, in mergeProjectFile's two halves with a checkpoint
 * before each: the colleague's file is copied and checked (prepareMerge, read-only), then absorbed
 * in one write transaction (absorbPrepared), whose steps are reported as they finish, each followed
 * by a cancel check: a Cancel seen there throws inside the transaction, which rolls back, so the
 * project stays exactly as it was. In the app this runs in the merge worker (mergeOffThread.ts),
 * where the cancel flag is shared memory the main thread sets the moment Cancel is clicked; run in
 * the main thread instead, a Cancel clicked during the transaction is only heard after it commits.
 */
import type { MergeReport } from '../../shared/sync/syncIpcSchemas';
import type { Project } from '../project/project';
import { absorbPrepared, prepareMerge } from '../sync/mergeProjectFile';
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

export async function mergeWithProgress(
  project: Project,
  otherFile: string,
  control: TaskControl,
): Promise<MergeReport> {
  control.progress('Checking the colleague’s copy', 0, TOTAL);
  await control.checkpoint();
  const prepared = prepareMerge(project, otherFile);
  try {
    control.progress('Reading the changes', 1, TOTAL);
    await control.checkpoint();
    let done = 2;
    return absorbPrepared(project, prepared, {
      onStep: (step) => {
        control.progress(NEXT[step] ?? step, done++, TOTAL);
        control.throwIfCancelled();
      },
    });
  } finally {
    prepared.dispose();
  }
}
