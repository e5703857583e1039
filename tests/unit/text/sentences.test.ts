import { describe, expect, it } from 'vitest';
import { sentenceBounds } from '../../../shared/text/sentences';

const sentenceOf = (text: string, quote: string, reach?: number) => {
  const at = text.indexOf(quote);
  const b = sentenceBounds(text, at, at + quote.length, reach);
  return { sentence: text.slice(b.from, b.to), cutBefore: b.cutBefore, cutAfter: b.cutAfter };
};

describe('the sentence a passage sits in', () => {
  it('runs from the end of the previous sentence to the end of its own, closing quotes included', () => {
    const text = 'He left. “Officials said 116 were freed on Monday.” Then rain.';
    expect(sentenceOf(text, '116 were freed')).toEqual({
      sentence: '“Officials said 116 were freed on Monday.”',
      cutBefore: false,
      cutAfter: false,
    });
  });

  it('reads past abbreviations, initials and titles, and stops at a paragraph break', () => {
    const text = 'Intro\nMr. J. Smith of the U.S. State Department said 56 were freed\nNext.';
    expect(sentenceOf(text, '56 were').sentence).toBe('Mr. J. Smith of the U.S. State Department said 56 were freed');
  });

  it('does not end a sentence at a decimal point', () => {
    expect(sentenceOf('Prices rose 3.5 percent in May. Later.', 'percent').sentence).toBe(
      'Prices rose 3.5 percent in May.',
    );
  });

  it('says when the reach stopped it before a sentence boundary', () => {
    const text = `${'word '.repeat(50)}QUOTE ${'word '.repeat(50)}`;
    expect(sentenceOf(text, 'QUOTE', 20)).toMatchObject({ cutBefore: true, cutAfter: true });
    expect(sentenceOf(text, 'QUOTE', 20).sentence.length).toBeLessThanOrEqual(45);
  });
});
