/**
 * Maps between the live Lexical tree and the article's plain-text offsets (the ones spans store).
 *
 * @lexical/offset is deprecated, so this walks the nodes itself with the rule plainTextProjection.ts
 * applies to the serialized body: text as is, a line break (or tab) as one character, and "\n\n"
 * between consecutive block elements (any element that is not inline). `$` functions: call them
 * inside editor.read / editor.update.
 */
import {
  $getNearestNodeFromDOMNode,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { BLOCK_SEPARATOR } from '../../shared/text/plainTextProjection';
import { textPointOf } from './domTextPoint';

/** The plain-text start offset of every TextNode in the editor's tree, by node key. */
export function $textNodeStarts(): Map<NodeKey, number> {
  const starts = new Map<NodeKey, number>();
  let offset = 0;
  const walk = (element: ElementNode): void => {
    const children = element.getChildren();
    children.forEach((child, i) => {
      if ($isTextNode(child)) {
        starts.set(child.getKey(), offset);
        offset += child.getTextContentSize();
      } else if ($isLineBreakNode(child)) {
        offset += 1;
      } else if ($isElementNode(child)) {
        walk(child);
        if (!child.isInline() && i < children.length - 1) offset += BLOCK_SEPARATOR.length;
      }
    });
  };
  walk($getRoot());
  return starts;
}

/** The plain-text offset of a DOM point that lies in a Lexical TextNode's DOM text, else null. */
export function $offsetOfDomTextPoint(text: Text, offset: number, starts: Map<NodeKey, number>): number | null {
  const node = $getNearestNodeFromDOMNode(text);
  if (!$isTextNode(node)) return null;
  const start = starts.get(node.getKey());
  if (start === undefined) return null;
  return start + Math.min(offset, node.getTextContentSize());
}

export interface TextRange {
  start: number;
  end: number;
}

/**
 * The plain-text range a DOM range covers inside the editor's root element, or null when the range
 * is outside it or empty. Boundaries on elements are moved to the nearest text inside the range.
 */
export function textRangeOfDomRange(editor: LexicalEditor, range: Range): TextRange | null {
  const root = editor.getRootElement();
  if (!root || range.collapsed) return null;
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const from = textPointOf(root, range.startContainer, range.startOffset, 'start');
  const to = textPointOf(root, range.endContainer, range.endOffset, 'end');
  if (!from || !to) return null;
  return editor.read(() => {
    const starts = $textNodeStarts();
    const start = $offsetOfDomTextPoint(from.node, from.offset, starts);
    const end = $offsetOfDomTextPoint(to.node, to.offset, starts);
    return start !== null && end !== null && end > start ? { start, end } : null;
  });
}
