/**
 * Re-anchoring the long article's 5,000 highlights after 2% of its text was edited: the app's
 * matcher (shared/text/anchorQuote.ts, called exactly as electron/import/newArticleVersion.ts calls
 * it) against the Hypothesis-style reference on approx-string-match (reference/), on the same
 * quotes with the same position hints. A highlight counts as recovered when the range found
 * overlaps where its passage really went by at least half of the two ranges' union.
 */
import { anchorQuote } from '../../shared/text/anchorQuote';
import { quoteSelectorAt } from '../../shared/text/quoteSelector';
import { seededRandom } from '../../tests/helpers/generatedArticles';
import { mb, rssSampler } from '../lib/measure';
import type { BenchResult } from '../lib/result';
import { referenceMatchQuote } from '../reference/hypothesisMatchQuote';
import { editText } from '../workloads/editedText';
import type { LongArticleWorkload } from '../workloads/longArticle';
import { NewsText } from '../workloads/newsText';

/** Stop running the reference on everything when a sample says it would take longer than this. */
const REFERENCE_BUDGET_MS = 60_000;
const SAMPLE = 500;

type Finder = (
  text: string,
  sel: { exact: string; prefix: string; suffix: string },
  hint: number,
) => { start: number; end: number } | null;

function iou(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? inter / union : 0;
}

export function benchReanchor(w: LongArticleWorkload): BenchResult {
  const rss = rssSampler();
  const rand = seededRandom(2);
  const edited = editText(w.plainText, 0.02, rand, () => new NewsText(seededRandom(3)).word());
  const scale = edited.text.length / w.plainText.length;
  const cases = w.spans.map((s) => ({
    sel: quoteSelectorAt(w.plainText, s.start, s.end),
    hint: Math.round(s.start * scale),
    truth: { start: edited.newOffset[s.start]!, end: edited.newOffset[s.end]! },
  }));
  const run = (find: Finder, subset: typeof cases) => {
    const t0 = performance.now();
    let recovered = 0;
    for (const c of subset) {
      const found = find(edited.text, c.sel, c.hint);
      if (found && c.truth.end > c.truth.start && iou(found, c.truth) >= 0.5) recovered++;
    }
    return { ms: performance.now() - t0, recovered, n: subset.length };
  };
  const pick = seededRandom(4);
  const sample = [...cases].sort(() => pick() - 0.5).slice(0, SAMPLE);
  // The sort above is not a uniform shuffle, but it is seeded and spreads over the whole article.
  const oursAll = run(anchorQuote, cases);
  const oursSample = run(anchorQuote, sample);
  const refSample = run(referenceMatchQuote, sample);
  const estimate = (refSample.ms / SAMPLE) * cases.length;
  const refAll = estimate <= REFERENCE_BUDGET_MS ? run(referenceMatchQuote, cases) : null;
  const notes = [
    `${edited.edits} word edits (${(((edited.text.length - w.plainText.length) / w.plainText.length) * 100).toFixed(2)}% length change)`,
    `ours, all ${cases.length}: ${oursAll.ms.toFixed(0)} ms, ${oursAll.recovered} recovered`,
    `sample of ${SAMPLE} (seeded): ours ${oursSample.ms.toFixed(0)} ms / ${oursSample.recovered} recovered; reference ${refSample.ms.toFixed(0)} ms / ${refSample.recovered} recovered`,
  ];
  if (refAll) notes.push(`reference, all ${cases.length}: ${refAll.ms.toFixed(0)} ms, ${refAll.recovered} recovered`);
  else
    notes.push(
      `reference not run on all ${cases.length}: the sample projects ${(estimate / 1000).toFixed(0)} s (budget ${REFERENCE_BUDGET_MS / 1000} s); compared on the sample`,
    );
  const ours = refAll ? oursAll : oursSample;
  const ref = refAll ?? refSample;
  return {
    name: 're-anchor highlights after 2% edit',
    metric: refAll ? `all ${cases.length} highlights` : `seeded sample of ${SAMPLE} of ${cases.length} highlights`,
    ms: ours.ms,
    baselineName: 'approx-string-match, Hypothesis match-quote scoring',
    baselineMs: ref.ms,
    ratio: ours.ms / ref.ms,
    target: 'faster, and ≥ as many recovered',
    pass: ours.ms < ref.ms && ours.recovered >= ref.recovered,
    nodePeakRssMb: mb(rss.stop()),
    notes: [`recovered: ours ${ours.recovered}/${ours.n}, reference ${ref.recovered}/${ref.n}`, ...notes],
  };
}
