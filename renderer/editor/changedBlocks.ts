/**
 * Which top-level blocks of an article a change of highlights touches, so the article view can
 * rebuild only those blocks in one editor update instead of replacing the whole editor state: on a
 * 600,000-character article a full setEditorState recreates every DOM node and lays the whole text
 * out again (seconds); one changed paragraph is a few milliseconds. Pure: no Lexical, no DOM.
 */
import type { Highlight } from '../../shared/domain/types';
import { BLOCK_SEPARATOR, plainTextOfNode, type SerializedNodeLike } from '../../shared/text/plainTextProjection';

export interface BlockRange {
  start: number;
  end: number;
}

/** The plain-text range of each child of the root, with the projection's separators between. */
export function blockRanges(root: SerializedNodeLike): BlockRange[] {
  const ranges: BlockRange[] = [];
  let offset = 0;
  for (const child of root.children ?? []) {
    const length = plainTextOfNode({ type: 'root', children: [child] }).length;
    ranges.push({ start: offset, end: offset + length });
    offset += length + BLOCK_SEPARATOR.length;
  }
  return ranges;
}

const keyOf = (h: Highlight) => `${h.spanId}\u0000${h.claimId}\u0000${h.start}\u0000${h.end}\u0000${h.verdict}`;

/**
 * Highlights present (with these exact fields) in one list and not in the other, both ways.
 * Objects shared by both lists (a highlight added locally keeps the others as they were) are
 * skipped by identity first, so the usual one-highlight change costs no string keys.
 */
export function changedHighlights(before: readonly Highlight[], after: readonly Highlight[]): Highlight[] {
  const afterObjects = new Set(after);
  const beforeObjects = new Set(before);
  const gone = before.filter((h) => !afterObjects.has(h));
  const added = after.filter((h) => !beforeObjects.has(h));
  const was = new Set(gone.map(keyOf));
  const is = new Set(added.map(keyOf));
  return [...gone.filter((h) => !is.has(keyOf(h))), ...added.filter((h) => !was.has(keyOf(h)))];
}

/** Index of the first block whose end is after `offset` (blocks are in order, non-overlapping). */
function firstBlockEndingAfter(ranges: readonly BlockRange[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Indices (ascending) of the blocks a set of changed highlights overlaps. A highlight that
 * crosses blocks touches each of them; one that ends exactly at a block's end still touches it.
 */
export function blocksTouched(ranges: readonly BlockRange[], changed: readonly Highlight[]): number[] {
  const touched = new Set<number>();
  for (const h of changed) {
    for (let i = firstBlockEndingAfter(ranges, h.start); i < ranges.length && ranges[i]!.start < h.end; i++) {
      touched.add(i);
    }
  }
  return [...touched].sort((a, b) => a - b);
}

/** The highlights that overlap one block: what highlightBlock needs to rebuild it. */
export function highlightsInBlock(range: BlockRange, highlights: readonly Highlight[]): Highlight[] {
  return highlights.filter((h) => h.end > range.start && h.start < range.end);
}
