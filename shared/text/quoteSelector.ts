/**
 * A span's text-quote selector: the exact text plus a little context either side, which is what
 * lets a highlight be found again when offsets no longer hold (a new version of the article).
 */

export const CONTEXT_LENGTH = 32;

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `index` falls between the two halves of a surrogate pair (half an emoji is not text). */
export function splitsSurrogatePair(text: string, index: number): boolean {
  return index > 0 && index < text.length && isLow(text.charCodeAt(index)) && isHigh(text.charCodeAt(index - 1));
}

/** Moves an index off the middle of a surrogate pair, so context never holds half a character. */
function clampToCodePoint(text: string, index: number, direction: -1 | 1): number {
  return splitsSurrogatePair(text, index) ? index + direction : index;
}

export function quoteSelectorAt(text: string, start: number, end: number): QuoteSelector {
  const from = clampToCodePoint(text, Math.max(0, start - CONTEXT_LENGTH), 1);
  const to = clampToCodePoint(text, Math.min(text.length, end + CONTEXT_LENGTH), -1);
  return { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

/** Start offsets of every occurrence of `quote` in `text` (overlapping occurrences included). */
export function findOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote.length === 0) return found;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** True when [start, end) lies inside the text and does not split a surrogate pair. */
export function isValidRange(text: string, start: number, end: number): boolean {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)) {
    return false;
  }
  return !splitsSurrogatePair(text, start) && !splitsSurrogatePair(text, end);
}

/**
 * True when a highlight's offsets can be trusted in `text`: it is not orphaned and text[start, end)
 * is still exactly its quote. Otherwise only its stored quote and context say what it covered.
 */
export function offsetsHold(
  text: string,
  span: { start: number; end: number; exact: string; orphaned: boolean },
): boolean {
  return !span.orphaned && span.end <= text.length && text.slice(span.start, span.end) === span.exact;
}
