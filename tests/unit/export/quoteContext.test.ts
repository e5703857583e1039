import { describe, expect, it } from 'vitest';
import { quoteContext, storedContext } from '../../../electron/export/quoteContext';
import { sampleText, US_SAMPLE } from '../../helpers/tempProject';

const around = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  return quoteContext(text, start, start + quote.length);
};

describe('context around a quote in the report', () => {
  it('shows the quote’s whole sentence instead of 32 characters cut mid-word', () => {
    const text = sampleText(US_SAMPLE).replace(/\n/g, '\n\n');
    const ctx = around(text, '116 prisoners were released on Monday alone');
    expect(ctx).toEqual({
      before: 'Venezuela’s Ministry of Penitentiary Services said at least ',
      after: ', adding to confusion over the true scale and pace of the process.',
      cutBefore: false,
      cutAfter: false,
    });
  });

  it('does not take an initial or an abbreviation such as U.S. for the end of a sentence', () => {
    const text = 'He said. The U.S. envoy J. Smith confirmed that 116 were freed on Monday. Then he left.';
    expect(around(text, '116 were freed')).toMatchObject({
      before: 'The U.S. envoy J. Smith confirmed that ',
      after: ' on Monday.',
    });
  });

  it('stops at a paragraph break', () => {
    const text = 'A headline without a full stop\n\n116 were freed on Monday\n\nNext paragraph.';
    expect(around(text, '116 were freed')).toEqual({
      before: '',
      after: ' on Monday',
      cutBefore: false,
      cutAfter: false,
    });
  });

  it('cuts a very long sentence at whole words and says so', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const text = `${words} QUOTE ${words}.`;
    const ctx = around(text, 'QUOTE');
    expect(ctx.cutBefore).toBe(true);
    expect(ctx.cutAfter).toBe(true);
    expect(ctx.before).toMatch(/^word\d+ .* $/);
    expect(ctx.after).toMatch(/^ .* word\d+$/);
    expect(ctx.before.length).toBeLessThanOrEqual(160);
  });

  it('trims an orphaned span’s stored prefix and suffix to whole words', () => {
    expect(storedContext('tentiary Services said at least ', ', adding to confusion over the t')).toEqual({
      before: 'Services said at least ',
      after: ', adding to confusion over the',
      cutBefore: true,
      cutAfter: true,
    });
  });
});
