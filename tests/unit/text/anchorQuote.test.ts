import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../../shared/text/anchorQuote';
import { isValidRange, quoteSelectorAt } from '../../../shared/text/quoteSelector';
import { insideWord } from '../../../shared/text/snapRange';
import { sampleText, US_SAMPLE } from '../../helpers/tempProject';

const article = sampleText(US_SAMPLE);

function selectorOf(text: string, quote: string) {
  const start = text.indexOf(quote);
  return { start, sel: quoteSelectorAt(text, start, start + quote.length) };
}

describe('re-anchoring a highlight in a new version of the article', () => {
  const quote = '116 prisoners were released on Monday alone';

  it('finds the quote again after text was inserted before it', () => {
    const { start, sel } = selectorOf(article, quote);
    const edited = 'Editor’s note: this article was updated on 15 January.\n\n' + article;
    const a = anchorQuote(edited, sel, start)!;
    expect(edited.slice(a.start, a.end)).toBe(quote);
    expect(a.distance).toBe(0);
  });

  it('tolerates a small edit inside the quote and reports the new wording', () => {
    const { start, sel } = selectorOf(article, quote);
    const edited = article.replace(quote, '116 prisoners were freed on Monday alone');
    const a = anchorQuote(edited, sel, start)!;
    expect(edited.slice(a.start, a.end)).toBe('116 prisoners were freed on Monday alone');
    expect(a.distance).toBeGreaterThan(0);
  });

  it('uses the context to choose between repeated occurrences', () => {
    const text =
      'Officials said 116 were freed. Rights groups said 56 were freed. Later, officials said 116 were freed.';
    const second = text.lastIndexOf('116 were freed');
    const sel = quoteSelectorAt(text, second, second + '116 were freed'.length);
    const edited = 'UPDATE: ' + text;
    const a = anchorQuote(edited, sel, 0)!;
    expect(a.start).toBe(second + 'UPDATE: '.length);
  });

  it('orphans a quote whose passage was rewritten beyond recognition', () => {
    const { start, sel } = selectorOf(article, quote);
    const edited = article.replace(quote, 'officials gave no figure for that day');
    expect(anchorQuote(edited, sel, start)).toBeNull();
  });

  it('always re-finds an unchanged quote exactly, wherever the text moved (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(article.length - 60),
        fc.integer({ min: 5, max: 60 }),
        fc.string({ maxLength: 300 }),
        (s, len, inserted) => {
          const sel = quoteSelectorAt(article, s, s + len);
          const edited = inserted + article;
          const a = anchorQuote(edited, sel, s)!;
          expect(edited.slice(a.start, a.end)).toBe(sel.exact);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('where a re-anchored highlight begins and ends', () => {
  const reanchor = (before: string, quote: string, after: string) => {
    const s = before.indexOf(quote);
    const a = anchorQuote(after, quoteSelectorAt(before, s, s + quote.length), s);
    return a && { ...a, text: after.slice(a.start, a.end) };
  };

  it('never ends a highlight in the middle of an emoji (regression: "cheered 🎉" against "🎊🎊")', () => {
    const a = reanchor(
      'The crowd cheered 🎉 as the buses left the prison gates.',
      'cheered 🎉',
      'The crowd cheered 🎊🎊 as the buses left the prison gates.',
    )!;
    expect(a.text).toBe('cheered 🎊');
    expect(a.text).not.toContain('\uFFFD');
    const after = 'The crowd cheered 🎊🎊 as the buses left the prison gates.';
    expect(isValidRange(after, a.start, a.end)).toBe(true);
  });

  it('lands on whole characters even when the stored quote itself began on half an emoji', () => {
    const text = 'The crowd cheered 🎉 as the buses left.';
    const lowHalf = text.indexOf('🎉') + 1;
    const a = anchorQuote(text, { exact: text.slice(lowHalf, lowHalf + 4), prefix: '', suffix: '' }, lowHalf)!;
    expect(text.slice(a.start, a.end)).toBe('🎉 as');
    expect(isValidRange(text, a.start, a.end)).toBe(true);
  });

  it('takes in whole words, not "have been se" for "have been set free" (regression)', () => {
    const a = reanchor(
      'By Tuesday, officials said, more than 400 people have been freed from prisons across the country.',
      'more than 400 people have been freed',
      'By Tuesday, officials said, more than 400 people have been set free from prisons across the country.',
    )!;
    expect(a.text).toBe('more than 400 people have been set free');
    expect(a.distance).toBe(5);
  });

  it('measures a match by the whole words it covers, so cutting a word cannot make it look close', () => {
    // Stopping at "…unhistoric|al" would be 2 edits; the whole word is 4.
    const a = reanchor(
      'Officials said the releases were historic, and welcome.',
      'the releases were historic',
      'Officials said the releases were unhistorical, and welcome.',
    )!;
    expect(a.text).toBe('the releases were unhistorical');
    expect(a.distance).toBe(4);
  });

  it('keeps a highlight the checker started mid-word as it was, when the passage is edited', () => {
    const a = reanchor(
      'The prisoners were released on Monday, officials said.',
      'leased on Monday',
      'The prisoners were released on Mon, officials said.',
    )!;
    expect(a.text).toBe('leased on Mon');
  });

  it('always lands on whole characters, and on whole words for whole-word quotes (property)', () => {
    const words = ['freed', 'set', 'free', '🎉', '🎊', 'Монday', 'مرحبا', 'café', 'naïve', '400', '—', ','];
    const sentence = fc.array(fc.constantFrom(...words), { minLength: 6, maxLength: 24 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(sentence, sentence, fc.nat(), fc.nat(), fc.nat(), (before, inserted, a, b, at) => {
        const tokens = before.split(' ');
        const i = a % tokens.length;
        const j = i + 1 + (b % Math.min(5, tokens.length - i));
        const quote = tokens.slice(i, j).join(' ');
        const start = tokens.slice(0, i).join(' ').length + (i > 0 ? 1 : 0);
        const sel = quoteSelectorAt(before, start, start + quote.length);
        // The new version: some words inserted somewhere, splitting nothing but words.
        const cut = before.lastIndexOf(' ', at % before.length);
        const after = cut < 0 ? `${inserted} ${before}` : `${before.slice(0, cut)} ${inserted}${before.slice(cut)}`;
        const found = anchorQuote(after, sel, start);
        if (!found) return;
        expect(isValidRange(after, found.start, found.end)).toBe(true);
        if (found.distance > 0) {
          expect(insideWord(after, found.start)).toBe(false);
          expect(insideWord(after, found.end)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
