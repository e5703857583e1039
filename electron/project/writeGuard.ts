/**
 * Refuses writes to a project opened read-only, that is no longer its file's writer, or whose file
 * a background merge is writing, with a message that says why.
 */
import { ClaimdeskError } from '../../shared/ipc/result';
import type { Project } from './project';

export function assertWritable(project: Project): void {
  // A project closed meanwhile (another opened in its place while a dialog was up): its lock is gone.
  if (!project.db.open) {
    throw new ClaimdeskError('unavailable', `${project.path}: was closed; nothing was changed.`);
  }
  if (project.readOnly || project.checkWriter?.() === false) {
    throw new ClaimdeskError('read-only', `${project.path}: is open read-only; changes cannot be saved.`);
  }
  // The worker's transaction holds SQLite's write lock: waiting for it would freeze the window.
  if (project.busyWith) {
    throw new ClaimdeskError(
      'unavailable',
      `${project.path}: ${project.busyWith} is running, so nothing was changed. Try again once it is done, or cancel it.`,
    );
  }
}
