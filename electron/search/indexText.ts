/**
 * The text the search index holds, mirrored in JavaScript. Migration 003's triggers copy each
 * searchable column into the index with Arabic harakat, superscript alef and tatweel removed, and
 * hamza/madda alef forms, Greek accented vowels and Cyrillic ё written as plain letters (unicode61
 * only folds Latin diacritics: "كتب" would not find "كَتَبَ", nor "заключенных" "заключённых"). Queries are folded the same way here, and offsets that
 * FTS5 reports in the indexed copy are mapped back to the original text, where the app's offsets live.
 * tests/unit/search/searchIndex.test.ts checks that this mirror equals what the triggers store.
 */
import { FOLD_REMOVED, FOLD_SUBSTITUTED } from '../project/migrations/003-search';

// The same tables the migration's SQL uses, so the mirror cannot drift from the triggers.
const REMOVED: ReadonlySet<string> = new Set(FOLD_REMOVED.map((cp) => String.fromCharCode(cp)));
/** Same-length substitutions (offsets unchanged). */
const SUBSTITUTED: ReadonlyMap<string, string> = new Map(
  FOLD_SUBSTITUTED.map(([from, to]) => [String.fromCharCode(from), String.fromCharCode(to)]),
);
const ANY_SUBSTITUTED = new RegExp(`[${[...SUBSTITUTED.keys()].join('')}]`, 'g');
const ANY_REMOVED = new RegExp(`[${[...REMOVED].join('')}]`);

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
