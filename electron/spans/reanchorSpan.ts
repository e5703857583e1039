/**
 * Putting a highlight back on its words in a text it was not made on (a new version of the
 * article, a merged text, a restore after the text changed): the quote is re-found from its
 * context (shared/text/anchorQuote.ts) and its selector taken afresh there. When it cannot be
 * found, or only on a range that splits a character (half an emoji, U+FFFD once shown), there is
 * no anchor and the caller orphans the highlight: never left pointing at other words.
 */
import { anchorQuote } from '../../shared/text/anchorQuote';
import { isValidRange, quoteSelectorAt, type QuoteSelector } from '../../shared/text/quoteSelector';

export interface SpanAnchor extends QuoteSelector {
  start: number;
  end: number;
}

/** True when [start, end) of `text` holds the quote, with the stored context around it. */
export function anchorHolds(text: string, a: SpanAnchor): boolean {
  const { start, end } = a;
  return (
    isValidRange(text, start, end) &&
    text.slice(start, end) === a.exact &&
    text.slice(Math.max(0, start - a.prefix.length), start) === a.prefix &&
    text.slice(end, end + a.suffix.length) === a.suffix
  );
}

/** The quote's new anchor in `text`, looked for near `hint`; null when the highlight must be orphaned. */
export function reanchorSpan(text: string, quote: QuoteSelector, hint: number): SpanAnchor | null {
  const found = anchorQuote(text, quote, hint);
  if (!found || !isValidRange(text, found.start, found.end)) return null;
  return { start: found.start, end: found.end, ...quoteSelectorAt(text, found.start, found.end) };
}
