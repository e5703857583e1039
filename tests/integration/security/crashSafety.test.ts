/**
 * Crash safety: a process importing, annotating, merging colleagues' copies and exporting is
 * SIGKILLed at random moments, again and again. After every kill the project opens, SQLite's
 * integrity check passes, every change the process reported as committed is there (an exported
 * report is whole or absent), and each colleague's copy is either wholly merged or not at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createClaimFromSpan } from '../../../electron/spans/spanStore';
import { addEvidence } from '../../../electron/evidence/evidenceStore';
import { importTextArticle } from '../../../electron/import/importText';
import { openProject } from '../../../electron/project/openProject';
import { newTempProject } from '../../helpers/tempProject';
import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import { killed, lineMatching } from './spawnTsx';

const KILLS = 20;
const t = newTempProject();
t.project.close();
afterAll(() => fs.rmSync(t.dir, { recursive: true, force: true }));

/** The worker bundled once (dependencies stay in node_modules), so each restart takes a fraction of tsx's time. */
const worker = path.join(t.dir, 'crashWorker.cjs');
buildSync({
  entryPoints: [path.join(__dirname, 'crashWorker.ts')],
  outfile: worker,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  packages: 'external',
  logLevel: 'error',
});

/**
 * Colleagues' copies of the project (same project, copied before anyone worked on it), each with
 * an article, highlighted claims and evidence of its own: the ids a merge must bring in together.
 */
const COLLEAGUES = 4;
const colleagues = Array.from({ length: COLLEAGUES }, (_, n) => {
  const file = path.join(t.dir, `colleague-${n}.claimdesk`);
  fs.copyFileSync(t.file, file);
  const copy = openProject(file, { actor: `Colleague ${n}` });
  const ids: string[] = [];
  const { article } = importTextArticle(copy, {
    text: `Colleague ${n} article\n\n${`Colleague ${n} found that the ministry freed ${n + 50} people. `.repeat(4)}`,
  });
  ids.push(article.id);
  for (let c = 0; c < 3; c++) {
    const { claim, span } = createClaimFromSpan(
      copy,
      { articleId: article.id, start: c * 10, end: c * 10 + 8 },
      { text: `Colleague ${n} claim ${c}`, verdict: 'verified' },
    );
    ids.push(claim.id, span.id, addEvidence(copy, claim.id, { url: `https://example.org/${n}/${c}` }).id);
  }
  copy.close();
  return { file, ids };
});
const tmp = path.join(t.dir, 'tmp');
fs.mkdirSync(tmp);

const spawnWorker = (tag: string) =>
  spawn(process.execPath, [worker, t.file, tag, ...colleagues.map((c) => c.file)], {
    stdio: ['pipe', 'pipe', 'pipe'],
    // The bundle sits in a temp folder: point it at the project's node_modules. A killed merge's
    // private snapshot stays in TMPDIR: keep those in the test's own folder.
    env: { ...process.env, NODE_PATH: path.resolve(__dirname, '../../../node_modules'), TMPDIR: tmp },
  });

describe('crash safety', () => {
  it(`keeps the project sound and every acknowledged change after ${KILLS} SIGKILLs`, async () => {
    const acked: string[] = [];
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < KILLS; k++) {
      const child = spawnWorker(String(k));
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      await lineMatching(child, /^ack /);
      await new Promise((r) => setTimeout(r, 20 + random() * 300));
      await killed(child);
      // Only complete lines were acknowledged before the kill.
      acked.push(
        ...out
          .split('\n')
          .slice(0, -1)
          .filter((l) => l.startsWith('ack ')),
      );

      const project = openProject(t.file, { actor: 'Verifier' });
      try {
        expect(project.db.pragma('integrity_check', { simple: true })).toBe('ok');
        const has = (table: string, id: string) => !!project.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id);
        const present = (id: string) => ['articles', 'claims', 'spans', 'evidence'].some((table) => has(table, id));
        // A merge is one transaction: each colleague's rows are all here or none are.
        const merged = colleagues.map(({ ids }) => ids.filter(present).length);
        colleagues.forEach(({ ids }, n) => expect([0, ids.length], `colleague ${n}`).toContain(merged[n]));
        for (const line of acked) {
          const [, kind, ref] = line.split(' ') as [string, string, string];
          if (kind === 'article') expect(has('articles', ref), line).toBe(true);
          if (kind === 'claim') expect(has('claims', ref), line).toBe(true);
          if (kind === 'verdict') {
            const row = project.db.prepare('SELECT verdict FROM claims WHERE id = ?').get(ref) as { verdict: string };
            expect(row.verdict, line).toBe('disputed');
          }
          if (kind === 'merge') expect(merged[Number(ref)], line).toBe(colleagues[Number(ref)]!.ids.length);
          if (kind === 'export') expect(fs.readFileSync(ref, 'utf8').trimEnd()).toMatch(/<\/html>$/);
        }
      } finally {
        project.close();
      }
    }
    expect(acked.length).toBeGreaterThan(KILLS);
    expect(acked.filter((l) => l.startsWith('ack merge ')).length).toBeGreaterThan(0);
    // No half-written export is ever left under the report's name (temporary names only).
    for (const f of fs.readdirSync(path.dirname(t.file)).filter((n) => n.endsWith('.html'))) {
      expect(fs.readFileSync(path.join(path.dirname(t.file), f), 'utf8').trimEnd()).toMatch(/<\/html>$/);
    }
  }, 120_000);
});
