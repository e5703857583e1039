/**
 * The e2e harness's Workspace: the real project services over one real project file, opened
 * with the real openProject. As in the app (electron/shell/appWorkspace.ts), a file in a synced
 * or network folder opens read-only until "Open here anyway". Other file commands need native
 * dialogs, which only the app has; here they fail with a message, and "reopen" closes and opens
 * the same file as a restarted app would.
 */
import type { FileCommand, Workspace } from '../../../electron/api/workspace';
import { openProject } from '../../../electron/project/openProject';
import type { Project } from '../../../electron/project/project';
import { locationReadOnlyReason } from '../../../electron/sync/projectLocation';
import { ClaimdeskError } from '../../../shared/ipc/result';

export interface HarnessProjectOptions {
  actor: string;
  readOnly?: boolean;
}

export class HarnessWorkspace implements Workspace {
  private open: Project | null = null;
  /** Paths in synced or network folders the user chose to write to anyway. */
  private readonly writableHere = new Set<string>();

  constructor(
    private readonly file: string | null,
    private readonly opts: HarnessProjectOptions,
    private readonly recent: string[] = [],
  ) {
    if (file) this.open = this.openFile(file);
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

  async fileCommand(command: FileCommand): Promise<void> {
    if (command === 'openHereAnyway' && this.open) {
      const file = this.open.path;
      this.writableHere.add(file);
      this.close();
      this.open = this.openFile(file);
      return;
    }
    throw new ClaimdeskError('unavailable', `“${command}” needs a file dialog, which the test harness does not have.`);
  }

  async openRecent(file: string): Promise<void> {
    this.close();
    this.open = this.openFile(file);
  }

  /** Closes the database and opens the same file again, so what the UI shows next comes from disk. */
  reopen(): void {
    if (!this.file) return;
    this.close();
    this.open = this.openFile(this.file);
  }

  close(): void {
    this.open?.close();
    this.open = null;
  }

  private openFile(file: string): Project {
    const unsafe = this.writableHere.has(file) ? null : locationReadOnlyReason(file);
    const project = openProject(file, { actor: this.opts.actor, readOnly: (this.opts.readOnly ?? false) || !!unsafe });
    if (unsafe) project.readOnlyReason = unsafe;
    return project;
  }
}
