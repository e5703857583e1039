/**
 * Turns what a checker types into the search box into a safe FTS5 query. User text never reaches
 * FTS5's query syntax: every term becomes a double-quoted FTS5 string (so `"`, `*`, `:`, `^`, `-`,
 * `+`, parentheses, NEAR, AND, OR and NOT are plain words), each searched as a prefix ("rodr" finds
 * "Rodríguez"). Text in double quotes (straight or typographic) is kept together as a phrase,
 * matched as written (with stemming, without prefix). Terms are combined with AND. A term with no
 * letter or digit (a lone "-" or "*") is dropped, since FTS5 would have nothing to look for.
 */
import { indexText } from './indexText';

export interface SearchTerm {
  /** The term as the user typed it (NFC, folded for Arabic like the index). */
  text: string;
  /** From a double-quoted part of the query: matched as a phrase, not as a prefix. */
  phrase: boolean;
}

/** More terms than this are ignored: a pasted paragraph should not build a huge query. */
export const MAX_TERMS = 24;
const MAX_TERM_LENGTH = 200;

const QUOTES = /["\u201c\u201d\u201e\u00ab\u00bb]/;
const SEARCHABLE = /[\p{L}\p{N}]/u;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * Scripts written without spaces between words. unicode61 indexes a whole run of them as one
 * token, so "北京" cannot be found inside "我在北京工作" through the index; such queries are
 * answered by a substring scan instead (see scanSearch.ts).
 */
const UNSEGMENTED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

export function parseSearchQuery(input: string): SearchTerm[] {
  const clean = indexText(input.normalize('NFC').replace(CONTROL, ' '));
  const terms: SearchTerm[] = [];
  const parts = clean.split(QUOTES);
  // Parts alternate outside / inside quotes; an unbalanced last quote opens nothing.
  const balanced = parts.length % 2 === 1;
  parts.forEach((part, i) => {
    const inside = i % 2 === 1 && (balanced || i < parts.length - 1);
    const pieces = inside ? [part.trim().replace(/\s+/g, ' ')] : part.split(/\s+/);
    for (const piece of pieces) {
      if (SEARCHABLE.test(piece)) terms.push({ text: piece.slice(0, MAX_TERM_LENGTH), phrase: inside });
    }
  });
  return terms.slice(0, MAX_TERMS);
}

/** True when some term is in a script unicode61 cannot split into words. */
export function needsScan(terms: readonly SearchTerm[]): boolean {
  return terms.some((t) => UNSEGMENTED.test(t.text));
}

/** The FTS5 MATCH expression: each term an FTS5 string (quotes doubled), prefix-searched unless a phrase. */
export function ftsExpression(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `"${t.text.replace(/"/g, '""')}"${t.phrase ? '' : '*'}`).join(' ');
}
