import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainTextOfBody } from '../../../shared/text/plainTextProjection';
import { findOccurrences, isValidRange, quoteSelectorAt } from '../../../shared/text/quoteSelector';
import { serializeRichText, type Block } from '../../../shared/text/richTextDoc';

const run = fc.record({ text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), bold: fc.boolean() });
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('paragraph' as const), runs: fc.array(run, { minLength: 1, maxLength: 4 }) }),
  fc.record({
    kind: fc.constant('heading' as const),
    level: fc.constant(2 as const),
    runs: fc.array(run, { minLength: 1, maxLength: 2 }),
  }),
  fc.record({
    kind: fc.constant('list' as const),
    ordered: fc.boolean(),
    items: fc.array(fc.array(run, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }),
  }),
);

describe('plain-text projection', () => {
  it('joins blocks with a blank line, as Lexical’s getTextContent does', () => {
    const body = serializeRichText([
      { kind: 'heading', level: 2, runs: [{ text: 'Head' }] },
      {
        kind: 'paragraph',
        runs: [{ text: 'One ' }, { text: 'bold', bold: true }, { text: ' link', href: 'https://x.test/' }],
      },
      { kind: 'list', ordered: false, items: [[{ text: 'a' }], [{ text: 'b' }]] },
    ]);
    expect(plainTextOfBody(body)).toBe('Head\n\nOne bold link\n\na\n\nb');
  });

  it('keeps every run’s text, in order, for any Unicode (property)', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        const text = plainTextOfBody(serializeRichText(blocks));
        const expected = blocks
          .map((b) =>
            b.kind === 'list'
              ? b.items.map((i) => i.map((r) => r.text).join('')).join('\n\n')
              : b.runs.map((r) => r.text).join(''),
          )
          .join('\n\n');
        expect(text).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('quote selector', () => {
  it('round-trips: prefix + exact + suffix is the text around the range (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        fc.pre(isValidRange(text, start, end));
        const q = quoteSelectorAt(text, start, end);
        expect(q.exact).toBe(text.slice(start, end));
        expect(text.slice(start - q.prefix.length, start)).toBe(q.prefix);
        expect(text.slice(end, end + q.suffix.length)).toBe(q.suffix);
        expect(q.prefix.length).toBeLessThanOrEqual(33);
      }),
      { numRuns: 500 },
    );
  });

  it('never splits an emoji in the context', () => {
    const text = '😀'.repeat(40) + 'claim' + '😀'.repeat(40);
    const start = 80;
    const q = quoteSelectorAt(text, start, start + 5);
    expect(q.exact).toBe('claim');
    expect([...q.prefix].every((c) => c === '😀')).toBe(true);
    expect([...q.suffix].every((c) => c === '😀')).toBe(true);
  });

  it('refuses ranges that split a surrogate pair or leave the text', () => {
    expect(isValidRange('a😀b', 1, 3)).toBe(true);
    expect(isValidRange('a😀b', 2, 4)).toBe(false);
    expect(isValidRange('abc', 1, 1)).toBe(false);
    expect(isValidRange('abc', 0, 4)).toBe(false);
  });

  it('finds every occurrence of a quote', () => {
    expect(findOccurrences('116 freed; 116 more; 116', '116')).toEqual([0, 11, 21]);
    expect(findOccurrences('aaa', 'aa')).toEqual([0, 1]);
    expect(findOccurrences('abc', 'z')).toEqual([]);
  });
});
