/**
 * The reference re-anchoring matcher: the approach of Hypothesis's client (its `match-quote`
 * module), written here against the same npm library it uses, `approx-string-match`:
 *
 * - candidates are the exact occurrences of the quote, or, when there are none, every approximate
 *   match with at most half the quote's length in errors (capped at 256);
 * - each candidate is scored 50 × quote similarity + 20 × prefix similarity + 20 × suffix
 *   similarity + 2 × closeness to the old position, the similarities themselves measured with the
 *   same approximate search, and the best-scoring candidate wins.
 *
 * It only serves as the benchmark's yardstick for speed and for how many highlights are recovered.
 */
import search, { type Match } from 'approx-string-match';
import type { QuoteSelector } from '../../shared/text/quoteSelector';

function candidates(text: string, quote: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    exact.push({ start: i, end: i + quote.length, errors: 0 });
  }
  return exact.length > 0 ? exact : search(text, quote, maxErrors);
}

/** 1 for identical strings down to 0, by the fewest errors of `str` found in `text`. */
function similarity(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const found = candidates(text, str, str.length);
  const best = found.reduce((min, m) => Math.min(min, m.errors), str.length);
  return 1 - best / str.length;
}

export function referenceMatchQuote(
  text: string,
  sel: QuoteSelector,
  hint: number,
): { start: number; end: number } | null {
  if (sel.exact.length === 0) return null;
  const maxErrors = Math.min(256, Math.floor(sel.exact.length / 2));
  const found = candidates(text, sel.exact, maxErrors);
  let best: Match | null = null;
  let bestScore = -Infinity;
  for (const m of found) {
    const quoteScore = 1 - m.errors / sel.exact.length;
    const prefixScore = sel.prefix
      ? similarity(text.slice(Math.max(0, m.start - sel.prefix.length), m.start), sel.prefix)
      : 1;
    const suffixScore = sel.suffix ? similarity(text.slice(m.end, m.end + sel.suffix.length), sel.suffix) : 1;
    const posScore = 1 - Math.abs(m.start - hint) / text.length;
    const score = 50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore;
    if (score > bestScore) {
      bestScore = score;
      best = m;
    }
  }
  return best ? { start: best.start, end: best.end } : null;
}
