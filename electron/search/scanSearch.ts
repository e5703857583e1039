/**
 * Substring search for queries in scripts written without spaces between words (Chinese, Japanese,
 * Thai, …). unicode61 indexes a whole run of such text as one token, so the index cannot find
 * "北京" inside "我在北京工作"; instead every live row is read and each term looked for as a
 * substring of the folded text (case, accents and typography ignored, as in foldText). A row
 * matches when every term occurs in it. Score: occurrences, damped, weighted like the index's
 * columns. A project holds tens to hundreds of articles, so a scan takes milliseconds.
 */
import { foldText, foldWithOffsets } from '../../shared/matching/fold';
import type { Project } from '../project/project';
import type { TextRange } from './highlightMarkers';
import { allSearchableRows, COLUMN_WEIGHTS } from './searchableRow';
import type { SearchHit } from './searchHit';
import { searchHitOf } from './searchHitOf';
import type { SearchTerm } from './searchQuery';

function occurrences(folded: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = folded.indexOf(needle); i !== -1; i = folded.indexOf(needle, i + needle.length)) found.push(i);
  return found;
}

export function scanSearch(project: Project, terms: readonly SearchTerm[], limit: number): SearchHit[] {
  const needles = terms.map((t) => foldText(t.text).replace(/\s+/g, ' ').trim()).filter((n) => n.length > 0);
  const hits: SearchHit[] = [];
  for (const row of allSearchableRows(project)) {
    const ranges: TextRange[][] = [[], [], []];
    const found = new Set<number>();
    let score = 0;
    row.fields.forEach((field, f) => {
      if (!field.text) return;
      // Folding with offsets is the costly part: only for a field that holds one of the terms.
      const plain = foldText(field.text);
      if (!needles.some((needle) => plain.includes(needle))) return;
      const { folded, offsets } = foldWithOffsets(field.text);
      needles.forEach((needle, n) => {
        const at = occurrences(folded, needle);
        if (at.length === 0) return;
        found.add(n);
        score += COLUMN_WEIGHTS[f]! * Math.log1p(at.length);
        for (const i of at) ranges[f]!.push({ start: offsets[i]!, end: offsets[i + needle.length]! });
      });
    });
    if (found.size === needles.length) hits.push(searchHitOf(row, ranges, score));
  }
  // Stable sort: equal scores keep the rows' order (articles, claims, evidence; oldest first).
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
