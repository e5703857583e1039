/** Snippets and match ranges: what the UI shows under a hit, as plain text. */
import { describe, expect, it } from 'vitest';
import { MATCH_CLOSE, MATCH_OPEN, parseMarkedText } from '../../../electron/search/highlightMarkers';
import { indexText, indexToOriginal } from '../../../electron/search/indexText';
import { buildSnippet } from '../../../electron/search/snippet';

const mark = (s: string) => s.replace(/\[/g, MATCH_OPEN).replace(/\]/g, MATCH_CLOSE);
const shown = (text: string, matches: { start: number; end: number }[]) =>
  matches.map((m) => text.slice(m.start, m.end));

describe('highlight markers', () => {
  it('become plain text with ranges', () => {
    expect(parseMarkedText(mark('only [56] detainees, [Penal] Forum'))).toEqual({
      text: 'only 56 detainees, Penal Forum',
      ranges: [
        { start: 5, end: 7 },
        { start: 19, end: 24 },
      ],
    });
  });

  it('are refused when not well nested', () => {
    expect(parseMarkedText(mark('a [b [c] d]'))).toBeNull();
    expect(parseMarkedText(mark('a ]b['))).toBeNull();
    expect(parseMarkedText(mark('a [b'))).toBeNull();
  });
});

describe('index text offsets', () => {
  it('map matches in the folded copy back to the original, keeping a word’s vowel marks', () => {
    const original = 'قال كَتَبَ الدرس';
    const copy = indexText(original);
    expect(copy).toBe('قال كتب الدرس');
    const toOriginal = indexToOriginal(original);
    const start = copy.indexOf('كتب');
    expect(original.slice(toOriginal(start), toOriginal(start + 3))).toBe('كَتَبَ');
    expect(toOriginal(copy.length)).toBe(original.length);
  });
});

describe('snippet', () => {
  it('shows a short text whole, with its matches', () => {
    const text = 'Only 56 detainees\n\nhad been released.';
    const { snippet, anchor } = buildSnippet(text, [{ start: 5, end: 7 }]);
    expect(snippet.text).toBe('Only 56 detainees had been released.');
    expect(shown(snippet.text, snippet.matches)).toEqual(['56']);
    expect(anchor).toEqual({ start: 5, end: 7 });
  });

  it('cuts a window around the passage holding most of the query’s words, marked with ellipses', () => {
    const filler = 'word '.repeat(100);
    const text = `${filler}penal alone. ${filler}The Penal Forum counted 56 releases. ${filler}`;
    const first = text.indexOf('penal');
    const second = text.indexOf('Penal');
    const n56 = text.indexOf('56');
    const ranges = [
      { start: first, end: first + 5 },
      { start: second, end: second + 5 },
      { start: n56, end: n56 + 2 },
    ];
    const { snippet, anchor } = buildSnippet(text, ranges);
    expect(anchor).toEqual(ranges[1]);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(shown(snippet.text, snippet.matches)).toEqual(['Penal', '56']);
    expect(snippet.text.length).toBeLessThanOrEqual(182);
  });

  it('starts a window on a word boundary', () => {
    const text = `${'abcdefghij '.repeat(20)}target here`;
    const at = text.indexOf('target');
    const { snippet } = buildSnippet(text, [{ start: at, end: at + 6 }]);
    expect(snippet.text).toMatch(/^…abcdefghij /);
  });
});
