/**
 * Turns a text selection in the article (a mouse drag, keyboard, or a script setting the DOM
 * selection) into a pending passage in plain-text offsets, which the selection popover offers to
 * make a claim of. The passage is painted with the CSS Custom Highlight API so it stays visible
 * while focus moves into the popover.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { uiState, useUiStore } from '../../stores/uiStore';
import { sheetRectOf } from '../sheetRect';
import { textRangeOfDomRange } from '../textOffsets';

const SETTLE_MS = 60;
const PENDING_HIGHLIGHT = 'claimdesk-pending';

/** Shrinks [start, end) so it neither starts nor ends with white space. */
function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

export function SelectionPlugin({ articleId, plainText }: { articleId: string; plainText: string }) {
  const [editor] = useLexicalComposerContext();
  const pending = useUiStore((s) => s.pending);

  useEffect(() => {
    let pointerDown = false;
    let timer = 0;

    const evaluate = () => {
      const root = editor.getRootElement();
      const selection = document.getSelection();
      if (!root || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      // Selections outside the article (the popover's search box) leave the pending passage alone.
      if (!root.contains(range.commonAncestorContainer)) return;
      const textRange = range.collapsed ? null : textRangeOfDomRange(editor, range);
      const [start, end] = textRange ? trimRange(plainText, textRange.start, textRange.end) : [0, 0];
      if (end <= start) {
        if (uiState().pending) uiState().setPending(null);
        return;
      }
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
      uiState().setPending({
        articleId,
        start,
        end,
        quote: plainText.slice(start, end),
        rect: sheetRectOf(root, last),
      });
      if (typeof Highlight !== 'undefined') CSS.highlights.set(PENDING_HIGHLIGHT, new Highlight(range.cloneRange()));
    };
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (!pointerDown) evaluate();
      }, SETTLE_MS);
    };
    const onDown = () => {
      pointerDown = true;
    };
    const onUp = () => {
      pointerDown = false;
      schedule();
    };

    document.addEventListener('selectionchange', schedule);
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('pointerup', onUp, true);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('selectionchange', schedule);
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('pointerup', onUp, true);
      uiState().setPending(null);
    };
  }, [editor, articleId, plainText]);

  // The painted passage goes when the pending selection does (created, linked, dismissed).
  useEffect(() => {
    if (!pending && typeof Highlight !== 'undefined') CSS.highlights.delete(PENDING_HIGHLIGHT);
  }, [pending]);
  return null;
}
