/** Folding text for comparison, and mapping folded positions back to the original. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldWithOffsets } from '../../../shared/matching/fold';

describe('text folding', () => {
  it('ignores case, accents, typographic quotes and dashes, and Arabic vowel marks', () => {
    expect(foldText('RODRÍGUEZ’s “Foro” – Nicola\u0301s')).toBe('rodriguez\'s "foro" - nicolas');
    expect(foldText('كَتَبَ')).toBe('كتب');
    expect(foldText('ﬁnal ＡＢＣ')).toBe('final abc');
  });

  it('maps a match in folded text back to the original characters', () => {
    const text = 'Délcy RODRÍGUEZ said';
    const { folded, offsets } = foldWithOffsets(text);
    const at = folded.indexOf('rodriguez');
    expect(text.slice(offsets[at]!, offsets[at + 'rodriguez'.length]!)).toBe('RODRÍGUEZ');
  });

  it('gives every folded character an offset in order, for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const { folded, offsets } = foldWithOffsets(text);
        expect(folded).toBe(foldText(text));
        expect(offsets.length).toBe(folded.length + 1);
        expect(offsets[folded.length]).toBe(text.length);
        for (let i = 1; i < offsets.length; i++) expect(offsets[i]!).toBeGreaterThanOrEqual(offsets[i - 1]!);
      }),
      { numRuns: 200 },
    );
  });
});
