import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../../shared/text/anchorQuote';
import { quoteSelectorAt } from '../../../shared/text/quoteSelector';
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
