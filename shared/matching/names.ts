/**
 * Names in news text: runs of capitalised words ("Delcy Rodríguez", "Ministry of Penitentiary
 * Services", "Foro Penal", "U.S."), joined across lower-case particles of names ("de", "of"). A
 * capitalised word that only starts a sentence is not a name unless it looks like one elsewhere
 * ("However", "The" never are). Each name is kept as folded words, with common demonyms unified
 * ("U.S.", "US", "American", "Americans" are all "usa"), so two outlets' spellings compare equal.
 */
import { MONTH_NAMES } from '../domain/monthNames';
import { STOPWORDS } from './stopwords';
import { textTokens, type TextToken } from './textTokens';

/** "US", "CNN": written in capitals, a name even when the word is also an ordinary one ("us"). */
const isAcronym = (t: TextToken) => t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text);

export interface NameMention {
  /** As written. */
  text: string;
  /** Folded words of the name, demonyms unified, particles dropped: ["delcy", "rodriguez"]. */
  words: string[];
  start: number;
  end: number;
}

/** Lower-case words that may sit inside a name: "Ministry of Penitentiary Services", "Nicolás de la Cruz". */
const PARTICLES = new Set([
  'of',
  'de',
  'del',
  'la',
  'las',
  'los',
  'da',
  'do',
  'dos',
  'van',
  'von',
  'der',
  'al',
  'el',
  'bin',
  'ibn',
]);

/** Folded spellings that name the same country or its people. */
const DEMONYMS: Readonly<Record<string, string>> = {
  us: 'usa',
  'u.s.': 'usa',
  usa: 'usa',
  'u.s.a.': 'usa',
  america: 'usa',
  american: 'usa',
  americans: 'usa',
  venezuelan: 'venezuela',
  venezuelans: 'venezuela',
  cuban: 'cuba',
  cubans: 'cuba',
  'cuban-american': 'cuban-american',
  british: 'uk',
  'u.k.': 'uk',
  uk: 'uk',
};

/** Titles before a name: "President Donald Trump" and "Trump" are the same person. */
const TITLES = new Set([
  'president',
  'vice',
  'prime',
  'minister',
  'senator',
  'sen',
  'governor',
  'gov',
  'mayor',
  'secretary',
  'chancellor',
  'mr',
  'mrs',
  'ms',
  'dr',
  'former',
]);

/** Capitalised words that are dates, not names (dates.ts reads them). */
const CALENDAR = new Set<string>([
  ...MONTH_NAMES,
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** "United States" is one country, whichever way it is written. */
const MULTIWORD: Readonly<Record<string, string>> = { 'united states': 'usa', 'united kingdom': 'uk' };

export function normaliseNameWord(folded: string): string {
  const word = folded.replace(/'s$/, '');
  return DEMONYMS[word] ?? word;
}

export function extractNames(text: string): NameMention[] {
  const tokens = textTokens(text);
  // Words seen capitalised where a capital means something: mid-sentence, or written in capitals.
  const namelike = new Set(
    tokens
      .filter((t) => t.type === 'word' && ((t.capitalised && !t.sentenceStart) || isAcronym(t)))
      .map((t) => normaliseNameWord(t.folded)),
  );
  const names: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.type !== 'word' || !t.capitalised) {
      i++;
      continue;
    }
    // Extend over capitalised words, and particles followed by a capitalised word, with no punctuation between.
    // A possessive ends a name: "Venezuela’s Ministry of Penitentiary Services" is two names.
    let last = i;
    for (let k = i + 1; k < tokens.length && !/'s$/.test(tokens[k - 1]!.folded); k++) {
      const w = tokens[k]!;
      if (w.type !== 'word') break;
      if (w.capitalised) last = k;
      else if (!(PARTICLES.has(w.folded) && tokens[k + 1]?.type === 'word' && tokens[k + 1]!.capitalised)) break;
    }
    const run = tokens.slice(i, last + 1);
    i = last + 1;
    // Leading ordinary words ("The", "However") and titles ("President") are not part of the name.
    let from = 0;
    const ordinary = (w: TextToken) => (STOPWORDS.has(w.folded) && !isAcronym(w)) || TITLES.has(w.folded);
    while (from < run.length && ordinary(run[from]!)) from++;
    const kept = run.slice(from).filter((w) => !CALENDAR.has(w.folded));
    if (kept.length === 0 || kept.length !== run.length - from) continue;
    // A sentence's first word is capitalised anyway: alone, it is a name only if it looks like one elsewhere.
    const word = normaliseNameWord(kept[0]!.folded);
    if (kept.length === 1 && kept[0]!.sentenceStart && !namelike.has(word) && !(kept[0]!.folded in DEMONYMS)) continue;
    // Headline case ("Prisoner Releases Expand Amid Political Pressure") is not a name.
    if (kept.length > 3 && kept.filter((w) => !PARTICLES.has(w.folded)).length > 3) continue;
    let words = kept.filter((w) => !PARTICLES.has(w.folded) || w.capitalised).map((w) => normaliseNameWord(w.folded));
    const joined = words.join(' ');
    if (joined in MULTIWORD) words = [MULTIWORD[joined]!];
    const first = kept[0]!;
    const lastToken = kept[kept.length - 1]!;
    names.push({ text: text.slice(first.start, lastToken.end), words, start: first.start, end: lastToken.end });
  }
  return names;
}
