/**
 * Reads FTS5's highlight() output as plain text plus match ranges. highlight() returns the column
 * text with markers around each match; Claimdesk asks for two private-use characters as markers,
 * removes them and keeps where they were, so matches reach the UI as offsets, never as HTML.
 */

/** Opening and closing markers passed to highlight(); private-use code points no article uses. */
export const MATCH_OPEN = '\ue000';
export const MATCH_CLOSE = '\ue001';

export interface TextRange {
  start: number;
  end: number;
}

export interface MarkedText {
  text: string;
  ranges: TextRange[];
}

/** The text without markers and the ranges they enclosed; null when the markers are not well nested. */
export function parseMarkedText(marked: string): MarkedText | null {
  let text = '';
  const ranges: TextRange[] = [];
  let open = -1;
  let from = 0;
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i];
    if (ch !== MATCH_OPEN && ch !== MATCH_CLOSE) continue;
    text += marked.slice(from, i);
    from = i + 1;
    if (ch === MATCH_OPEN) {
      if (open !== -1) return null;
      open = text.length;
    } else {
      if (open === -1) return null;
      if (text.length > open) ranges.push({ start: open, end: text.length });
      open = -1;
    }
  }
  if (open !== -1) return null;
  text += marked.slice(from);
  return { text, ranges };
}
