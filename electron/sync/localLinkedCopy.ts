/**
 * The way out of working on a shared or synced path: a consistent copy of the project on local
 * disk, linked to the folder the original lives in as its shared folder, with everything shared
 * there at once. Colleagues who do the same exchange changes through that folder instead of
 * writing one SQLite file over the network.
 */
import path from 'node:path';
import { ClaimdeskError } from '../../shared/ipc/result';
import { openProject, saveProjectCopy } from '../project/openProject';
import type { Project } from '../project/project';
import { linkSyncFolder, syncRound } from './syncFolder';

/** Writes the local copy at `localFile`, links it to the original's folder, syncs once, closes it. */
export async function makeLocalLinkedCopy(
  project: Project,
  localFile: string,
  installationId?: string,
): Promise<string> {
  const dest = path.resolve(localFile);
  if (path.dirname(dest) === path.dirname(project.path)) {
    throw new ClaimdeskError(
      'invalid-input',
      `${dest}: choose a folder on this computer's own disk, not the shared one.`,
    );
  }
  await saveProjectCopy(project, dest);
  const copy = openProject(dest, { actor: project.actor, installationId });
  try {
    linkSyncFolder(copy, path.dirname(project.path));
    syncRound(copy);
  } finally {
    copy.close();
  }
  return dest;
}
