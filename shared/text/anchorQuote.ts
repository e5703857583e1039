/**
 * Re-finds a highlight in a new version of its article from its quote selector (exact text with
 * prefix and suffix context), the way annotation tools re-anchor after the page changed:
 *
 * 1. Every exact occurrence of the quote is a candidate; the one whose surroundings best match the
 *    stored context wins (ties go to the one nearest the old position).
 * 2. With no exact occurrence, an approximate match (at most a quarter of the quote's characters
 *    edited) is searched near the old position first, in widening windows, then in the whole text,
 *    and the match is chosen by weighing its edits against how much of the context surrounds it.
 * 3. A short quote whose one word was replaced can exceed a quarter; near the old position a match
 *    with up to 40% edited is accepted when its surroundings confirm it (at least half of the stored
 *    prefix and suffix still match), as Hypothesis's matcher weighs context against quote errors.
 * An approximate match is then grown to whole words at each end where the stored quote itself
 * began or ended on a word boundary (shared/text/snapRange.ts), and its distance is measured again
 * on what it now covers, so a match that only fits by cutting a word ("have been se") is judged
 * by the whole word. Every anchor lies on code-point boundaries, never inside a surrogate pair.
 * A quote that cannot be found within those limits is orphaned by the caller, never guessed.
 *
 * Speed (bench/ "re-anchor"): the approximate search computes only the rows of the dynamic
 * programme that can still end within the allowed edits (Ukkonen's cut-off), and the windows
 * widen from a few hundred characters, so an edited quote costs well under a millisecond.
 */
import { editDistanceWithin } from './editDistance';
import type { QuoteSelector } from './quoteSelector';
import { insideWord, snapToCodePoints, snapToWords, type SnapEnds } from './snapRange';

export interface Anchor {
  start: number;
  end: number;
  /** Edit distance between the stored quote and the text found (0 for an exact match). */
  distance: number;
}

/** Fraction of the quote's length that may be edited and still count as the same passage. */
export const MAX_EDIT_RATIO = 0.25;
/** The larger fraction allowed near the old position when the context confirms the match. */
export const CONFIRMED_EDIT_RATIO = 0.4;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How much of the stored context surrounds [start, end): characters in common before and after. */
function contextMatch(text: string, start: number, end: number, sel: QuoteSelector) {
  const before = text.slice(Math.max(0, start - sel.prefix.length), start);
  const after = text.slice(end, end + sel.suffix.length);
  return { before: commonSuffix(before, sel.prefix), after: commonPrefix(after, sel.suffix) };
}

function contextScore(text: string, start: number, end: number, sel: QuoteSelector): number {
  const { before, after } = contextMatch(text, start, end, sel);
  return before + after;
}

/**
 * How good an approximate match is, weighing the quote's errors against its context the way
 * Hypothesis's matcher does (quote 50, prefix 20, suffix 20): one more edit is worth it when it
 * brings back enough of the context ("set free from prisons" over "set| free from prisons").
 */
function fuzzyWeight(text: string, start: number, end: number, distance: number, sel: QuoteSelector): number {
  const { before, after } = contextMatch(text, start, end, sel);
  const fraction = (n: number, of: number) => (of > 0 ? n / of : 0);
  return (
    50 * (1 - distance / sel.exact.length) +
    20 * fraction(before, sel.prefix.length) +
    20 * fraction(after, sel.suffix.length)
  );
}

interface Candidate extends Anchor {
  /** Characters of context in common (see contextConfirms). */
  score: number;
  /** Higher is better: the context score for exact matches, fuzzyWeight for approximate ones. */
  weight: number;
}

function better(a: Candidate, b: Candidate | undefined, hint: number): boolean {
  if (!b) return true;
  if (a.weight !== b.weight) return a.weight > b.weight;
  return Math.abs(a.start - hint) < Math.abs(b.start - hint);
}

function exactCandidates(text: string, sel: QuoteSelector, hint: number): Candidate | undefined {
  let best: Candidate | undefined;
  for (let i = text.indexOf(sel.exact); i !== -1; i = text.indexOf(sel.exact, i + 1)) {
    const score = contextScore(text, i, i + sel.exact.length, sel);
    const c = { start: i, end: i + sel.exact.length, distance: 0, score, weight: score };
    if (better(c, best, hint)) best = c;
  }
  return best;
}

/**
 * Approximate substring search (Sellers' dynamic programme) of `pattern` in text[from, to): the
 * match ends with the fewest edits, each carrying the start position it grew from.
 */
function approximate(text: string, pattern: string, from: number, to: number, maxEdits: number): Anchor[] {
  const m = pattern.length;
  let cost = new Int32Array(m + 1);
  let origin = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextOrigin = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i;
  const found: Anchor[] = [];
  const over = maxEdits + 1;
  // Rows below `active` all exceed maxEdits; only rows up to active + 1 can come back within it.
  let active = Math.min(m, maxEdits);
  for (let j = from; j < to; j++) {
    const ch = text.charCodeAt(j);
    nextCost[0] = 0;
    nextOrigin[0] = j + 1;
    const last = Math.min(m, active + 1);
    for (let i = 1; i <= last; i++) {
      const sub = cost[i - 1]! + (pattern.charCodeAt(i - 1) === ch ? 0 : 1);
      const del = (i <= active ? cost[i]! : over) + 1; // text char skipped
      const ins = nextCost[i - 1]! + 1; // pattern char missing from text
      if (sub <= del && sub <= ins) {
        nextCost[i] = sub;
        nextOrigin[i] = i === 1 ? j : origin[i - 1]!;
      } else if (del <= ins) {
        nextCost[i] = del;
        nextOrigin[i] = origin[i]!;
      } else {
        nextCost[i] = ins;
        nextOrigin[i] = nextOrigin[i - 1]!;
      }
    }
    active = last;
    while (active > 0 && nextCost[active]! > maxEdits) active--;
    if (active === m) found.push({ start: nextOrigin[m]!, end: j + 1, distance: nextCost[m]! });
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
  }
  return found;
}

/** Which ends of an approximate match to grow to whole words: those where the quote did not cut a word. */
function wordEnds(sel: QuoteSelector): SnapEnds {
  const joined = sel.prefix + sel.exact + sel.suffix;
  const first = sel.prefix.length;
  const last = first + sel.exact.length;
  return {
    start: !insideWord(joined, first),
    end: !insideWord(joined, last),
  };
}

function fuzzyCandidates(
  text: string,
  sel: QuoteSelector,
  hint: number,
  from: number,
  to: number,
  ratio = MAX_EDIT_RATIO,
): Candidate | undefined {
  const maxEdits = Math.floor(sel.exact.length * ratio);
  if (maxEdits === 0) return undefined;
  const ends = wordEnds(sel);
  const seen = new Set<string>();
  let best: Candidate | undefined;
  for (const a of approximate(text, sel.exact, Math.max(0, from), Math.min(text.length, to), maxEdits)) {
    const { start, end } = snapToWords(text, a.start, a.end, ends);
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const distance =
      start === a.start && end === a.end ? a.distance : editDistanceWithin(sel.exact, text.slice(start, end), maxEdits);
    if (distance > maxEdits) continue;
    const c = {
      start,
      end,
      distance,
      score: contextScore(text, start, end, sel),
      weight: fuzzyWeight(text, start, end, distance, sel),
    };
    if (better(c, best, hint)) best = c;
  }
  return best;
}

/** True when at least half of the stored context still surrounds the match. */
function contextConfirms(c: Candidate, sel: QuoteSelector): boolean {
  const context = sel.prefix.length + sel.suffix.length;
  return context > 0 && c.score * 2 >= context;
}

/** The best approximate match: near the old position first, then confirmed by context, then anywhere. */
function approximateCandidate(text: string, sel: QuoteSelector, hint: number): Candidate | undefined {
  const m = sel.exact.length;
  for (const radius of [256 + m, 2_000 + m * 4]) {
    const found = fuzzyCandidates(text, sel, hint, hint - radius, hint + m + radius);
    if (found) return found;
  }
  const radius = 256 + m;
  const loose = fuzzyCandidates(text, sel, hint, hint - radius, hint + m + radius, CONFIRMED_EDIT_RATIO);
  if (loose && contextConfirms(loose, sel)) return loose;
  return fuzzyCandidates(text, sel, hint, 0, text.length);
}

/**
 * Where the quote is in `text`, or null. `hint` is the old start offset, scaled by the caller to
 * the new length if the text grew or shrank.
 */
export function anchorQuote(text: string, sel: QuoteSelector, hint: number): Anchor | null {
  if (sel.exact.length === 0) return null;
  const found = exactCandidates(text, sel, hint) ?? approximateCandidate(text, sel, hint);
  if (!found) return null;
  // Approximate matches are whole code points already; an exact one is not when the stored quote
  // itself began or ended on half a pair, so both are moved onto whole code points here.
  const { start, end } = snapToCodePoints(text, found.start, found.end);
  return { start, end, distance: found.distance };
}
