/**
 * Project-level actions from the window: renaming the project (the title on report covers and in
 * the top bar; stored in the project file, so it travels to colleagues with the rest).
 */
import { api } from '../api/client';
import { projectState } from '../stores/projectStore';
import { runAction } from './runAction';

export function renameProject(title: string): Promise<void> {
  return runAction(async () => {
    const trimmed = title.trim();
    if (!trimmed || trimmed === projectState().project?.title) return;
    projectState().setInfo(await api.setProjectTitle(trimmed));
  }).then(() => undefined);
}
