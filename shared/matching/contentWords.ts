/**
 * The words that carry a passage's meaning, reduced to a common form for comparison: folded,
 * stopwords dropped, a few word families of news copy merged (freed / released / liberated;
 * prisoners / detainees / inmates; citizens / nationals; U.S. / American) and English endings
 * stripped ("estimates", "estimated" → "estimat"). Numbers are kept as written ("1200", "4"),
 * with number words as digits, so "four" and "4" are the same word.
 */
import { normaliseNameWord } from './names';
import { numberWordValue } from './numberWords';
import { STOPWORDS } from './stopwords';
import { textTokens } from './textTokens';

/** Word families a desk treats as one word when matching claims. */
const FAMILIES: Readonly<Record<string, string>> = Object.fromEntries(
  (
    [
      [
        'release',
        'release released releases releasing free freed frees freeing liberate liberated liberating liberation',
      ],
      ['prisoner', 'prisoner prisoners detainee detainees inmate inmates captive captives'],
      ['detain', 'detain detained detaining detention imprison imprisoned jail jailed held hold holding'],
      ['arrest', 'arrest arrests arrested arresting detentions'],
      ['citizen', 'citizen citizens national nationals'],
      ['kill', 'kill killed killing dead died deaths death'],
      ['government', 'government governments administration authorities authority'],
    ] as const
  ).flatMap(([root, words]) => words.split(' ').map((w) => [w, root])),
);

/** Light English stemming: enough to merge plural and tense forms; character n-grams do the rest. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export interface ContentWord {
  /** Stemmed, with word families merged: what word similarity compares. */
  word: string;
  /** Folded as written (demonyms unified): what character n-grams are taken from. */
  surface: string;
}

/** The content words of a text, in order. */
export function contentTokens(text: string): ContentWord[] {
  const words: ContentWord[] = [];
  for (const t of textTokens(text)) {
    if (t.type === 'number') {
      const digits = t.folded.replace(/,/g, '');
      words.push({ word: digits, surface: digits });
      continue;
    }
    if (t.type !== 'word') continue;
    // "us" is a pronoun; "US" the country.
    if (t.folded === 'us' && t.text !== 'US') continue;
    const folded = normaliseNameWord(t.folded);
    const asNumber = numberWordValue(folded);
    if (asNumber !== undefined && folded !== 'one') {
      words.push({ word: String(asNumber), surface: String(asNumber) });
      continue;
    }
    for (const part of folded.split('-')) {
      if (part.length < 2 || STOPWORDS.has(part)) continue;
      words.push({ word: FAMILIES[part] ?? stem(part), surface: part });
    }
  }
  return words;
}

/** The comparable words of a text (see ContentWord.word). */
export function contentWords(text: string): string[] {
  return contentTokens(text).map((w) => w.word);
}
