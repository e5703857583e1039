/** Reading figures, dates and names out of news copy, as the claim matcher and the figure comparison do. */
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../shared/matching/dates';
import { extractFigures } from '../../../shared/matching/figures';
import { extractNames } from '../../../shared/matching/names';

const labels = (text: string) => extractFigures(text).map((f) => f.label);

describe('figures', () => {
  it('reads the sample articles’ competing counts with their qualifiers', () => {
    expect(
      labels('Venezuela’s Ministry of Penitentiary Services said at least 116 prisoners were released on Monday alone'),
    ).toEqual(['at least 116']);
    expect(labels('told lawmakers on Tuesday that more than 400 prisoners had been freed')).toEqual(['more than 400']);
    expect(
      labels('only 56 detainees had been released, while other groups estimate that between 60 and 70 prisoners'),
    ).toEqual(['56', '60–70']);
    expect(labels('800 to 1,200 people remain arbitrarily detained')).toEqual(['800–1,200']);
  });

  it('reads spelled-out numbers as values, so "at least four" equals "at least 4"', () => {
    const [four] = extractFigures('freed at least four American detainees');
    const [digits] = extractFigures('released at least 4 American citizens');
    expect(four).toMatchObject({ low: 4, high: 4, qualifier: 'at-least', label: 'at least 4', text: 'at least four' });
    expect(digits).toMatchObject({ low: 4, qualifier: 'at-least', unit: 'american citizens' });
    expect(labels('including at least one U.S. citizen')).toEqual(['at least 1']);
    expect(labels('fewer than twenty-five people; four hundred prisoners; over 400 prisoners')).toEqual([
      'fewer than 25',
      '400',
      'more than 400',
    ]);
    expect(labels('between sixty and seventy prisoners')).toEqual(['60–70']);
  });

  it('gives each figure its position and the thing counted', () => {
    const text = 'The group said 56 detainees were freed.';
    const [f] = extractFigures(text);
    expect(text.slice(f!.start, f!.end)).toBe('56');
    expect(f!.unit).toBe('detainees');
  });

  it('tells percentages and money from counts, and keeps vague amounts apart', () => {
    expect(
      extractFigures('Turnout rose 5% to $2.5 million, over €300 million and 7 per cent').map((f) => [f.kind, f.label]),
    ).toEqual([
      ['percent', '5%'],
      ['money', '$2.5 million'],
      ['money', 'more than €300 million'],
      ['percent', '7%'],
    ]);
    expect(extractFigures('dozens of prisoners')).toMatchObject([{ vague: true, label: 'dozens' }]);
  });

  it('does not count dates, codes, ordinals or the pronoun "one"', () => {
    expect(labels('freed since January 9, on 01/14/26 and on January 14, 2026')).toEqual([]);
    expect(labels('COVID-19 and G7 leaders, the 3rd round')).toEqual([]);
    expect(labels('one of the prisoners; no one knows; the one who left')).toEqual([]);
    expect(labels('one American and one Cuban-American')).toEqual(['1', '1']);
  });
});

describe('dates', () => {
  it('compares day-level dates across spellings, with or without a year', () => {
    const keys = extractDates('January 14, 2026 / 14 January / 01/14/26 / 2026-01-14 / Jan. 14').map((d) => d.key);
    expect(keys).toEqual(['01-14', '01-14', '01-14', '01-14', '01-14']);
    expect(extractDates('13/02/2026')[0]).toMatchObject({ key: '02-13', label: 'February 13, 2026' });
    expect(extractDates('on Monday evening, in 2025').map((d) => [d.kind, d.label])).toEqual([
      ['weekday', 'Monday'],
      ['year', '2025'],
    ]);
    expect(extractDates('2000 people marched')).toEqual([]);
  });
});

describe('names', () => {
  const names = (text: string) => extractNames(text).map((n) => n.words.join(' '));

  it('reads people and organisations, without titles, sentence-initial words or dates', () => {
    expect(names('The interim government, led by Vice President Delcy Rodríguez, claims that on Monday')).toEqual([
      'delcy rodriguez',
    ]);
    expect(names('A statement from Venezuela’s Ministry of Penitentiary Services said')).toEqual([
      'venezuela',
      'ministry penitentiary services',
    ]);
    expect(names('However, officials disagree. Independent groups say so.')).toEqual([]);
    expect(names('opposition leader María Corina Machado')).toEqual(['maria corina machado']);
  });

  it('unifies the spellings of the United States', () => {
    expect(names('We met a U.S. citizen, two Americans, the United States and US officials')).toEqual([
      'usa',
      'usa',
      'usa',
      'usa',
    ]);
  });
});
