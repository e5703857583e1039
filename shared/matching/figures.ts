/**
 * Figures stated in news text: counts ("56 detainees", "at least four Americans"), ranges ("60-70",
 * "between 60 and 70", "800 to 1,200"), percentages and money, with the qualifier the copy puts
 * on them ("at least", "more than"/"over", "about", "up to", "fewer than", "only"). Spelled-out
 * numbers are read as values, so "at least four" and "at least 4" are the same figure, and each
 * figure gets a normalised label ("at least 4", "60–70", "more than 400") for comparisons and
 * for the UI. Numbers inside dates ("January 9"), codes ("COVID-19") and ordinals are not figures.
 */
import { extractDates } from './dates';
import { digitValue, formatNumber, MULTIPLIERS, numberWordValue, VAGUE_AMOUNTS } from './numberWords';
import { textTokens, type TextToken } from './textTokens';

export type FigureKind = 'count' | 'percent' | 'money';
export type Qualifier = 'exact' | 'at-least' | 'more-than' | 'about' | 'at-most' | 'less-than' | 'only';

export interface Figure {
  kind: FigureKind;
  /** The value, or a range's bounds; equal for a single value. */
  low: number;
  high: number;
  qualifier: Qualifier;
  /** "dozens", "hundreds": an order of magnitude, not a number to compare. */
  vague: boolean;
  /** As written, qualifier included: "at least four", "between 60 and 70". */
  text: string;
  /** Normalised: "at least 4", "60–70", "more than 400", "5%", "$2 million". */
  label: string;
  start: number;
  end: number;
  /** The words counted, folded ("prisoners", "american citizens"); empty when none follow. */
  unit: string;
  /** Currency symbol or word for money ("$", "euros"). */
  currency: string;
}

const QUALIFIERS: [string[], Qualifier][] = [
  [['no', 'more', 'than'], 'at-most'],
  [['no', 'fewer', 'than'], 'at-least'],
  [['in', 'excess', 'of'], 'more-than'],
  [['at', 'least'], 'at-least'],
  [['a', 'minimum', 'of'], 'at-least'],
  [['more', 'than'], 'more-than'],
  [['upwards', 'of'], 'more-than'],
  [['over'], 'more-than'],
  [['above'], 'more-than'],
  [['exceeding'], 'more-than'],
  [['at', 'most'], 'at-most'],
  [['up', 'to'], 'at-most'],
  [['fewer', 'than'], 'less-than'],
  [['less', 'than'], 'less-than'],
  [['under'], 'less-than'],
  [['below'], 'less-than'],
  [['an', 'estimated'], 'about'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['approximately'], 'about'],
  [['roughly'], 'about'],
  [['some'], 'about'],
  [['nearly'], 'about'],
  [['almost'], 'about'],
  [['close', 'to'], 'about'],
  [['only'], 'only'],
  [['just'], 'only'],
];

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  'at-least': 'at least ',
  'more-than': 'more than ',
  about: 'about ',
  'at-most': 'at most ',
  'less-than': 'fewer than ',
  // "only 56" is emphasis: the amount stated is 56.
  only: '',
};

const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥']);
const CURRENCY_WORDS = new Set(['dollars', 'dollar', 'euros', 'euro', 'pounds', 'bolivars', 'yuan', 'yen', 'pesos']);
const RANGE_DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']);
/** Words after a number that make it something other than a count of things ("one of", "one another"). */
const NOT_A_COUNT_AFTER = new Set([
  'of',
  'another',
  'who',
  'that',
  'which',
  'day',
  'time',
  'way',
  'hand',
  'side',
  'thing',
]);
/** Words before a spelled "one" that make it a pronoun ("no one", "the one"). */
const PRONOUN_ONE_BEFORE = new Set(['no', 'the', 'this', 'that', 'any', 'each', 'every', 'some', 'which', 'anyone']);
const UNIT_STOP = new Set([
  'of',
  'the',
  'a',
  'an',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'for',
  'from',
  'by',
  'with',
  'have',
  'has',
  'had',
  'were',
  'was',
  'are',
  'is',
  'be',
  'been',
  'being',
  'who',
  'that',
  'which',
  'since',
  'as',
  'than',
  'remain',
  'remained',
]);

interface NumberAtom {
  value: number;
  vague: boolean;
  /** Token index range [first, last] of the atom. */
  first: number;
  last: number;
}

/** A number written with digits or words starting at token i (with "hundred"/"million" after it). */
function atomAt(tokens: readonly TextToken[], i: number): NumberAtom | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  let value: number | undefined;
  if (t.type === 'number') {
    value = digitValue(t.text);
    // Part of a code or a name ("COVID-19", "G7"): a letter or a hyphen-joined word right before.
    const prev = tokens[i - 1];
    if (prev && prev.end === t.start && (prev.type === 'word' || RANGE_DASHES.has(prev.text))) {
      const before = tokens[i - 2];
      if (prev.type === 'word' || (before && before.end === prev.start && before.type === 'word')) return undefined;
    }
    const next = tokens[i + 1];
    if (next && next.start === t.end && next.type === 'word' && /^(st|nd|rd|th|[a-z])$/i.test(next.text))
      return undefined;
  } else if (t.type === 'word') {
    if (t.folded in VAGUE_AMOUNTS) return { value: VAGUE_AMOUNTS[t.folded]!, vague: true, first: i, last: i };
    value = numberWordValue(t.folded);
    if (value === undefined && t.folded === 'a' && tokens[i + 1]?.folded === 'dozen') {
      return { value: 12, vague: false, first: i, last: i + 1 };
    }
  }
  if (value === undefined) return undefined;
  let last = i;
  const mult = tokens[i + 1];
  if (mult && mult.type === 'word' && mult.folded in MULTIPLIERS) {
    value *= MULTIPLIERS[mult.folded]!;
    last = i + 1;
  }
  return { value, vague: false, first: i, last };
}

function qualifierBefore(tokens: readonly TextToken[], first: number): { qualifier: Qualifier; first: number } {
  for (const [words, qualifier] of QUALIFIERS) {
    const from = first - words.length;
    if (from < 0) continue;
    if (words.every((w, k) => tokens[from + k]!.type === 'word' && tokens[from + k]!.folded === w)) {
      return { qualifier, first: from };
    }
  }
  return { qualifier: 'exact', first };
}

function unitAfter(tokens: readonly TextToken[], i: number): string {
  const words: string[] = [];
  for (let k = i; k < tokens.length && words.length < 2; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word' || UNIT_STOP.has(t.folded)) break;
    words.push(t.folded.replace(/'s$/, ''));
  }
  return words.join(' ');
}

function labelOf(
  kind: FigureKind,
  low: number,
  high: number,
  qualifier: Qualifier,
  currency: string,
  vagueWord: string,
) {
  if (vagueWord) return vagueWord;
  const n = (v: number) =>
    kind === 'percent'
      ? `${formatNumber(v)}%`
      : kind === 'money' && CURRENCY_SYMBOLS.has(currency)
        ? `${currency}${big(v)}`
        : big(v);
  const value = low === high ? n(low) : `${n(low)}–${n(high)}`;
  const suffix = kind === 'money' && !CURRENCY_SYMBOLS.has(currency) && currency ? ` ${currency}` : '';
  return `${QUALIFIER_WORDS[qualifier]}${value}${suffix}`;
}

/** 2500000 → "2.5 million"; smaller values with separators. */
function big(v: number): string {
  for (const [word, size] of [
    ['billion', 1e9],
    ['million', 1e6],
  ] as const) {
    if (v >= size && (v / size) * 100 === Math.round((v / size) * 100)) return `${formatNumber(v / size)} ${word}`;
  }
  return formatNumber(v);
}

/** Every figure stated in the text, in order. */
export function extractFigures(text: string): Figure[] {
  const tokens = textTokens(text);
  const dates = extractDates(text);
  const inDate = (t: TextToken) => dates.some((d) => t.start >= d.start && t.end <= d.end);
  const figures: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inDate(t)) continue;
    const atom = atomAt(tokens, i);
    if (!atom) continue;
    let { qualifier, first } = qualifierBefore(tokens, atom.first);
    let low = atom.value;
    let high = atom.value;
    let last = atom.last;

    // Ranges: "60-70", "60 to 70", "between 60 and 70", "from 800 to 1,200".
    const between = tokens[atom.first - 1]?.folded === 'between';
    const from = tokens[atom.first - 1]?.folded === 'from';
    const link = tokens[last + 1];
    const isLink =
      link &&
      ((link.type === 'symbol' && RANGE_DASHES.has(link.text)) ||
        (link.type === 'word' && (link.folded === 'to' || (between && link.folded === 'and'))));
    if (isLink) {
      const second = atomAt(tokens, last + 2);
      if (second && !second.vague && !atom.vague && second.value > atom.value) {
        // "60 to 70 thousand": the multiplier after the second number applies to both.
        if (second.last > last + 2 && atom.last === atom.first)
          low = atom.value * (second.value / tokenValue(tokens, last + 2));
        high = second.value;
        last = second.last;
        if (between || from) first = atom.first - 1;
      }
    }

    // "one" alone is a pronoun more often than a number: keep it only when it counts something.
    if (atom.first === atom.last && tokens[atom.first]!.folded === 'one' && qualifier === 'exact' && low === high) {
      const before = tokens[atom.first - 1];
      const after = tokens[atom.last + 1];
      if (
        (before && PRONOUN_ONE_BEFORE.has(before.folded)) ||
        !after ||
        after.type !== 'word' ||
        NOT_A_COUNT_AFTER.has(after.folded)
      ) {
        continue;
      }
    }

    let kind: FigureKind = 'count';
    let currency = '';
    const prev = tokens[first - 1];
    if (prev && prev.type === 'symbol' && CURRENCY_SYMBOLS.has(prev.text)) {
      kind = 'money';
      currency = prev.text;
      first -= 1;
      ({ qualifier, first } = mergeQualifier(tokens, first, qualifier));
    }
    const next = tokens[last + 1];
    if (next && (next.text === '%' || next.folded === 'percent')) {
      kind = 'percent';
      last += 1;
    } else if (next && next.folded === 'per' && tokens[last + 2]?.folded === 'cent') {
      kind = 'percent';
      last += 2;
    } else if (next && CURRENCY_WORDS.has(next.folded)) {
      kind = 'money';
      currency = next.folded;
      last += 1;
    }
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const unit = kind === 'count' ? unitAfter(tokens, last + 1) : '';
    const vagueWord = atom.vague ? tokens[atom.first]!.folded : '';
    figures.push({
      kind,
      low,
      high,
      qualifier,
      vague: atom.vague,
      text: text.slice(start, end),
      label: labelOf(kind, low, high, qualifier, currency, vagueWord),
      start,
      end,
      unit,
      currency,
    });
    i = last;
  }
  return figures;
}

/** The value of the bare number at token i (without its multiplier). */
function tokenValue(tokens: readonly TextToken[], i: number): number {
  const t = tokens[i]!;
  return (t.type === 'number' ? digitValue(t.text) : numberWordValue(t.folded)) ?? 1;
}

/** "more than $5 million": the qualifier sits before the currency symbol. */
function mergeQualifier(tokens: readonly TextToken[], first: number, qualifier: Qualifier) {
  if (qualifier !== 'exact') return { qualifier, first };
  return qualifierBefore(tokens, first);
}

export type Amount = Pick<Figure, 'kind' | 'low' | 'high'>;

/** Two figures state the same amount (qualifiers aside): "at least 116" and "116" do. */
export function sameAmount(a: Amount, b: Amount): boolean {
  return a.kind === b.kind && a.low === b.low && a.high === b.high;
}
