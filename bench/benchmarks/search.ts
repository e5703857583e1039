/**
 * Full-text search over the large project: electron/search's searchProject (query parsing, bm25
 * ranking, highlighted snippets mapped back to the original text) against the raw FTS5 query
 * (the MATCH with bm25 ordering and LIMIT, nothing else) for the same expressions.
 */
import { openProject } from '../../electron/project/openProject';
import { searchProject } from '../../electron/search/searchProject';
import { ftsExpression, parseSearchQuery } from '../../electron/search/searchQuery';
import { mb, percentile, rssSampler } from '../lib/measure';
import type { BenchResult } from '../lib/result';
import type { LargeProjectWorkload } from '../workloads/largeProject';

const REPEATS = 5;

export function benchSearch(w: LargeProjectWorkload): BenchResult {
  const rss = rssSampler();
  const project = openProject(w.file, { actor: 'Bench', readOnly: true });
  const queries = [
    ...w.searchWords,
    `${w.searchWords[2]} ${w.searchWords[3]}`,
    `"${w.searchWords[0]} of"`,
    `${w.searchWords[4]!.slice(0, 4)}*`,
  ];
  const raw = project.db.prepare(
    'SELECT rowid, bm25(search_fts, 3, 1, 2) AS rank FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 20',
  );
  const ours: number[] = [];
  const base: number[] = [];
  let hits = 0;
  try {
    for (const q of queries) searchProject(project, q); // warm
    for (let r = 0; r < REPEATS; r++) {
      for (const q of queries) {
        const expr = ftsExpression(parseSearchQuery(q));
        let t0 = performance.now();
        raw.all(expr);
        base.push(performance.now() - t0);
        t0 = performance.now();
        hits += searchProject(project, q).hits.length;
        ours.push(performance.now() - t0);
      }
    }
  } finally {
    project.close();
  }
  const p95 = percentile(ours, 95);
  const b95 = percentile(base, 95);
  return {
    name: 'full-text search',
    metric: `p95 of ${ours.length} searches (${queries.length} queries × ${REPEATS}), top 20 with snippets`,
    ms: p95,
    baselineName: 'raw FTS5 MATCH + bm25 + LIMIT 20 (p95)',
    baselineMs: b95,
    ratio: p95 / b95,
    target: 'p95 ≤ 1.5× baseline',
    pass: p95 <= 1.5 * b95,
    nodePeakRssMb: mb(rss.stop()),
    notes: [`queries: ${queries.join(' | ')}`, `${hits} hits in all`],
  };
}
