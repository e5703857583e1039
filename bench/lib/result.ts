/**
 * One benchmark's outcome as results.json stores it and the table prints it: the figure, the
 * baseline measured in the same run, their ratio, the target and whether it holds, and memory.
 */
export interface BenchResult {
  name: string;
  /** What the figure is (e.g. "median of 3 opens", "p95 of 20 creations"). */
  metric: string;
  ms?: number;
  baselineName: string;
  baselineMs?: number;
  /** Figure ÷ baseline (or, for throughput targets, our throughput ÷ the baseline's). */
  ratio?: number;
  /** Human-readable target, e.g. "≤ 2× baseline". */
  target: string;
  pass: boolean | null;
  /** Peak RSS of the Node side during the benchmark, MB. */
  nodePeakRssMb?: number;
  /** Renderer JS heap used (CDP JSHeapUsedSize) at the end of the benchmark, MB. */
  rendererHeapMb?: number;
  notes: string[];
}

export function unavailable(name: string, target: string, why: string): BenchResult {
  return { name, metric: '-', baselineName: '-', target, pass: null, notes: [`not available: ${why}`] };
}
