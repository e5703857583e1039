/**
 * An AppWorkspace on real temp files, with dialogs that answer from a queue instead of a window.
 */
import path from 'node:path';
import { AppWorkspace, type AppWorkspaceOptions, type ProjectDialogs } from '../../../electron/shell/appWorkspace';
import { SettingsFile } from '../../../electron/settings/settingsFile';
import type { Project } from '../../../electron/project/project';
import { tempDir } from './tempDir';

export class ScriptedDialogs implements ProjectDialogs {
  /** The next answers, in order; `null` means the user cancelled. */
  readonly answers: (string | null)[] = [];
  readonly asked: string[] = [];

  private next(kind: string): Promise<string | null> {
    this.asked.push(kind);
    if (this.answers.length === 0) throw new Error(`unexpected ${kind} dialog`);
    return Promise.resolve(this.answers.shift()!);
  }
  chooseNewProjectPath() {
    return this.next('new');
  }
  chooseProjectToOpen() {
    return this.next('open');
  }
  chooseCopyPath(currentPath: string) {
    return this.next(`saveAs:${path.basename(currentPath)}`);
  }
}

export function makeWorkspace(
  dir = tempDir(),
  opts: { backups?: boolean } & Pick<AppWorkspaceOptions, 'projectLetGo'> = {},
) {
  const settings = new SettingsFile(path.join(dir, 'userData', 'settings.json'), 'Dana Checker');
  const dialogs = new ScriptedDialogs();
  const changes: (string | null)[] = [];
  const workspace = new AppWorkspace({
    settings,
    dialogs,
    ...(opts.backups ? { backups: { root: path.join(dir, 'userData', 'backups') } } : {}),
    projectLetGo: opts.projectLetGo,
    samplePath: path.join(dir, 'userData', 'Sample project.claimdesk'),
    onChange: (current: Project | null) => changes.push(current ? current.path : null),
  });
  return { dir, settings, dialogs, changes, workspace };
}
