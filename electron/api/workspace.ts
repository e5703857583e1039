/**
 * What the IPC handlers need from their host: the project open in this window, and the file
 * commands only the host can carry out (native dialogs in the app; fixed paths in tests).
 */
import type { Project } from '../project/project';

/** openHereAnyway: write to a project opened read-only for its synced or network folder, where it is. */
export type FileCommand = 'new' | 'open' | 'saveAs' | 'close' | 'openSample' | 'openHereAnyway';

export interface Workspace {
  /** The open project; throws a ClaimdeskError('unavailable') when none is open. */
  project(): Project;
  /** Path, title and mode of the open project, or null on the welcome screen. */
  current(): Project | null;
  recentProjects(): string[];
  fileCommand(command: FileCommand): Promise<void>;
  openRecent(path: string): Promise<void>;
}
