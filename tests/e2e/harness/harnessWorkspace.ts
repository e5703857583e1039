/**
 * The e2e harness's Workspace: the real project services over one real project file, opened
 * with the real openProject. File commands need native dialogs, which only the app has; here they
 * fail with a message, and "reopen" closes and opens the same file as a restarted app would.
 */
import type { Workspace } from '../../../electron/api/workspace';
import { openProject } from '../../../electron/project/openProject';
import type { Project } from '../../../electron/project/project';
import { ClaimdeskError } from '../../../shared/ipc/result';

export interface HarnessProjectOptions {
  actor: string;
  readOnly?: boolean;
}

export class HarnessWorkspace implements Workspace {
  private open: Project | null = null;

  constructor(
    private readonly file: string | null,
    private readonly opts: HarnessProjectOptions,
    private readonly recent: string[] = [],
  ) {
    if (file) this.open = openProject(file, { actor: opts.actor, readOnly: opts.readOnly ?? false });
  }

  project(): Project {
    if (!this.open) throw new ClaimdeskError('unavailable', 'No project is open.');
    return this.open;
  }

  current(): Project | null {
    return this.open;
  }

  recentProjects(): string[] {
    return [...this.recent];
  }

  async fileCommand(command: string): Promise<void> {
    throw new ClaimdeskError('unavailable', `“${command}” needs a file dialog, which the test harness does not have.`);
  }

  async openRecent(file: string): Promise<void> {
    this.close();
    this.open = openProject(file, { actor: this.opts.actor, readOnly: this.opts.readOnly ?? false });
  }

  /** Closes the database and opens the same file again, so what the UI shows next comes from disk. */
  reopen(): void {
    if (!this.file) return;
    this.close();
    this.open = openProject(this.file, { actor: this.opts.actor, readOnly: this.opts.readOnly ?? false });
  }

  close(): void {
    this.open?.close();
    this.open = null;
  }
}
