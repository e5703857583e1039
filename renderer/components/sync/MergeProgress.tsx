/**
 * File → Merge from File while it runs: the merge's step and a progress bar in the window's corner,
 * with Cancel, which stops the merge and leaves the project exactly as it was.
 */
import { useProgressStore } from '../../stores/progressStore';
import { TaskProgress } from '../common/TaskProgress';

export function MergeProgress() {
  const running = useProgressStore((s) => s.tasks.merge !== undefined);
  if (!running) return null;
  return (
    <section className="import-panel" aria-label="Merge" role="region">
      <TaskProgress
        task="merge"
        label="Merge progress"
        heading="Merging a colleague’s copy"
        cancelNote="Stopping the merge; the project stays as it was."
      />
    </section>
  );
}
