/**
 * Re-finds a highlight in a new version of its article from its quote selector (exact text with
 * prefix and suffix context), the way annotation tools re-anchor after the page changed:
 *
 * 1. Every exact occurrence of the quote is a candidate; the one whose surroundings best match the
 *    stored context wins (ties go to the one nearest the old position).
 * 2. With no exact occurrence, an approximate match (at most a quarter of the quote's characters
 *    edited) is searched near the old position first, then in the whole text, and again the
 *    context decides between equally close matches.
 * A quote that cannot be found within those limits is orphaned by the caller, never guessed.
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
    const c = { start: i, end: i + sel.exact.length, distance: 0, score: contextScore(text, i, i + sel.exact.length, sel) };
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
  for (let j = from; j < to; j++) {
    const ch = text.charCodeAt(j);
    nextCost[0] = 0;
    nextOrigin[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      const sub = cost[i - 1]! + (pattern.charCodeAt(i - 1) === ch ? 0 : 1);
      const del = cost[i]! + 1; // text char skipped
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
    if (nextCost[m]! <= maxEdits) found.push({ start: nextOrigin[m]!, end: j + 1, distance: nextCost[m]! });
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
  }
  return found;
}

function fuzzyCandidates(text: string, sel: QuoteSelector, hint: number, from: number, to: number): Candidate | undefined {
  const maxEdits = Math.floor(sel.exact.length * MAX_EDIT_RATIO);
  if (maxEdits === 0) return undefined;
  let best: Candidate | undefined;
  for (const a of approximate(text, sel.exact, from, to, maxEdits)) {
    const c = { ...a, score: contextScore(text, a.start, a.end, sel) };
    if (better(c, best, hint)) best = c;
  }
  return best;
}

/**
 * Where the quote is in `text`, or null. `hint` is the old start offset, scaled by the caller to
 * the new length if the text grew or shrank.
 */
export function anchorQuote(text: string, sel: QuoteSelector, hint: number): Anchor | null {
  if (sel.exact.length === 0) return null;
  const exact = exactCandidates(text, sel, hint);
  if (exact) return { start: exact.start, end: exact.end, distance: 0 };
  const radius = 2_000 + sel.exact.length * 4;
  const near = fuzzyCandidates(text, sel, hint, Math.max(0, hint - radius), Math.min(text.length, hint + sel.exact.length + radius));
  const found = near ?? fuzzyCandidates(text, sel, hint, 0, text.length);
  return found ? { start: found.start, end: found.end, distance: found.distance } : null;
}
