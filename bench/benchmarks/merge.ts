/**
 * Merging two diverged copies (50,000 changes each), made by electron/sync's own fixture
 * generator (createDivergedCopies): mergeProjectFile of copy B into copy A, in rows per second,
 * against raw better-sqlite3 inserts of the same rows in one transaction (rawInsertBaseline).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDivergedCopies, measureMerge, rawInsertBaseline } from '../../electron/sync/benchFixtures';
import { mb, rssSampler, timed } from '../lib/measure';
import type { BenchResult } from '../lib/result';

export const MERGE_CHANGES = 50_000;

export async function benchMerge(changes = MERGE_CHANGES): Promise<BenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-merge-'));
  try {
    const made = await timed(() => createDivergedCopies(dir, changes));
    const copies = made.value;
    const baseline = rawInsertBaseline(copies.a, copies.b, dir);
    const rss = rssSampler();
    const ours = measureMerge(copies.a, copies.b, dir);
    const ratio = ours.rowsPerSecond / baseline.rowsPerSecond;
    return {
      name: 'merge diverged copies',
      metric: `${ours.rows.toLocaleString('en')} rows merged (${changes.toLocaleString('en')} changes per copy); figure in ms, ratio = throughput ÷ baseline's`,
      ms: ours.millis,
      baselineName: 'raw better-sqlite3 inserts of the same rows, one transaction',
      baselineMs: baseline.millis,
      ratio,
      target: 'throughput ≥ 0.3× baseline',
      pass: ratio >= 0.3,
      nodePeakRssMb: mb(rss.stop()),
      notes: [
        `ours ${Math.round(ours.rowsPerSecond).toLocaleString('en')} rows/s, baseline ${Math.round(baseline.rowsPerSecond).toLocaleString('en')} rows/s`,
        `generating the copies (electron/sync/benchFixtures.ts): ${(made.ms / 1000).toFixed(0)} s`,
      ],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
