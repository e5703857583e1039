import { describe, expect, it } from 'vitest';
import { attributionOf } from '../../../shared/matching/attribution';
import { sampleText, US_SAMPLE, VENEZUELA_SAMPLE } from '../../helpers/tempProject';

const speakerOf = (text: string, quote: string) => {
  const at = text.indexOf(quote);
  expect(at, quote).toBeGreaterThanOrEqual(0);
  return attributionOf(text, at, at + quote.length);
};

describe('who an article says made a statement', () => {
  it('reads the speaker each sample article gives for its figures', () => {
    const us = sampleText(US_SAMPLE);
    const ve = sampleText(VENEZUELA_SAMPLE);
    expect(speakerOf(us, '116 prisoners were released on Monday alone')).toBe(
      'Venezuela’s Ministry of Penitentiary Services',
    );
    expect(speakerOf(us, 'only 56 detainees had been released')).toBe('The human rights group Penal Forum');
    expect(speakerOf(us, 'more than 400 prisoners had been freed')).toBe('Jorge Rodríguez');
    expect(speakerOf(us, 'at least 4 American citizens')).toBe('sources familiar with the matter');
    expect(speakerOf(ve, '116 detainees have been freed since January 9')).toBe('The interim government');
  });

  it('reads a speaker named after the statement', () => {
    const text = 'More than 400 prisoners were freed, the assembly president said. Others disagree.';
    expect(speakerOf(text, 'More than 400 prisoners were freed')).toBe('the assembly president');
  });

  it('names nobody rather than guess', () => {
    const text = 'The release of political prisoners continued on Tuesday. Families waited outside.';
    expect(speakerOf(text, 'political prisoners continued')).toBe('');
  });

  it('does not take an abbreviation or an initial for the end of the sentence (regression: "State Department", "Smith")', () => {
    const text = 'Talks went on. The U.S. State Department said 116 prisoners were freed. Mr. J. Smith said 56 were.';
    expect(speakerOf(text, '116 prisoners were freed')).toBe('The U.S. State Department');
    expect(speakerOf(text, '56 were')).toBe('Mr. J. Smith');
  });
});
