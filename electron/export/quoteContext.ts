/**
 * The words around a quote in a report. A span's stored prefix and suffix are exactly 32 characters,
 * so they start and end mid-word ("…y of Penitentiary Services said"); a reader needs the quote's
 * sentence instead. The context is taken from the article's plain text at the span's offsets,
 * reaching back to the start of the sentence and on to its end when those are near, and otherwise
 * cut at a word boundary (marked by an ellipsis). An orphaned span, whose offsets no longer fit the
 * text, falls back to its stored prefix and suffix trimmed to whole words.
 */

export interface QuoteContext {
  before: string;
  after: string;
  /** The context stops inside a sentence: show an ellipsis on that side. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** How far the context reaches on each side at most, in UTF-16 units. */
export const CONTEXT_REACH = 160;

/** A full stop after a lone capital is an initial or an abbreviation ("U.S.", "J. Smith"), not a sentence end. */
function endsSentence(text: string, dot: number): boolean {
  if (text[dot] !== '.') return true;
  return !/(?:^|[^\p{L}])\p{Lu}$/u.test(text.slice(Math.max(0, dot - 2), dot));
}

const SENTENCE_END = /[.!?…][”"’')\]]*(?=\s|$)/gu;

function contextBefore(text: string, start: number, reach: number): { before: string; cut: boolean } {
  const from = Math.max(0, start - reach);
  const window = text.slice(from, start);
  let sentenceStart = -1;
  const paragraph = window.lastIndexOf('\n');
  if (paragraph !== -1) sentenceStart = paragraph + 1;
  for (const m of window.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end > sentenceStart && endsSentence(text, from + m.index)) sentenceStart = end;
  }
  if (sentenceStart !== -1) return { before: window.slice(sentenceStart).trimStart(), cut: false };
  if (from === 0) return { before: window.trimStart(), cut: false };
  // No sentence start within reach: begin at the first whole word of the window.
  const space = /\s/.test(text[from - 1]!) ? 0 : window.search(/\s/);
  return { before: space === -1 ? '' : window.slice(space).trimStart(), cut: true };
}

function contextAfter(text: string, end: number, reach: number): { after: string; cut: boolean } {
  const to = Math.min(text.length, end + reach);
  const window = text.slice(end, to);
  const paragraph = window.indexOf('\n');
  const limit = paragraph === -1 ? window.length : paragraph;
  for (const m of window.slice(0, limit).matchAll(SENTENCE_END)) {
    if (endsSentence(text, end + m.index)) return { after: window.slice(0, m.index + m[0].length), cut: false };
  }
  if (paragraph !== -1 || to === text.length) return { after: window.slice(0, limit).trimEnd(), cut: false };
  // No sentence end within reach: stop after the last whole word of the window.
  const lastSpace = /\s/.test(text[to]!) ? window.length : window.search(/\s\S*$/);
  return { after: lastSpace === -1 ? '' : window.slice(0, lastSpace).trimEnd(), cut: true };
}

/** The sentence-ish context of text[start, end) in an article's plain text. */
export function quoteContext(text: string, start: number, end: number, reach = CONTEXT_REACH): QuoteContext {
  const b = contextBefore(text, start, reach);
  const a = contextAfter(text, end, reach);
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
