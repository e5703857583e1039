/**
 * Converts a viewport rectangle to the coordinates of the article sheet, the positioned element
 * the popovers live in, so a popover scrolls with the text it points at.
 */
import type { SheetRect } from '../stores/uiStore';

/** Room a popover needs below its anchor before it flips above. */
const POPOVER_ROOM = 340;

export function sheetRectOf(inside: Element, rect: DOMRect): SheetRect {
  const sheet = inside.closest('.article-sheet');
  const base = sheet?.getBoundingClientRect() ?? new DOMRect();
  return {
    left: rect.left - base.left,
    top: rect.top - base.top,
    width: rect.width,
    height: rect.height,
    sheetWidth: base.width || window.innerWidth,
    placement: window.innerHeight - rect.bottom < POPOVER_ROOM && rect.top > POPOVER_ROOM ? 'above' : 'below',
  };
}
