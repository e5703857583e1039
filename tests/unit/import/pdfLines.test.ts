import { describe, expect, it } from 'vitest';
import { hyphenEvidence, keepsHyphen } from '../../../electron/import/lineEndHyphens';
import { joinLines, linesToBlocks, type PdfLine } from '../../../electron/import/pdfLines';

describe('joining a PDF paragraph’s lines', () => {
  it('mends a word the typesetter broke across two lines', () => {
    expect(joinLines(['the interim govern-', 'ment said on Monday'])).toBe('the interim government said on Monday');
  });

  it('keeps the hyphen of a compound that commonly breaks there (regression: "well-known" became "wellknown")', () => {
    expect(joinLines(['a well-', 'known rights group'])).toBe('a well-known rights group');
    expect(joinLines(['a long-', 'term plan'])).toBe('a long-term plan');
    expect(joinLines(['a community-', 'based group'])).toBe('a community-based group');
    expect(joinLines(['a 116-year-', 'old prison'])).toBe('a 116-year-old prison');
  });

  it('keeps the hyphen before a capitalised word or a number, without adding a space', () => {
    expect(joinLines(['the pro-', 'Kremlin outlet'])).toBe('the pro-Kremlin outlet');
    expect(joinLines(['an Anglo-', 'Saxon name'])).toBe('an Anglo-Saxon name');
    expect(joinLines(['the COVID-', '19 rules'])).toBe('the COVID-19 rules');
  });

  it('follows the document’s own spelling over the rules of thumb', () => {
    const doc = hyphenEvidence(['Officials called the count a fact-check.', 'She is a peacemaker.']);
    expect(keepsHyphen('a fact-', 'check of the figures', doc)).toBe(true);
    expect(keepsHyphen('a well-', 'known figure', hyphenEvidence(['everyone knows the wellknown brand']))).toBe(false);
    expect(keepsHyphen('the peace-', 'maker', doc)).toBe(false);
  });

  it('keeps a hyphen found written elsewhere in the same PDF, in another paragraph', () => {
    const line = (text: string, y: number): PdfLine => ({ text, x: 72, y, size: 11, page: 1 });
    const blocks = linesToBlocks([
      [
        line('The decree named a cease-fire along the border on Monday.', 700),
        line('Both sides said the cease-', 660),
        line('fire held overnight, and the govern-', 646),
        line('ment confirmed it.', 632),
      ],
    ]);
    expect(blocks.map((b) => (b.kind === 'list' ? '' : b.runs.map((r) => r.text).join('')))).toEqual([
      'The decree named a cease-fire along the border on Monday.',
      'Both sides said the cease-fire held overnight, and the government confirmed it.',
    ]);
  });
});
