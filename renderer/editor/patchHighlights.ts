/**
 * The incremental path of ArticleContentPlugin, as a `$` function so it runs (and is tested) in a
 * headless editor: rebuilds just the given top-level blocks with their highlights and swaps them
 * into the root. Call inside editor.update.
 */
import { $getRoot, $parseSerializedNode, $setSelection, type SerializedLexicalNode } from 'lexical';
import type { Highlight } from '../../shared/domain/types';
import { highlightBlock } from '../../shared/text/applyHighlights';
import type { SerializedNodeLike } from '../../shared/text/plainTextProjection';
import { highlightsInBlock, type BlockRange } from './changedBlocks';

/**
 * Replaces root children `touched` (indices) with `blocks[i]` (the stored body's blocks, without
 * highlights) re-highlighted. Returns false, changing nothing, when the root does not have one
 * child per block (the caller then rebuilds everything).
 */
export function $patchHighlightedBlocks(
  blocks: readonly SerializedNodeLike[],
  ranges: readonly BlockRange[],
  touched: readonly number[],
  highlights: readonly Highlight[],
): boolean {
  const root = $getRoot();
  if (root.getChildrenSize() !== blocks.length) return false;
  const current = root.getChildren();
  // A selection inside a replaced block would point at removed nodes; the article is read-only and
  // a full reload dropped the selection too.
  $setSelection(null);
  for (const i of touched) {
    const range = ranges[i]!;
    const block = highlightBlock(blocks[i]!, range.start, highlightsInBlock(range, highlights));
    current[i]!.replace($parseSerializedNode(block as unknown as SerializedLexicalNode));
  }
  return true;
}
