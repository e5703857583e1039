/** The results as a Markdown table (readable on a terminal, pasteable into the README). */
import type { BenchResult } from './result';

const num = (x: number | undefined, digits = 0) => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(digits));

export function formatTable(results: readonly BenchResult[]): string {
  const head = [
    'Benchmark',
    'Ours (ms)',
    'Baseline (ms)',
    'Ratio',
    'Target',
    'Pass',
    'Node peak RSS (MB)',
    'Renderer heap (MB)',
  ];
  const rows = results.map((r) => [
    r.name,
    num(r.ms, r.ms !== undefined && r.ms < 100 ? 1 : 0),
    num(r.baselineMs, r.baselineMs !== undefined && r.baselineMs < 100 ? 1 : 0),
    r.ratio === undefined ? '-' : `${r.ratio.toFixed(2)}×`,
    r.target,
    r.pass === null ? 'n/a' : r.pass ? 'PASS' : 'FAIL',
    num(r.nodePeakRssMb),
    num(r.rendererHeapMb),
  ]);
  const lines = [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  const notes = results.flatMap((r) => [
    `- ${r.name} — ${r.metric}; baseline: ${r.baselineName}`,
    ...r.notes.map((n) => `  - ${n}`),
  ]);
  return [...lines, '', ...notes].join('\n');
}
