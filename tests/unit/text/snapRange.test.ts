import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistanceWithin } from '../../../shared/text/editDistance';
import { isValidRange, splitsSurrogatePair } from '../../../shared/text/quoteSelector';
import { insideWord, snapToWords } from '../../../shared/text/snapRange';

/** Text mixing words, spaces, punctuation, emoji, combining marks, Arabic and CJK. */
const pieces = ['free', 'd', ' ', ', ', '🎉', '🎊', 'e\u0301', 'مرحبا', 'Привет', '中文', '400', '-', '\n'];
const mixedText = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }).map((p) => p.join(''));

function naiveDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

describe('snapping a found range to whole characters and words', () => {
  it('grows any range to whole code points and whole words, keeping what it held (property)', () => {
    fc.assert(
      fc.property(mixedText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const r = snapToWords(text, start, end);
        expect(r.start).toBeLessThanOrEqual(start);
        expect(r.end).toBeGreaterThanOrEqual(end);
        expect(isValidRange(text, r.start, r.end)).toBe(true);
        expect(splitsSurrogatePair(text, r.start) || splitsSurrogatePair(text, r.end)).toBe(false);
        expect(insideWord(text, r.start)).toBe(false);
        expect(insideWord(text, r.end)).toBe(false);
        expect(snapToWords(text, r.start, r.end)).toEqual(r);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves an end alone when asked to, apart from surrogate halves', () => {
    const text = 'have been set free 🎉';
    expect(snapToWords(text, 5, 12, { start: false, end: false })).toEqual({ start: 5, end: 12 });
    expect(snapToWords(text, 6, 12)).toEqual({ start: 5, end: 13 });
    expect(snapToWords(text, 19, 20, { start: false, end: false })).toEqual({ start: 19, end: 21 });
  });

  it('keeps an apostrophe or hyphen between letters inside the word, as the printed markers do', () => {
    const text = 'Venezuela’s high-profile case';
    const word = (start: number, end: number) => {
      const r = snapToWords(text, start, end);
      return text.slice(r.start, r.end);
    };
    expect(word(2, 4)).toBe('Venezuela’s');
    expect(word(13, 15)).toBe('high-profile');
  });

  it('does not run a range over a whole sentence of a script written without spaces', () => {
    const text = '政府周一释放了一百一十六名囚犯';
    expect(snapToWords(text, 4, 6)).toEqual({ start: 4, end: 6 });
  });

  it('takes in combining marks and non-Latin letters as part of the word', () => {
    const text = 'Le café\u0301 et Привет мир';
    const word = (start: number, end: number) => {
      const r = snapToWords(text, start, end);
      return text.slice(r.start, r.end);
    };
    expect(word(4, 6)).toBe('café\u0301');
    expect(word(15, 17)).toBe('Привет');
  });
});

describe('edit distance within a budget', () => {
  it('equals the full Levenshtein distance when within the budget, and says "over" otherwise (property)', () => {
    const s = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 14 });
    fc.assert(
      fc.property(s, s, fc.nat(8), (a, b, max) => {
        const full = naiveDistance(a, b);
        expect(editDistanceWithin(a, b, max)).toBe(full <= max ? full : max + 1);
      }),
      { numRuns: 1000 },
    );
  });
});
