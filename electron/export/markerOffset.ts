/**
 * Where a highlight's numbered marker goes in the printed article. A highlight may end inside a
 * word ("116 prisoners we|re released"); a marker there would split the word in two for the
 * reader, so it moves to the end of that word, by the same word rule re-anchoring uses
 * (shared/text/snapRange.ts). The highlight itself keeps its exact extent.
 */
import { snapToWords } from '../../shared/text/snapRange';

/** The offset after the word that `end` falls inside, or `end` itself when it is at a word boundary. */
export function markerOffset(text: string, end: number): number {
  return snapToWords(text, end, end, { start: false, end: true }).end;
}
