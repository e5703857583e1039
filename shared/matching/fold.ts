/**
 * Text folding for comparisons that should not care about case, accents or typography: "Rodríguez"
 * and "RODRIGUEZ", "Venezuela’s" and "Venezuela's", "كَتَبَ" and "كتب" fold to the same text.
 * Compatibility decomposition (NFKD) also unifies full-width forms and ligatures. The variant with
 * offsets lets a match found in folded text be shown in the original, which is what the search
 * highlights and the figure positions need.
 */

const TYPOGRAPHY: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
  // Arabic tatweel only stretches a word; it is a letter modifier, not a combining mark.
  '\u0640': '',
};

const MARKS = /\p{M}/gu;
const cache = new Map<string, string>();

/** The folded form of one code point (possibly empty, possibly several units). */
function foldCodePoint(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  let folded = cache.get(ch);
  if (folded === undefined) {
    folded = TYPOGRAPHY[ch] ?? ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
    cache.set(ch, folded);
  }
  return folded;
}

/** What folding changes: runs of ASCII capitals, and any non-ASCII code point. The rest is copied as is. */
const FOLDABLE = /[A-Z]+|[^\p{ASCII}]/gu;

const foldMatch = (m: string) => (m.charCodeAt(0) < 0x80 ? m.toLowerCase() : foldCodePoint(m));

/** Lower case, without accents or other combining marks, with plain quotes, apostrophes and hyphens. */
export function foldText(text: string): string {
  return text.replace(FOLDABLE, foldMatch);
}

export interface FoldedText {
  folded: string;
  /** offsets[i] is the index in the original of the character folded[i] came from; one extra entry
   *  at the end holds the original's length, so a range [s, e) maps to [offsets[s], offsets[e]). */
  offsets: Int32Array;
}

export function foldWithOffsets(text: string): FoldedText {
  const parts: string[] = [];
  // Stretches of the output: [output start, original start, same length as the original?].
  const stretches: [number, number, boolean][] = [];
  let length = 0;
  let copied = 0;
  for (const m of text.matchAll(FOLDABLE)) {
    if (m.index > copied) {
      stretches.push([length, copied, true]);
      parts.push(text.slice(copied, m.index));
      length += m.index - copied;
    }
    const f = foldMatch(m[0]);
    // Capitals lower-case one for one; a folded code point maps all of its output to its own start.
    stretches.push([length, m.index, m[0].charCodeAt(0) < 0x80]);
    parts.push(f);
    length += f.length;
    copied = m.index + m[0].length;
  }
  if (copied < text.length) {
    stretches.push([length, copied, true]);
    parts.push(text.slice(copied));
    length += text.length - copied;
  }
  const offsets = new Int32Array(length + 1);
  stretches.forEach(([out, from, oneForOne], k) => {
    const end = k + 1 < stretches.length ? stretches[k + 1]![0] : length;
    for (let i = out; i < end; i++) offsets[i] = oneForOne ? from + (i - out) : from;
  });
  offsets[length] = text.length;
  return { folded: parts.join(''), offsets };
}
