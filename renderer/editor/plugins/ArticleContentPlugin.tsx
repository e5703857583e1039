/**
 * Loads the article body with its highlights into the editor, never one editor update per mark:
 *
 * - a new article (or the first load) is built whole by the pure applyHighlights (flat claim marks,
 *   offsets unchanged) and set with one setEditorState;
 * - when only the highlights changed (one created, deleted, re-linked, a verdict changed), just
 *   the top-level blocks those highlights touch are rebuilt (highlightBlock) and swapped in, in
 *   one editor.update. On a long article this is the difference between re-creating every DOM
 *   node (seconds) and re-creating one paragraph (milliseconds); bench/ measures both.
 *
 * If the editor's top level no longer matches the body (it never should), the full path runs.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect, useRef } from 'react';
import type { Highlight } from '../../../shared/domain/types';
import { applyHighlights } from '../../../shared/text/applyHighlights';
import type { SerializedNodeLike } from '../../../shared/text/plainTextProjection';
import { blockRanges, blocksTouched, changedHighlights, type BlockRange } from '../changedBlocks';
import { $patchHighlightedBlocks } from '../patchHighlights';

/** Past this share of the blocks, rebuilding the whole state is as cheap as patching. */
const PATCH_LIMIT = 0.25;

interface Applied {
  body: string;
  highlights: readonly Highlight[];
  blocks: SerializedNodeLike[];
  ranges: BlockRange[];
}

export function ArticleContentPlugin({ body, highlights }: { body: string; highlights: readonly Highlight[] }) {
  const [editor] = useLexicalComposerContext();
  const applied = useRef<Applied | null>(null);

  useLayoutEffect(() => {
    const wanted = { body, highlights };
    const prev = applied.current;
    if (prev && prev.body === wanted.body) {
      const touched = blocksTouched(prev.ranges, changedHighlights(prev.highlights, wanted.highlights));
      // An equal list reloaded from the database changes nothing (and keeps the text selection).
      if (touched.length === 0) {
        applied.current = { ...prev, highlights: wanted.highlights };
        return;
      }
      if (touched.length <= prev.blocks.length * PATCH_LIMIT) {
        let patched = false;
        editor.update(
          () => {
            patched = $patchHighlightedBlocks(prev.blocks, prev.ranges, touched, wanted.highlights);
          },
          { discrete: true },
        );
        if (patched) {
          applied.current = { ...prev, highlights: wanted.highlights };
          return;
        }
      }
    }
    editor.setEditorState(editor.parseEditorState(applyHighlights(wanted.body, wanted.highlights)));
    const root = (JSON.parse(wanted.body) as { root: SerializedNodeLike }).root;
    applied.current = {
      body: wanted.body,
      highlights: wanted.highlights,
      blocks: root.children ?? [],
      ranges: blockRanges(root),
    };
  }, [editor, body, highlights]);
  return null;
}
