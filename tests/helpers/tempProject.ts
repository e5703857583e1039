/**
 * Real project files in a fresh temp folder for each test: no database is ever mocked.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createProject } from '../../electron/project/openProject';
import type { Project } from '../../electron/project/project';
import { importTextArticle } from '../../electron/import/importText';

export const SAMPLE_DIR = path.resolve(__dirname, '../../build/sample-articles');
export const US_SAMPLE = 'us-detainees-released.txt';
export const VENEZUELA_SAMPLE = 'venezuela-frees-prisoners.txt';

export function tempDir(prefix = 'claimdesk-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sampleText(name: string): string {
  return fs.readFileSync(path.join(SAMPLE_DIR, name), 'utf8');
}

/** A new empty project file; closed and removed by the returned cleanup. */
export function newTempProject(actor = 'Test Checker'): { project: Project; file: string; dir: string } {
  const dir = tempDir();
  const file = path.join(dir, 'test.claimdesk');
  return { project: createProject(file, { actor }), file, dir };
}

/** A project holding the two sample articles; returns their ids. */
export function sampleProject(actor = 'Test Checker') {
  const t = newTempProject(actor);
  const us = importTextArticle(t.project, { text: sampleText(US_SAMPLE), sourceName: US_SAMPLE }).article;
  const ve = importTextArticle(t.project, { text: sampleText(VENEZUELA_SAMPLE), sourceName: VENEZUELA_SAMPLE }).article;
  return { ...t, us, ve };
}

/** Offsets of the one occurrence of `quote` in `text`; throws if absent or repeated. */
export function rangeOf(text: string, quote: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`quote not found: ${quote}`);
  if (text.indexOf(quote, start + 1) !== -1) throw new Error(`quote repeated: ${quote}`);
  return { start, end: start + quote.length };
}
