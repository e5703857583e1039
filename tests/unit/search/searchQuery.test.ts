/** Reading the search box: terms, phrases and the FTS5 expression that quotes them. */
import { describe, expect, it } from 'vitest';
import { ftsExpression, MAX_TERMS, needsScan, parseSearchQuery } from '../../../electron/search/searchQuery';

describe('search query', () => {
  it('splits words on spaces and searches each as a prefix', () => {
    const terms = parseSearchQuery('  Penal   Forum ');
    expect(terms).toEqual([
      { text: 'Penal', phrase: false },
      { text: 'Forum', phrase: false },
    ]);
    expect(ftsExpression(terms)).toBe('"Penal"* "Forum"*');
  });

  it('keeps straight or typographic double quotes as phrases, and ignores an unbalanced quote', () => {
    expect(parseSearchQuery('"political prisoners" 116')).toEqual([
      { text: 'political prisoners', phrase: true },
      { text: '116', phrase: false },
    ]);
    expect(ftsExpression(parseSearchQuery('“political   prisoners”'))).toBe('"political prisoners"');
    expect(parseSearchQuery('"open phrase')).toEqual([
      { text: 'open', phrase: false },
      { text: 'phrase', phrase: false },
    ]);
  });

  it('turns operators and syntax characters into literal text', () => {
    expect(ftsExpression(parseSearchQuery('NEAR(a b) OR -c head:d ^e'))).toBe(
      '"NEAR(a"* "b)"* "OR"* "-c"* "head:d"* "^e"*',
    );
  });

  it('drops terms without a letter or digit, and caps the number of terms', () => {
    expect(parseSearchQuery('- * : "" ( )')).toEqual([]);
    expect(parseSearchQuery(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' '))).toHaveLength(MAX_TERMS);
  });

  it('folds Arabic marks in the query as the index does', () => {
    expect(parseSearchQuery('كَتَبَ')[0]!.text).toBe('كتب');
  });

  it('sends queries in scripts without spaces to the substring scan', () => {
    expect(needsScan(parseSearchQuery('北京'))).toBe(true);
    expect(needsScan(parseSearchQuery('ข่าว'))).toBe(true);
    expect(needsScan(parseSearchQuery('Rodríguez سجناء'))).toBe(false);
  });
});
