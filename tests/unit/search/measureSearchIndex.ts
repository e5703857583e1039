/**
 * Measures what the search index costs and how fast it answers, on a synthetic project of 500
 * articles built from the sample articles' sentences (about 3 MB of text) plus 2,000 claims.
 * Not a test (it takes a while); the numbers are quoted in migration 003's docblock.
 *   node --import tsx tests/unit/search/measureSearchIndex.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { createClaim, updateClaim } from '../../../electron/claims/claimStore';
import { importTextArticle } from '../../../electron/import/importText';
import { createProject } from '../../../electron/project/openProject';
import type { Project } from '../../../electron/project/project';
import { searchProject } from '../../../electron/search/searchProject';
import { sampleText, tempDir, US_SAMPLE, VENEZUELA_SAMPLE } from '../../helpers/tempProject';

const ARTICLES = 500;
const CLAIMS = 2000;
const sentences = [sampleText(US_SAMPLE), sampleText(VENEZUELA_SAMPLE)]
  .flatMap((t) => t.split(/(?<=[.!?])\s+/))
  .filter((s) => s.length > 40);

/** A deterministic pseudo-random sequence, so runs compare. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function article(i: number, next: () => number): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < 12; p++) {
    const n = 3 + Math.floor(next() * 3);
    paragraphs.push(
      Array.from({ length: n }, () =>
        sentences[Math.floor(next() * sentences.length)]!.replace(/\d+/g, String(Math.floor(next() * 900))),
      ).join(' '),
    );
  }
  return `Synthetic report ${i}\n\n${paragraphs.join('\n\n')}`;
}

function time<T>(work: () => T): [T, number] {
  const t = performance.now();
  const r = work();
  return [r, performance.now() - t];
}

function build(project: Project, label: string): void {
  const next = random(42);
  const [, importMs] = time(() => {
    for (let i = 0; i < ARTICLES; i++) importTextArticle(project, { text: article(i, next) });
  });
  const [ids, claimMs] = time(() =>
    Array.from(
      { length: CLAIMS },
      (_, i) =>
        createClaim(project, {
          text: `${sentences[i % sentences.length]} (${i})`,
          claimant: 'Desk',
          verdict: 'unverified',
          rationale: '',
        }).id,
    ),
  );
  const [, updateMs] = time(() => {
    for (const id of ids.slice(0, 200)) updateClaim(project, id, { rationale: 'Checked against the ministry list' });
  });
  project.db.pragma('wal_checkpoint(TRUNCATE)');
  const size = fs.statSync(project.path).size;
  console.log(
    `${label}: import ${ARTICLES} articles ${(importMs / 1000).toFixed(1)} s, ${CLAIMS} claims ${(claimMs / 1000).toFixed(1)} s, ` +
      `200 claim edits ${updateMs.toFixed(0)} ms, file ${(size / 1048576).toFixed(1)} MB`,
  );
}

const dir = tempDir('claimdesk-measure-');
const plain = createProject(path.join(dir, 'no-index.claimdesk'), { actor: 'M' });
plain.db.exec(`
  DROP TRIGGER articles_search_insert; DROP TRIGGER articles_search_update; DROP TRIGGER articles_search_delete;
  DROP TRIGGER claims_search_insert; DROP TRIGGER claims_search_update; DROP TRIGGER claims_search_delete;
  DROP TRIGGER evidence_search_insert; DROP TRIGGER evidence_search_update; DROP TRIGGER evidence_search_delete;
  DROP TABLE search_fts; DROP TABLE search_docs;`);
build(plain, 'without index');
plain.close();

const indexed = createProject(path.join(dir, 'indexed.claimdesk'), { actor: 'M' });
build(indexed, 'with index   ');
const text = (indexed.db.prepare('SELECT sum(length(plain_text)) AS n FROM articles').get() as { n: number }).n;
console.log(`article text: ${(text / 1048576).toFixed(1)} MB in ${ARTICLES} articles`);
for (const q of [
  'prisoners',
  'p',
  're',
  'Rodriguez',
  'Penal 56',
  '"political prisoners"',
  'interim government released',
  'zzzz',
  '北京',
]) {
  searchProject(indexed, q);
  const runs = 5;
  const [result, ms] = time(() => {
    let r;
    for (let k = 0; k < runs; k++) r = searchProject(indexed, q);
    return r!;
  });
  console.log(
    `  search ${JSON.stringify(q).padEnd(32)} ${(ms / runs).toFixed(1).padStart(7)} ms  ${result.hits.length} hits (${result.mode})`,
  );
}
indexed.close();
fs.rmSync(dir, { recursive: true, force: true });
