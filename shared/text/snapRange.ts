/**
 * Moves the ends of a text range onto boundaries a reader would accept: never inside a surrogate
 * pair (half an emoji is not text, and its halves turn into U+FFFD once stored or shown), and, for
 * a range found by approximate matching, never inside a word ("have been se" for "have been set
 * free"). Ranges only ever grow, so whatever was matched stays inside.
 *
 * Word characters are letters, digits and combining marks, except in scripts written without
 * spaces between words (Han, kana, Thai, …): there a "word" by this rule would be a whole
 * sentence, so those characters are never extended over. An apostrophe or hyphen between two
 * word characters belongs to the word. The printed report's markers (electron/export/markerOffset.ts)
 * follow the same rule.
 */
import { splitsSurrogatePair } from './quoteSelector';

/** The range grown to whole code points at each end. */
export function snapToCodePoints(text: string, start: number, end: number): { start: number; end: number } {
  return {
    start: splitsSurrogatePair(text, start) ? start - 1 : start,
    end: splitsSurrogatePair(text, end) ? end + 1 : end,
  };
}

const WORD = /^[\p{L}\p{N}\p{M}]$/u;
const UNSPACED =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]$/u;
/** An apostrophe or hyphen between two word characters ("Venezuela’s", "high-profile") keeps the word going. */
const JOINER = /^['’\-‐]$/u;

/** The code point ending just before `index`, as a string ('' at the start of the text). */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  return text.slice(splitsSurrogatePair(text, index - 1) ? index - 2 : index - 1, index);
}

/** The code point starting at `index`, as a string ('' at the end of the text). */
function charAt(text: string, index: number): string {
  const cp = text.codePointAt(index);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** A character words are extended over (see the module comment for the unspaced scripts). */
const isWordChar = (ch: string): boolean => WORD.test(ch) && !UNSPACED.test(ch);

/** True when `index` lies between two word characters, or beside a joiner that has word characters both sides. */
export function insideWord(text: string, index: number): boolean {
  const before = charBefore(text, index);
  const after = charAt(text, index);
  if (isWordChar(before) && isWordChar(after)) return true;
  if (isWordChar(before) && JOINER.test(after)) return isWordChar(charAt(text, index + after.length));
  if (JOINER.test(before) && isWordChar(after)) return isWordChar(charBefore(text, index - before.length));
  return false;
}

export interface SnapEnds {
  /** Extend the start back to the beginning of its word. */
  start: boolean;
  /** Extend the end forward to the end of its word. */
  end: boolean;
}

/**
 * The range on whole code points and, at each end asked for, grown to take in the whole word it
 * cuts. An empty or all-punctuation range is only moved off surrogate halves.
 */
export function snapToWords(
  text: string,
  start: number,
  end: number,
  ends: SnapEnds = { start: true, end: true },
): { start: number; end: number } {
  let { start: s, end: e } = snapToCodePoints(text, start, end);
  if (ends.start) while (insideWord(text, s)) s -= charBefore(text, s).length;
  if (ends.end) while (insideWord(text, e)) e += charAt(text, e).length;
  return { start: s, end: e };
}
