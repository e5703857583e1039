/** A claim's appearances that disagree on the numbers are flagged, figure by figure. */
import { describe, expect, it } from 'vitest';
import { compareFigures, type AppearanceText } from '../../../shared/matching/differingFigures';
import { quoteSelectorAt } from '../../../shared/text/quoteSelector';
import { sampleText, US_SAMPLE, VENEZUELA_SAMPLE } from '../../helpers/tempProject';

const US = sampleText(US_SAMPLE);
const VE = sampleText(VENEZUELA_SAMPLE);

function appearance(id: string, text: string, quote: string): AppearanceText {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in the sample: ${quote}`);
  return { id, ...quoteSelectorAt(text, start, start + quote.length) };
}

describe('differing figures', () => {
  it('flags 116 vs 56 vs 60–70 vs more than 400 prisoners freed', () => {
    const result = compareFigures([
      appearance('ministry', US, 'at least 116 prisoners were released on Monday alone'),
      appearance('government', VE, '116 detainees have been freed since January 9'),
      appearance('penal', US, 'only 56 detainees had been released'),
      appearance('groups', US, 'between 60 and 70 prisoners have been freed in recent days'),
      appearance('assembly', US, 'more than 400 prisoners had been freed'),
    ]);
    expect(result.summary).toBe('at least 116 ≠ 56 ≠ 60–70 ≠ more than 400');
    expect(result.differences).toEqual([
      { kind: 'count', labels: ['at least 116', '56', '60–70', 'more than 400'], text: result.summary },
    ]);
    const byId = Object.fromEntries(result.appearances.map((a) => [a.id, a.figures]));
    expect(byId.ministry).toMatchObject([{ label: 'at least 116', where: 'quote', start: 0, end: 12, differs: true }]);
    expect(byId.government).toMatchObject([{ label: '116', differs: true }]);
    expect(byId.penal).toMatchObject([{ label: '56', text: 'only 56', differs: true }]);
  });

  it('flags "at least 4" against "at least one" US citizens, spelled-out numbers normalised', () => {
    const result = compareFigures([
      appearance('us', US, 'has released at least 4 American citizens'),
      appearance('ve', VE, 'including at least one U.S. citizen'),
      appearance('lead', US, 'freed at least four American detainees'),
    ]);
    expect(result.summary).toBe('at least 4 ≠ at least 1');
    expect(result.appearances.map((a) => a.figures.map((f) => [f.text, f.differs]))).toEqual([
      [['at least 4', true]],
      [['at least one', true]],
      [['at least four', true]],
    ]);
  });

  it('does not flag the same amount said differently', () => {
    const result = compareFigures([
      appearance('a', US, 'at least 116 prisoners were released on Monday alone'),
      appearance('b', VE, '116 detainees have been freed since January 9'),
    ]);
    expect(result.summary).toBe('');
    expect(result.appearances.flatMap((a) => a.figures.map((f) => f.differs))).toEqual([false, false]);
  });

  it('reads the figure from the quote’s sentence when the quote itself has none', () => {
    const result = compareFigures([
      appearance('monday', US, 'prisoners were released on Monday alone'),
      appearance('penal', US, 'only 56 detainees had been released'),
    ]);
    const [monday] = result.appearances;
    expect(monday!.figures).toMatchObject([{ label: 'at least 116', where: 'context', differs: true }]);
    expect(monday!.figures[0]!.start).toBeLessThan(0);
    expect(result.summary).toBe('at least 116 ≠ 56');
  });

  it('compares each kind of figure separately and never compares vague amounts', () => {
    const result = compareFigures([
      { id: 'a', exact: 'dozens of prisoners and 5% of the budget', prefix: '', suffix: '' },
      { id: 'b', exact: '116 prisoners and 7% of the budget', prefix: '', suffix: '' },
      { id: 'c', exact: 'a statement with no figure', prefix: '', suffix: '' },
    ]);
    expect(result.differences.map((d) => d.text)).toEqual(['5% ≠ 7%']);
    expect(result.appearances[0]!.figures.map((f) => [f.label, f.differs])).toEqual([
      ['dozens', false],
      ['5%', true],
    ]);
    expect(result.appearances[1]!.figures.map((f) => [f.label, f.differs])).toEqual([
      ['116', false],
      ['7%', true],
    ]);
    expect(result.appearances[2]!.figures).toEqual([]);
  });
});
