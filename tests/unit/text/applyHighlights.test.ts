/**
 * applyHighlights turns spans into flat claim-mark runs inside the serialized body. What matters to
 * a user: highlights never move text (offsets stay put), overlaps show every covering claim, and
 * the most urgent verdict wins where highlights overlap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../shared/domain/types';
import { VERDICTS, type Verdict } from '../../../shared/domain/verdict';
import { applyHighlights, type SerializedClaimMark } from '../../../shared/text/applyHighlights';
import { plainTextOfBody, type SerializedNodeLike } from '../../../shared/text/plainTextProjection';
import { serializeRichText, type Block } from '../../../shared/text/richTextDoc';

const BODY = serializeRichText([
  { kind: 'heading', level: 2, runs: [{ text: 'Conflicting claims' }] },
  {
    kind: 'paragraph',
    runs: [{ text: 'At least ' }, { text: '116 prisoners', bold: true }, { text: ' were released.' }],
  },
  {
    kind: 'list',
    ordered: false,
    items: [[{ text: 'one ' }, { text: 'link', href: 'https://example.org' }], [{ text: 'two' }]],
  },
]);
const TEXT = plainTextOfBody(BODY);

let n = 0;
function hl(start: number, end: number, verdict: Verdict = 'unverified', claimId?: string): Highlight {
  n += 1;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return { spanId: id, claimId: claimId ?? id, start, end, verdict };
}

/** Every claim-mark run with its plain-text offset. */
function marks(json: string): { start: number; mark: SerializedClaimMark }[] {
  const found: { start: number; mark: SerializedClaimMark }[] = [];
  let offset = 0;
  const walk = (node: SerializedNodeLike): void => {
    if (node.type === 'claim-mark') found.push({ start: offset, mark: node as SerializedClaimMark });
    if (typeof node.text === 'string') offset += node.text.length;
    else if (node.type === 'linebreak' || node.type === 'tab') offset += 1;
    const kids = node.children ?? [];
    kids.forEach((kid, i) => {
      walk(kid);
      if (
        Array.isArray(kid.children) &&
        !['link', 'claim-mark', 'mark', 'autolink'].includes(kid.type) &&
        i < kids.length - 1
      ) {
        offset += 2;
      }
    });
  };
  walk((JSON.parse(json) as { root: SerializedNodeLike }).root);
  return found;
}

const markText = (m: SerializedClaimMark): string => (m.children as { text: string }[]).map((c) => c.text).join('');

describe('applyHighlights', () => {
  it('wraps exactly the quoted text and leaves the plain text unchanged', () => {
    const start = TEXT.indexOf('116 prisoners were');
    const out = applyHighlights(BODY, [hl(start, start + '116 prisoners were'.length, 'disputed')]);
    expect(plainTextOfBody(out)).toBe(TEXT);
    const found = marks(out);
    expect(found.map((f) => markText(f.mark)).join('')).toBe('116 prisoners were');
    expect(found.every((f) => f.mark.verdict === 'disputed')).toBe(true);
    // The bold run and the plain run are separate text nodes, so two marks; only the last ends the span.
    expect(found.map((f) => f.mark.endVerdict)).toEqual(['', 'disputed']);
  });

  it('splits overlapping highlights into flat runs that carry every covering span, shortest first', () => {
    const a = TEXT.indexOf('least 116');
    const outer = hl(a, a + 'least 116 prisoners were released'.length, 'verified');
    const inner = hl(a + 6, a + 9, 'disputed');
    const out = applyHighlights(BODY, [outer, inner]);
    expect(plainTextOfBody(out)).toBe(TEXT);
    const innerRun = marks(out).find((f) => markText(f.mark) === '116');
    expect(innerRun?.mark.ids).toEqual([inner.spanId, outer.spanId]);
    expect(innerRun?.mark.verdict).toBe('disputed');
    expect(marks(out).some((f) => f.mark.ids.length === 1 && f.mark.verdict === 'verified')).toBe(true);
  });

  it('lists a claim once when two of its spans cover the same run', () => {
    const a = TEXT.indexOf('released');
    const out = applyHighlights(BODY, [hl(a, a + 8, 'verified', 'c'), hl(a + 2, a + 6, 'verified', 'c')]);
    const middle = marks(out).find((f) => f.mark.ids.length === 2);
    expect(middle?.mark.claimIds).toEqual(['c']);
  });

  it('returns the body untouched when there are no highlights', () => {
    expect(applyHighlights(BODY, [])).toBe(BODY);
  });

  it('never changes the plain text and marks exactly the covered characters (property)', () => {
    const blocks: fc.Arbitrary<Block[]> = fc.array(
      fc.oneof(
        fc
          .array(fc.record({ text: fc.string({ minLength: 0, maxLength: 12 }), bold: fc.boolean() }), { maxLength: 4 })
          .map((runs): Block => ({ kind: 'paragraph', runs })),
        fc
          .array(fc.array(fc.record({ text: fc.string({ maxLength: 8 }) }), { maxLength: 3 }), {
            minLength: 1,
            maxLength: 3,
          })
          .map((items): Block => ({ kind: 'list', ordered: false, items })),
      ),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(
        blocks,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...VERDICTS)), { maxLength: 6 }),
        (bs, raw) => {
          const body = serializeRichText(bs);
          const text = plainTextOfBody(body);
          if (text.length === 0) return;
          const spans = raw.map(([x, y, v]) => {
            const s = x % text.length;
            return hl(s, s + 1 + (y % (text.length - s)), v);
          });
          const out = applyHighlights(body, spans);
          expect(plainTextOfBody(out)).toBe(text);
          for (const { start, mark } of marks(out)) {
            const end = start + markText(mark).length;
            const expected = spans
              .filter((h) => h.start <= start && h.end >= end)
              .map((h) => h.spanId)
              .sort();
            expect([...mark.ids].sort()).toEqual(expected);
          }
          const covered = marks(out).reduce((sum, f) => sum + markText(f.mark).length, 0);
          const union = new Set(spans.flatMap((h) => Array.from({ length: h.end - h.start }, (_, i) => h.start + i)));
          const separators = [...union].filter((i) => text[i] === '\n').length;
          expect(covered).toBe(union.size - separators);
        },
      ),
    );
  });
});
