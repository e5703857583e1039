/**
 * Where a highlight's numbered marker goes in the printed article. A highlight may end inside a
 * word ("116 prisoners we|re released"); a marker there would split the word in two for the
 * reader, so it moves to the end of that word. The highlight itself keeps its exact extent.
 */

const WORD = /[\p{L}\p{N}\p{M}]/u;
/** An apostrophe or hyphen inside a word ("Venezuela’s", "high-profile") keeps the word going. */
const JOINER = /['’\-‐]/u;
/** Scripts written without spaces between words: any character boundary may end a word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;

function inWord(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined) return false;
  return WORD.test(c) || (JOINER.test(c) && WORD.test(text[i + 1] ?? '') && WORD.test(text[i - 1] ?? ''));
}

/** The offset after the word that `end` falls inside, or `end` itself when it is at a word boundary. */
export function markerOffset(text: string, end: number): number {
  if (end <= 0 || !inWord(text, end - 1) || UNSPACED.test(text[end - 1]!) || UNSPACED.test(text[end] ?? '')) return end;
  let at = end;
  while (inWord(text, at)) at++;
  return at;
}
