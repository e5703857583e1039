/**
 * The words around a quote in a report. A span's stored prefix and suffix are exactly 32 characters,
 * so they start and end mid-word ("…y of Penitentiary Services said"); a reader needs the quote's
 * sentence instead. The context is taken from the article's plain text at the span's offsets,
 * reaching back to the start of the sentence and on to its end when those are near, and otherwise
 * cut at a word boundary (marked by an ellipsis). An orphaned span, whose offsets no longer fit the
 * text, falls back to its stored prefix and suffix trimmed to whole words. Sentences are found by
 * shared/text/sentences.ts.
 */
import { sentenceBounds, type SentenceBounds } from '../../shared/text/sentences';

export interface QuoteContext {
  before: string;
  after: string;
  /** The context stops inside a sentence: show an ellipsis on that side. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** How far the context reaches on each side at most, in UTF-16 units. */
export const CONTEXT_REACH = 160;

/** The context before the quote; cut at the first whole word of the reach when no sentence start is near. */
function contextBefore(text: string, start: number, bounds: SentenceBounds): { before: string; cut: boolean } {
  const window = text.slice(bounds.from, start);
  if (!bounds.cutBefore) return { before: window, cut: false };
  const space = /\s/.test(text[bounds.from - 1]!) ? 0 : window.search(/\s/);
  return { before: space === -1 ? '' : window.slice(space).trimStart(), cut: true };
}

/** The context after the quote; cut after the last whole word of the reach when no sentence end is near. */
function contextAfter(text: string, end: number, bounds: SentenceBounds): { after: string; cut: boolean } {
  const window = text.slice(end, bounds.to);
  if (!bounds.cutAfter) return { after: window.trimEnd(), cut: false };
  const lastSpace = /\s/.test(text[bounds.to]!) ? window.length : window.search(/\s\S*$/);
  return { after: lastSpace === -1 ? '' : window.slice(0, lastSpace).trimEnd(), cut: true };
}

/** The sentence-ish context of text[start, end) in an article's plain text. */
export function quoteContext(text: string, start: number, end: number, reach = CONTEXT_REACH): QuoteContext {
  const bounds = sentenceBounds(text, start, end, reach);
  const b = contextBefore(text, start, bounds);
  const a = contextAfter(text, end, bounds);
  return { before: b.before, after: a.after, cutBefore: b.cut, cutAfter: a.cut };
}

/**
 * Stored prefix and suffix trimmed to whole words: the partial word at the outer edge of each is
 * dropped (a prefix of 32 characters rarely begins at a word start).
 */
export function storedContext(prefix: string, suffix: string): QuoteContext {
  const firstSpace = prefix.search(/\s/);
  const before = firstSpace === -1 ? '' : prefix.slice(firstSpace).trimStart();
  const lastSpace = suffix.search(/\s\S*$/);
  const after = lastSpace === -1 ? '' : suffix.slice(0, lastSpace).trimEnd();
  return { before, after, cutBefore: true, cutAfter: true };
}
