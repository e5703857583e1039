/**
 * A small tokenizer for news text, keeping each token's offsets: numbers with thousands separators
 * and decimals ("1,200", "2.5"), words (with hyphens and apostrophes: "Cuban-American",
 * "Venezuela’s"), abbreviations ("U.S."), symbols that matter for figures (% $ € £ and dashes)
 * and punctuation, which ends a phrase. Figures, dates and names are read from these tokens.
 */
import { foldText } from './fold';

export type TokenType = 'number' | 'word' | 'symbol' | 'punct';

export interface TextToken {
  type: TokenType;
  text: string;
  /** foldText(text): lower case, no accents, plain apostrophes and hyphens. */
  folded: string;
  start: number;
  end: number;
  /** First letter upper case. */
  capitalised: boolean;
  /** First word of a sentence (its capital says nothing about a name). */
  sentenceStart: boolean;
}

const TOKEN =
  /(?<abbr>(?:\p{Lu}\.){2,})|(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?)|(?<word>\p{L}[\p{L}\p{M}\p{N}]*(?:['’\u2011-]\p{L}[\p{L}\p{M}\p{N}]*)*)|(?<symbol>[%$€£¥\u2010-\u2014\u2212/-])|(?<punct>[.,;:!?()[\]{}"“”„«»]|\n)/gu;

const SENTENCE_END = /[.!?\n]/;

export function textTokens(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let sentenceStart = true;
  for (const m of text.matchAll(TOKEN)) {
    const g = m.groups!;
    const type: TokenType = g.abbr || g.word ? 'word' : g.number ? 'number' : g.symbol ? 'symbol' : 'punct';
    const raw = m[0];
    tokens.push({
      type,
      text: raw,
      folded: foldText(raw),
      start: m.index,
      end: m.index + raw.length,
      capitalised: /^\p{Lu}/u.test(raw),
      sentenceStart: sentenceStart && type === 'word',
    });
    if (type === 'word' || type === 'number') sentenceStart = false;
    // A period ends a sentence, except the one closing an abbreviation ("U.S. citizens").
    if (type === 'punct' && SENTENCE_END.test(raw)) sentenceStart = true;
  }
  return tokens;
}
