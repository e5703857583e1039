/**
 * The DOM range of a passage of the open article given in plain-text offsets (the offsets spans
 * and search matches use), through the article's live Lexical tree. Used to show a search hit
 * that is not a highlight. The editor is found from its root element with Lexical's public
 * `getNearestEditorFromDOMNode`, so nothing in editor/ has to know about search.
 */
import { $getNodeByKey, $isTextNode, getNearestEditorFromDOMNode } from 'lexical';
import { $textNodeStarts } from '../../editor/textOffsets';

function textPoint(element: HTMLElement | null, offset: number): { node: Text; offset: number } | null {
  if (!element) return null;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let rest = offset;
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (rest <= n.data.length) return { node: n, offset: rest };
    rest -= n.data.length;
    last = n;
  }
  return last ? { node: last, offset: last.data.length } : null;
}

export function passageRange(root: HTMLElement, start: number, end: number): Range | null {
  const editor = getNearestEditorFromDOMNode(root);
  if (!editor || end <= start) return null;
  const keys = editor.read(() => {
    let from: { key: string; offset: number } | null = null;
    let to: { key: string; offset: number } | null = null;
    for (const [key, at] of $textNodeStarts()) {
      const node = $getNodeByKey(key);
      if (!$isTextNode(node)) continue;
      const size = node.getTextContentSize();
      if (!from && start >= at && start < at + size) from = { key, offset: start - at };
      if (end > at && end <= at + size) {
        to = { key, offset: end - at };
        break;
      }
    }
    return from && to ? { from, to } : null;
  });
  if (!keys) return null;
  const a = textPoint(editor.getElementByKey(keys.from.key), keys.from.offset);
  const b = textPoint(editor.getElementByKey(keys.to.key), keys.to.offset);
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
