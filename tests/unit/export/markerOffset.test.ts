import { describe, expect, it } from 'vitest';
import { markerOffset } from '../../../electron/export/markerOffset';

const text = 'said at least 116 prisoners were released on Monday, Venezuela’s high-profile case; 释放了116名囚犯';
const endOf = (s: string) => text.indexOf(s) + s.length;

describe('where a highlight’s numbered marker goes', () => {
  it('moves to the end of the word when the highlight ends inside it', () => {
    expect(text.slice(markerOffset(text, endOf('116 prisoners we')) - 4)).toMatch(/^were /);
  });

  it('stays at the highlight’s end when that is a word boundary', () => {
    expect(markerOffset(text, endOf('116 prisoners were'))).toBe(endOf('116 prisoners were'));
    expect(markerOffset(text, endOf('on Monday'))).toBe(endOf('on Monday'));
  });

  it('keeps an apostrophe or hyphen inside the word, but not punctuation after it', () => {
    expect(markerOffset(text, endOf('Venez'))).toBe(endOf('Venezuela’s'));
    expect(markerOffset(text, endOf('high-pro'))).toBe(endOf('high-profile'));
    expect(markerOffset(text, endOf('Mon'))).toBe(endOf('Monday'));
  });

  it('never moves in scripts written without spaces', () => {
    expect(markerOffset(text, endOf('释放'))).toBe(endOf('释放'));
  });
});
