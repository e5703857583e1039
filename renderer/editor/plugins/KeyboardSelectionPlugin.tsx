/**
 * Selecting a passage without a mouse. The article is read-only, so the browser shows no caret and
 * Shift+arrows would select nothing; here they extend the DOM selection with Selection.modify, which
 * works in non-editable text, and SelectionPlugin turns the result into a pending passage as it does
 * for a drag. A selection starts at the focused highlight, or at the first paragraph in view.
 *
 * Shift+←/→ by character, with Ctrl (Alt on macOS) by word; Shift+↑/↓ by line; Shift+Home/End to
 * the line's ends. The article text itself is a tab stop, so Tab reaches it.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

type Granularity = 'character' | 'word' | 'line' | 'lineboundary';
type Direction = 'forward' | 'backward';

const IS_MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** What a key asks for, or null when it is not a selection key. */
function selectionStep(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>): {
  direction: Direction;
  granularity: Granularity;
} | null {
  if (!e.shiftKey || e.metaKey) return null;
  const byWord = IS_MAC ? e.altKey : e.ctrlKey;
  switch (e.key) {
    case 'ArrowRight':
      return { direction: 'forward', granularity: byWord ? 'word' : 'character' };
    case 'ArrowLeft':
      return { direction: 'backward', granularity: byWord ? 'word' : 'character' };
    case 'ArrowDown':
      return e.altKey || e.ctrlKey ? null : { direction: 'forward', granularity: 'line' };
    case 'ArrowUp':
      return e.altKey || e.ctrlKey ? null : { direction: 'backward', granularity: 'line' };
    case 'End':
      return { direction: 'forward', granularity: 'lineboundary' };
    case 'Home':
      return { direction: 'backward', granularity: 'lineboundary' };
    default:
      return null;
  }
}

/** Where a new keyboard selection starts: the focused highlight, else the first block in view. */
function startingPoint(root: HTMLElement): Node | null {
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused !== root && root.contains(focused)) return focused;
  const pane = root.getBoundingClientRect();
  const top = Math.max(pane.top, 0);
  for (const block of root.children) {
    if (block.getBoundingClientRect().bottom > top && block.textContent) return block;
  }
  return root.firstElementChild;
}

function firstTextNode(node: Node): Text | null {
  if (node instanceof Text) return node;
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  return walker.nextNode() as Text | null;
}

export function KeyboardSelectionPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    if (!root.hasAttribute('tabindex')) root.tabIndex = 0;

    const onKey = (e: KeyboardEvent) => {
      const step = selectionStep(e);
      if (!step) return;
      const selection = document.getSelection();
      if (!selection) return;
      const inArticle = selection.rangeCount > 0 && root.contains(selection.getRangeAt(0).commonAncestorContainer);
      if (!inArticle) {
        const start = startingPoint(root);
        const text = start && firstTextNode(start);
        if (!text) return;
        selection.collapse(text, text.textContent!.length - text.textContent!.trimStart().length);
      }
      e.preventDefault();
      selection.modify('extend', step.direction, step.granularity);
    };
    root.addEventListener('keydown', onKey);
    return () => root.removeEventListener('keydown', onKey);
  }, [editor]);

  return null;
}
