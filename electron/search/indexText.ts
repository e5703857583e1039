/**
 * The text the search index holds, mirrored in JavaScript. Migration 003's triggers copy each
 * searchable column into the index with Arabic harakat, superscript alef and tatweel removed, and
 * hamza/madda alef forms, Greek accented vowels and Cyrillic ё written as plain letters (unicode61
 * only folds Latin diacritics: "كتب" would not find "كَتَبَ", nor "заключенных" "заключённых"). Queries are folded the same way here, and offsets that
 * FTS5 reports in the indexed copy are mapped back to the original text, where the app's offsets live.
 * tests/unit/search/searchIndex.test.ts checks that this mirror equals what the triggers store.
 */

const REMOVED = new Set([
  '\u064b',
  '\u064c',
  '\u064d',
  '\u064e',
  '\u064f',
  '\u0650',
  '\u0651',
  '\u0652',
  '\u0670',
  '\u0640',
]);
/** Same-length substitutions (offsets unchanged), in migration 003's order. */
const SUBSTITUTED: ReadonlyMap<string, string> = new Map(
  (
    [
      [0x0622, 0x0627],
      [0x0623, 0x0627],
      [0x0625, 0x0627],
      [0x03ac, 0x03b1],
      [0x03ad, 0x03b5],
      [0x03ae, 0x03b7],
      [0x03af, 0x03b9],
      [0x03cc, 0x03bf],
      [0x03cd, 0x03c5],
      [0x03ce, 0x03c9],
      [0x03ca, 0x03b9],
      [0x03cb, 0x03c5],
      [0x0390, 0x03b9],
      [0x03b0, 0x03c5],
      [0x0386, 0x0391],
      [0x0388, 0x0395],
      [0x0389, 0x0397],
      [0x038a, 0x0399],
      [0x038c, 0x039f],
      [0x038e, 0x03a5],
      [0x038f, 0x03a9],
      [0x03aa, 0x0399],
      [0x03ab, 0x03a5],
      [0x0451, 0x0435],
      [0x0401, 0x0415],
    ] as const
  ).map(([from, to]) => [String.fromCharCode(from), String.fromCharCode(to)]),
);
const ANY_SUBSTITUTED = new RegExp(`[${[...SUBSTITUTED.keys()].join('')}]`, 'g');
const ANY_REMOVED = /[\u064b-\u0652\u0670\u0640]/;

/** The indexed copy of a column's text (what migration 003's `folded()` SQL expression computes). */
export function indexText(text: string): string {
  let out = text;
  if (ANY_REMOVED.test(out)) out = [...out].filter((ch) => !REMOVED.has(ch)).join('');
  return out.replace(ANY_SUBSTITUTED, (ch) => SUBSTITUTED.get(ch)!);
}

/**
 * A function mapping an offset in `indexText(original)` to the offset in `original`. Only removed
 * characters shift offsets. Removed marks always lie between two kept characters, so mapping a
 * boundary to the position of the next kept character gives a range end that keeps the word's
 * trailing marks and a range start on the word's first letter.
 */
export function indexToOriginal(original: string): (offset: number) => number {
  if (!ANY_REMOVED.test(original)) return (offset) => offset;
  const kept: number[] = [];
  for (let i = 0; i < original.length; i++) if (!REMOVED.has(original[i]!)) kept.push(i);
  kept.push(original.length);
  return (offset) => kept[Math.max(0, Math.min(offset, kept.length - 1))]!;
}
