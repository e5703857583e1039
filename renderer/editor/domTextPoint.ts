/**
 * Normalises a DOM boundary point (which may sit on an element, between children) to a point in a
 * text node, the only kind of point that maps to a plain-text offset. A range's start moves
 * forward to the next text; its end moves back to the previous text.
 */

// DOM standard constants, spelled out so this also runs where `Node` is not a global (headless tests).
const TEXT_NODE = 3;
const SHOW_TEXT = 0x4;
const DOCUMENT_POSITION_FOLLOWING = 0x4;

export interface TextPoint {
  node: Text;
  offset: number;
}

function textNodesIn(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Whether `a` comes before `b` in document order. */
const precedes = (a: Node, b: Node): boolean => (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING) !== 0;

export function textPointOf(
  root: HTMLElement,
  container: Node,
  offset: number,
  edge: 'start' | 'end',
): TextPoint | null {
  if (container.nodeType === TEXT_NODE) return { node: container as Text, offset };
  const texts = textNodesIn(root);
  if (texts.length === 0) return null;
  const child = container.childNodes[offset] ?? null;
  if (edge === 'start') {
    // The first text at or after the boundary: inside `child`, or after `container` when at its end.
    const found = texts.find((t) =>
      child ? child === t || child.contains(t) || precedes(child, t) : !container.contains(t) && precedes(container, t),
    );
    return found ? { node: found, offset: 0 } : null;
  }
  // The last text before the boundary: before `child`, or inside `container` when at its end.
  const before = texts.filter((t) =>
    child ? precedes(t, child) && !child.contains(t) : container.contains(t) || precedes(t, container),
  );
  const last = before[before.length - 1];
  return last ? { node: last, offset: last.data.length } : null;
}
