/**
 * The sentence a passage sits in, in an article's plain text: report context, claim suggestions,
 * attributions ("X said …") and figures read from around a quote all need the same answer, so
 * there is one rule. A sentence ends at ".", "!", "?" or "…" (with any closing quotes or brackets)
 * followed by a space or the end of the text, or at a paragraph break. A full stop after a lone
 * capital ("U.S.", "J. Smith") or a title ("Mr.", "Dr.") is an abbreviation, not a sentence end.
 * The search reaches at most `reach` characters either side; past that the bounds are cut.
 */

const TERMINATOR = /[.!?…][”"’')\]]*(?=\s|$)/gu;
/** Text ending just before a full stop that makes it an abbreviation: a lone capital or a title. */
const ABBREVIATION = /(?:^|[^\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|Col|Lt|Sgt|Capt|Rev|St)$/u;

function endsSentence(text: string, at: number): boolean {
  return text[at] !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, at - 5), at));
}

/** Sentence ends in text[from, to), as offsets just past each (closing quotes included). */
function sentenceEnds(text: string, from: number, to: number): number[] {
  // One character past `to` so the "followed by a space" test sees the real text, not the cut.
  const window = text.slice(from, Math.min(text.length, to + 1));
  const ends: number[] = [];
  for (const m of window.matchAll(TERMINATOR)) {
    const end = from + m.index + m[0].length;
    if (end <= to && endsSentence(text, from + m.index)) ends.push(end);
  }
  return ends;
}

export interface SentenceBounds {
  /** Where the sentence starts (its first non-space character), or where the reach stopped. */
  from: number;
  /** Just past the sentence's end mark, at its paragraph break, or where the reach stopped. */
  to: number;
  /** No sentence start within reach: `from` may be mid-sentence (and mid-word). */
  cutBefore: boolean;
  /** No sentence end within reach: `to` may be mid-sentence (and mid-word). */
  cutAfter: boolean;
}

/** The sentence(s) holding text[start, end). Sentence ends inside the range itself are not looked at. */
export function sentenceBounds(text: string, start: number, end: number, reach = Infinity): SentenceBounds {
  const lo = Math.max(0, start - reach);
  const paragraph = text.slice(lo, start).lastIndexOf('\n');
  const opens = paragraph === -1 ? lo : lo + paragraph + 1;
  let from = sentenceEnds(text, opens, start).pop() ?? (paragraph === -1 ? -1 : opens);
  const cutBefore = from === -1 && lo > 0;
  if (from === -1) from = lo;
  while (from < start && /\s/u.test(text[from]!)) from++;

  const hi = Math.min(text.length, end + reach);
  const breakAt = text.slice(end, hi).indexOf('\n');
  const closes = breakAt === -1 ? hi : end + breakAt;
  const sentenceEnd = sentenceEnds(text, end, closes)[0];
  const cutAfter = sentenceEnd === undefined && breakAt === -1 && hi < text.length;
  return { from, to: sentenceEnd ?? closes, cutBefore, cutAfter };
}
