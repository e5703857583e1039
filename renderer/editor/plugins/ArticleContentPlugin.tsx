/**
 * Loads the article body with its highlights into the editor in one step: the pure applyHighlights
 * builds the state (flat claim marks, offsets unchanged), then one setEditorState; never one
 * editor update per mark. Re-applies only when the body or the highlights really changed.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect, useMemo } from 'react';
import type { Highlight } from '../../../shared/domain/types';
import { applyHighlights } from '../../../shared/text/applyHighlights';

export function ArticleContentPlugin({ body, highlights }: { body: string; highlights: readonly Highlight[] }) {
  const [editor] = useLexicalComposerContext();
  const signature = highlights.map((h) => `${h.spanId}:${h.claimId}:${h.start}:${h.end}:${h.verdict}`).join('|');
  // The signature stands for `highlights`, so equal lists do not rebuild the DOM (and lose the selection).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const json = useMemo(() => applyHighlights(body, highlights), [body, signature]);

  useLayoutEffect(() => {
    editor.setEditorState(editor.parseEditorState(json));
  }, [editor, json]);
  return null;
}
