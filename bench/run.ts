/**
 * `npm run bench`: builds the seeded workloads in a temporary folder, runs every benchmark with
 * its baseline measured in the same run on the same machine, prints a table and writes
 * bench/results.json. `BENCH_ONLY=name,name` runs a subset (names as in the table, lower case).
 * Budget: about 2 minutes on a 2-core machine (40 s of it generating the diverged copies);
 * repetitions are kept low to stay well within 10.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchExportPdf } from './benchmarks/exportPdf';
import { benchLargeProjectOpen } from './benchmarks/largeProjectOpen';
import { benchLongArticle } from './benchmarks/longArticleView';
import { benchMerge } from './benchmarks/merge';
import { benchReanchor } from './benchmarks/reanchor';
import { benchSearch } from './benchmarks/search';
import { mb, timed } from './lib/measure';
import type { BenchResult } from './lib/result';
import { formatTable } from './lib/table';
import { buildLargeProject } from './workloads/largeProject';
import { buildLongArticle } from './workloads/longArticle';
import { buildReportProject } from './workloads/reportProject';

const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);

/**
 * Collects the garbage the previous benchmark left (the long article's workload holds hundreds of
 * MB) so that its collection is not billed to the next one. `npm run bench` runs with --expose-gc.
 */
const settle = () => (globalThis as { gc?: () => void }).gc?.();
const wanted = (key: string) => only.length === 0 || only.includes(key);

async function main(): Promise<void> {
  const started = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-'));
  const results: BenchResult[] = [];
  const workloads: Record<string, number> = {};
  const log = (s: string) => process.stderr.write(`${s}\n`);
  try {
    const long = await timed(() => buildLongArticle(dir));
    workloads['long article (ms to generate)'] = Math.round(long.ms);
    log(
      `long article: ${long.value.plainText.length} chars, ${long.value.spans.length} highlights (${long.ms.toFixed(0)} ms)`,
    );
    settle();
    if (wanted('long')) results.push(...(await benchLongArticle(long.value)));
    settle();
    if (wanted('reanchor')) results.push(benchReanchor(long.value));
    if (wanted('large') || wanted('search')) {
      const large = await timed(() => buildLargeProject(dir));
      workloads['large project (ms to generate)'] = Math.round(large.ms);
      log(`large project: ${(fs.statSync(large.value.file).size / 1e6).toFixed(0)} MB (${large.ms.toFixed(0)} ms)`);
      settle();
      if (wanted('large')) results.push(await benchLargeProjectOpen(large.value));
      settle();
      if (wanted('search')) results.push(benchSearch(large.value));
    }
    settle();
    if (wanted('merge')) results.push(await benchMerge());
    if (wanted('pdf')) {
      const report = await timed(() => buildReportProject(dir));
      workloads['report project (ms to generate)'] = Math.round(report.ms);
      settle();
      results.push(await benchExportPdf(report.value));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const total = (performance.now() - started) / 1000;
  const out = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? '',
      memoryMb: mb(os.totalmem()),
      node: process.version,
    },
    totalSeconds: Math.round(total),
    workloads,
    results,
  };
  fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write(`${formatTable(results)}\n\nTotal ${total.toFixed(0)} s. Results in bench/results.json.\n`);
  if (results.some((r) => r.pass === false)) process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(2);
});
