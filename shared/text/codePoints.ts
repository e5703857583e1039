/**
 * Converts between Claimdesk's offsets (UTF-16 code units, JavaScript string indices) and Unicode
 * code point offsets, which the W3C Web Annotation model's TextPositionSelector uses. The two
 * differ only after characters outside the Basic Multilingual Plane (emoji, some CJK, etc.).
 */

/** Indices of the second half of every surrogate pair: each one is a code unit with no code point of its own. */
function lowSurrogateIndices(text: string): number[] {
  const found: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) found.push(i);
    }
  }
  return found;
}

/** How many entries of a sorted array are below `value`. */
function countBelow(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface OffsetConverter {
  toCodePoints(utf16: number): number;
  fromCodePoints(codePoints: number): number;
}

/** A converter for one text; build it once per article and convert many offsets. */
export function offsetConverter(text: string): OffsetConverter {
  const lows = lowSurrogateIndices(text);
  return {
    toCodePoints: (utf16) => utf16 - countBelow(lows, utf16),
    fromCodePoints: (cp) => {
      // The UTF-16 index grows by one per earlier low surrogate: walk forward until stable.
      let utf16 = cp;
      for (let k = countBelow(lows, utf16 + 1); utf16 !== cp + k; k = countBelow(lows, utf16 + 1)) utf16 = cp + k;
      return utf16;
    },
  };
}
