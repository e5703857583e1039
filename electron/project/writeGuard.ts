/** Refuses writes to a project opened read-only, or that is no longer its file's writer, with a message that says why. */
import { ClaimdeskError } from '../../shared/ipc/result';
import type { Project } from './project';

export function assertWritable(project: Project): void {
  if (project.readOnly || project.checkWriter?.() === false) {
    throw new ClaimdeskError('read-only', `${project.path}: is open read-only; changes cannot be saved.`);
  }
}
