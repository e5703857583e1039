/**
 * Creates the sample project a first-time user lands in: a project file holding the two sample
 * articles, ready to highlight. Built under a temporary name and renamed when complete, so an
 * interrupted start-up never leaves a half-made sample behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ClaimdeskError } from '../../shared/ipc/result';
import { importTextArticle } from '../import/importText';
import { createProject } from '../project/openProject';
import { setProjectTitle } from '../project/projectTitle';
import { SAMPLE_ARTICLES, type SampleArticle } from './sampleArticles';

export const SAMPLE_PROJECT_NAME = 'Sample project.claimdesk';

export function sampleProjectPath(userDataDir: string): string {
  return path.join(userDataDir, SAMPLE_PROJECT_NAME);
}

/** Writes a new sample project at `file` (which must not exist) and returns its path. */
export function createSampleProject(
  file: string,
  actor: string,
  articles: readonly SampleArticle[] = SAMPLE_ARTICLES,
): string {
  if (fs.existsSync(file)) throw new ClaimdeskError('conflict', `${file}: already exists; choose another name.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Keeps the .claimdesk extension so the stored title is the final name, not the temp one.
  const partial = path.join(path.dirname(file), `.partial-${process.pid}-${path.basename(file)}`);
  fs.rmSync(partial, { force: true });
  const project = createProject(partial, { actor });
  try {
    for (const a of articles) importTextArticle(project, { text: a.text, sourceName: a.sourceName });
    setProjectTitle(project, path.basename(file).replace(/\.claimdesk$/i, ''));
  } catch (err) {
    project.close();
    fs.rmSync(partial, { force: true });
    throw err;
  }
  project.close();
  fs.renameSync(partial, file);
  return path.resolve(file);
}
