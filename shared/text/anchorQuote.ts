/**
 * Re-finds a highlight in a new version of its article from its quote selector (exact text with
 * prefix and suffix context), the way annotation tools re-anchor after the page changed:
 *
 * 1. Every exact occurrence of the quote is a candidate; the one whose surroundings best match the
 *    stored context wins (ties go to the one nearest the old position).
 * 2. With no exact occurrence, an approximate match (at most a quarter of the quote's characters
 *    edited) is searched near the old position first, in widening windows, then in the whole text,
 *    and again the context decides between equally close matches.
 * 3. A short quote whose one word was replaced can exceed a quarter; near the old position a match
 *    with up to 40% edited is accepted when its surroundings confirm it (at least half of the stored
 *    prefix and suffix still match), as Hypothesis's matcher weighs context against quote errors.
 * A quote that cannot be found within those limits is orphaned by the caller, never guessed.
 *
 * Speed (bench/ "re-anchor"): the approximate search computes only the rows of the dynamic
 * programme that can still end within the allowed edits (Ukkonen's cut-off), and the windows
 * widen from a few hundred characters, so an edited quote costs well under a millisecond.
 */
import type { QuoteSelector } from './quoteSelector';

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

/** How well the text around [start, end) matches the stored context: characters in common. */
function contextScore(text: string, start: number, end: number, sel: QuoteSelector): number {
  const before = text.slice(Math.max(0, start - sel.prefix.length), start);
  const after = text.slice(end, end + sel.suffix.length);
  return commonSuffix(before, sel.prefix) + commonPrefix(after, sel.suffix);
}

interface Candidate extends Anchor {
  score: number;
}

function better(a: Candidate, b: Candidate | undefined, hint: number): boolean {
  if (!b) return true;
  if (a.distance !== b.distance) return a.distance < b.distance;
  if (a.score !== b.score) return a.score > b.score;
  return Math.abs(a.start - hint) < Math.abs(b.start - hint);
}

function exactCandidates(text: string, sel: QuoteSelector, hint: number): Candidate | undefined {
  let best: Candidate | undefined;
  for (let i = text.indexOf(sel.exact); i !== -1; i = text.indexOf(sel.exact, i + 1)) {
    const c = {
      start: i,
      end: i + sel.exact.length,
      distance: 0,
      score: contextScore(text, i, i + sel.exact.length, sel),
    };
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
  let best: Candidate | undefined;
  for (const a of approximate(text, sel.exact, Math.max(0, from), Math.min(text.length, to), maxEdits)) {
    const c = { ...a, score: contextScore(text, a.start, a.end, sel) };
    if (better(c, best, hint)) best = c;
  }
  return best;
}

/** True when at least half of the stored context still surrounds the match. */
function contextConfirms(c: Candidate, sel: QuoteSelector): boolean {
  const context = sel.prefix.length + sel.suffix.length;
  return context > 0 && c.score * 2 >= context;
}

/**
 * Where the quote is in `text`, or null. `hint` is the old start offset, scaled by the caller to
 * the new length if the text grew or shrank.
 */
export function anchorQuote(text: string, sel: QuoteSelector, hint: number): Anchor | null {
  if (sel.exact.length === 0) return null;
  const exact = exactCandidates(text, sel, hint);
  if (exact) return { start: exact.start, end: exact.end, distance: 0 };
  const m = sel.exact.length;
  let found: Candidate | undefined;
  for (const radius of [256 + m, 2_000 + m * 4]) {
    found = fuzzyCandidates(text, sel, hint, hint - radius, hint + m + radius);
    if (found) break;
  }
  if (!found) {
    const radius = 256 + m;
    const loose = fuzzyCandidates(text, sel, hint, hint - radius, hint + m + radius, CONFIRMED_EDIT_RATIO);
    if (loose && contextConfirms(loose, sel)) found = loose;
  }
  found ??= fuzzyCandidates(text, sel, hint, 0, text.length);
  return found ? { start: found.start, end: found.end, distance: found.distance } : null;
}
