/**
 * Crash safety: a process importing, annotating and exporting is SIGKILLed at random moments,
 * again and again. After every kill the project opens, SQLite's integrity check passes, and every
 * change the process reported as committed is there (an exported report is whole or absent).
 * Merging is not covered: electron/sync does not exist yet.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
const spawnWorker = (tag: string) =>
  spawn(process.execPath, [worker, t.file, tag], {
    stdio: ['pipe', 'pipe', 'pipe'],
    // The bundle sits in a temp folder: point it at the project's node_modules.
    env: { ...process.env, NODE_PATH: path.resolve(__dirname, '../../../node_modules') },
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
        for (const line of acked) {
          const [, kind, ref] = line.split(' ') as [string, string, string];
          if (kind === 'article') expect(has('articles', ref), line).toBe(true);
          if (kind === 'claim') expect(has('claims', ref), line).toBe(true);
          if (kind === 'verdict') {
            const row = project.db.prepare('SELECT verdict FROM claims WHERE id = ?').get(ref) as { verdict: string };
            expect(row.verdict, line).toBe('disputed');
          }
          if (kind === 'export') expect(fs.readFileSync(ref, 'utf8').trimEnd()).toMatch(/<\/html>$/);
        }
      } finally {
        project.close();
      }
    }
    expect(acked.length).toBeGreaterThan(KILLS);
    // No half-written export is ever left under the report's name (temporary names only).
    for (const f of fs.readdirSync(path.dirname(t.file)).filter((n) => n.endsWith('.html'))) {
      expect(fs.readFileSync(path.join(path.dirname(t.file), f), 'utf8').trimEnd()).toMatch(/<\/html>$/);
    }
  }, 60_000);
});
