/**
 * A running long task (export, merge) as the checker sees it: the step, a bar of the steps done,
 * and Cancel. Shown from the task's first progress event until its call returns.
 */
import type { LongTask } from '../../../shared/ipc/contract';
import { cancelTask } from '../../actions/longTaskActions';
import { useProgressStore } from '../../stores/progressStore';

interface Props {
  task: LongTask;
  /** What is running, for the bar's label ("Export progress"). */
  label: string;
  /** What Cancel promises, shown once it was clicked. */
  cancelNote: string;
  /** A line under the step (what the task is working on). */
  heading?: string;
  /** False when the surrounding dialog has its own Cancel button for the task. */
  cancelButton?: boolean;
}

export function TaskProgress({ task, label, cancelNote, heading, cancelButton = true }: Props) {
  const progress = useProgressStore((s) => s.tasks[task]);
  if (!progress) return null;
  // The import panel's look: one style for every long task.
  return (
    <div className="import-progress task-progress" role="status" aria-live="polite">
      <div className="import-head">
        <span className="spinner" aria-hidden="true" />
        <div className="import-head-text">
          <strong className="import-status">{progress.cancelling ? 'Stopping…' : progress.step}</strong>
          {heading && <span className="import-current">{heading}</span>}
        </div>
        {cancelButton && (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => void cancelTask(task)}
            disabled={progress.cancelling}
          >
            Cancel
          </button>
        )}
      </div>
      <progress className="import-bar" max={progress.total} value={progress.done} aria-label={label} />
      {progress.cancelling && <p className="muted small">{cancelNote}</p>}
    </div>
  );
}
