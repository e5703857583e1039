/**
 * English number words as values: "four" → 4, "twenty-five" → 25, "four hundred" → 400, "a dozen"
 * → 12. News copy spells out small numbers ("at least four Americans") where another outlet
 * writes digits ("at least 4"), and the two must compare equal.
 */

export const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Words that multiply the number before them: "four hundred", "2.5 million". */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
};

/** Plural words that state an order of magnitude, not a number: "dozens of prisoners". */
export const VAGUE_AMOUNTS: Readonly<Record<string, number>> = {
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2_000,
  millions: 2_000_000,
};

/** The value of one lower-case number word ("seven", "forty-two"), or undefined. */
export function numberWordValue(word: string): number | undefined {
  if (word in UNITS) return UNITS[word];
  if (word in TENS) return TENS[word];
  if (word === 'dozen') return 12;
  const m = /^([a-z]+)-([a-z]+)$/.exec(word);
  if (m && m[1]! in TENS && m[2]! in UNITS && UNITS[m[2]!]! > 0 && UNITS[m[2]!]! < 10) {
    return TENS[m[1]!]! + UNITS[m[2]!]!;
  }
  return undefined;
}

/** "1,200" → 1200, "2.5" → 2.5; undefined for anything else. */
export function digitValue(token: string): number | undefined {
  if (!/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(token)) return undefined;
  return Number(token.replace(/,/g, ''));
}

/** A value written for people: 1200 → "1,200", 2.5 → "2.5". */
export function formatNumber(value: number): string {
  // By hand: Intl's toLocaleString costs more than everything else the matcher does per figure.
  const [whole, fraction] = (Math.round(value * 100) / 100).toString().split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}
