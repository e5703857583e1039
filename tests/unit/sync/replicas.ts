/**
 * Colleagues' copies of one project for the sync tests: a base project (one sample article, a
 * couple of claims) copied to a file per colleague and opened under their name, each with its own
 * replica id, as if mailed around. Real files in a fresh temp folder; nothing is mocked.
 *
 * The folders are on a RAM file system (/dev/shm) where there is one: the property tests open,
 * merge and close thousands of projects, and on a busy disk each close's fsync costs more than
 * everything else put together. SQLite behaves the same there; only fsync is cheap.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { getArticle } from '../../../electron/articles/articleStore';
import { importTextArticle } from '../../../electron/import/importText';
import { createProject, openProject } from '../../../electron/project/openProject';
import type { Project } from '../../../electron/project/project';
import { createClaimFromSpan } from '../../../electron/spans/spanStore';
import { absorbFile } from '../../../electron/sync/attachedSource';
import { canonicalProjectDump } from '../../../electron/sync/projectDump';
import { rangeOf, sampleText, US_SAMPLE } from '../../helpers/tempProject';

const RAM_DIR = '/dev/shm';
const made: string[] = [];
// RAM is precious: the folders a test file made go when it is done.
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder, on /dev/shm when it is usable; removed after the test file. */
export function fastTempDir(prefix: string): string {
  let dir: string;
  try {
    fs.accessSync(RAM_DIR, fs.constants.W_OK);
    dir = fs.mkdtempSync(path.join(RAM_DIR, prefix));
  } catch {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  }
  made.push(dir);
  return dir;
}

export const QUOTES = ['116 prisoners were released on Monday alone', 'at least 4 American citizens'];

export interface Base {
  dir: string;
  file: string;
  articleId: string;
  text: string;
  claimIds: string[];
}

/** A project with the US sample article and a claim per quote in QUOTES. */
export function createBase(): Base {
  const dir = fastTempDir('claimdesk-sync-');
  const file = path.join(dir, 'base.claimdesk');
  const project = createProject(file, { actor: 'Editor' });
  try {
    const article = importTextArticle(project, { text: sampleText(US_SAMPLE), sourceName: US_SAMPLE }).article;
    const text = getArticle(project, article.id).plainText;
    const claimIds = QUOTES.map(
      (q) => createClaimFromSpan(project, { articleId: article.id, ...rangeOf(text, q) }).claim.id,
    );
    return { dir, file, articleId: article.id, text, claimIds };
  } finally {
    project.close();
  }
}

export interface Replica {
  name: string;
  file: string;
  project: Project;
}

/** A copy of the base file per name, in a new folder, opened under that name. */
export function replicasOf(base: Base, names: readonly string[]): Replica[] {
  const dir = fastTempDir('claimdesk-replicas-');
  return names.map((name) => {
    const file = path.join(dir, `${name}.claimdesk`);
    fs.copyFileSync(base.file, file);
    return { name, file, project: openProject(file, { actor: name }) };
  });
}

export function closeAll(replicas: readonly Replica[]): void {
  for (const r of replicas) r.project.close();
  if (replicas[0]) fs.rmSync(path.dirname(replicas[0].file), { recursive: true, force: true });
}

/**
 * The merge without the defensive checks on the other file (the property tests run thousands of
 * merges between trusted copies; mergeProjectFile, which adds the checks, is tested on its own).
 */
export function absorbReplica(into: Replica, from: Replica) {
  return absorbFile(into.project, from.file);
}

export const dumpOf = (r: Replica): string => canonicalProjectDump(r.project.db);
