/**
 * Setting the project's title: the name on the report cover, the running header and the window.
 * It is stored in project_meta ('title', created from the file name) and, being a project fact
 * rather than a fact about this copy of the file, shared with colleagues through sync.
 */
import { ClaimdeskError } from '../../shared/ipc/result';
import type { Project } from './project';
import { writeTransaction } from './writeTransaction';

export const MAX_TITLE_LENGTH = 300;

/** The title as stored: spaces collapsed, control characters refused, neither empty nor too long. */
export function normaliseProjectTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (!clean) throw new ClaimdeskError('invalid-input', 'A project title cannot be empty.');
  if (clean.length > MAX_TITLE_LENGTH) {
    throw new ClaimdeskError(
      'invalid-input',
      `A project title can be at most ${MAX_TITLE_LENGTH} characters (this one has ${clean.length}).`,
    );
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(clean)) {
    throw new ClaimdeskError('invalid-input', 'A project title cannot contain control characters.');
  }
  return clean;
}

/** Stores the project's title in one write transaction; returns the title as stored. */
export function setProjectTitle(project: Project, title: string): string {
  const clean = normaliseProjectTitle(title);
  writeTransaction(project, () => {
    const updated = project.db.prepare("UPDATE project_meta SET value = ? WHERE key = 'title'").run(clean);
    if (updated.changes === 0)
      project.db.prepare("INSERT INTO project_meta (key, value) VALUES ('title', ?)").run(clean);
  });
  return clean;
}
