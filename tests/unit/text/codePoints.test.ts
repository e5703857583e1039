import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetConverter } from '../../../shared/text/codePoints';

describe('code point offsets for W3C selectors', () => {
  it('counts an emoji as one position', () => {
    const text = 'a😀b👍🏽c';
    const c = offsetConverter(text);
    expect(c.toCodePoints(text.indexOf('b'))).toBe(2);
    expect(c.toCodePoints(text.indexOf('c'))).toBe(5);
    expect(c.fromCodePoints(2)).toBe(text.indexOf('b'));
    expect(c.fromCodePoints(5)).toBe(text.indexOf('c'));
  });

  it('round-trips every character boundary of any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const c = offsetConverter(text);
        let cp = 0;
        for (let i = 0; i <= text.length;) {
          expect(c.toCodePoints(i)).toBe(cp);
          expect(c.fromCodePoints(cp)).toBe(i);
          const code = text.codePointAt(i);
          i += code !== undefined && code > 0xffff ? 2 : 1;
          cp++;
        }
        expect([...text].length).toBe(c.toCodePoints(text.length));
      }),
      { numRuns: 300 },
    );
  });
});
