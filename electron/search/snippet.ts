/**
 * The short passage shown under a search hit: a window of about SNIPPET_LENGTH characters of plain
 * text with the matches inside it as ranges. For a long text (an article) the window is the
 * earliest one holding the most different matched words, so a query "Penal 56" shows the sentence
 * where both occur rather than the first stray "penal"; the first match in that window is the
 * anchor the UI scrolls to. Whitespace runs (paragraph breaks) become one space; "…" marks a cut.
 */
import { foldText } from '../../shared/matching/fold';
import type { TextRange } from './highlightMarkers';

export const SNIPPET_LENGTH = 180;
/** Context kept before the anchor match. */
const LEAD = 50;

export interface Snippet {
  text: string;
  matches: TextRange[];
}

export interface SnippetChoice {
  snippet: Snippet;
  /** The match the snippet was built around, in the text's own offsets; null without matches. */
  anchor: TextRange | null;
}

/** Index of the range whose window holds the most distinct matched words (the earliest on ties). */
function bestAnchor(text: string, ranges: readonly TextRange[], maxLength: number): number {
  const keys = ranges.map((r) => foldText(text.slice(r.start, r.end)));
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < ranges.length; i++) {
    const limit = ranges[i]!.start + maxLength - LEAD;
    const seen = new Set<string>();
    for (let j = i; j < ranges.length && ranges[j]!.end <= limit; j++) seen.add(keys[j]!);
    if (seen.size > bestCount) {
      best = i;
      bestCount = seen.size;
    }
  }
  return best;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

export function buildSnippet(text: string, ranges: readonly TextRange[], maxLength = SNIPPET_LENGTH): SnippetChoice {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const anchor = sorted.length ? sorted[bestAnchor(text, sorted, maxLength)]! : null;

  let from = anchor ? Math.max(0, anchor.start - LEAD) : 0;
  // Start on a word: skip forward past the partial word (never past the anchor).
  if (from > 0 && !isSpace(text[from - 1])) {
    while (from < (anchor?.start ?? text.length) && !isSpace(text[from])) from++;
  }
  let to = Math.min(text.length, from + maxLength);
  if (anchor && to < anchor.end) to = anchor.end;
  if (to < text.length) {
    let cut = to;
    while (cut > (anchor?.end ?? from) && !isSpace(text[cut])) cut--;
    if (cut > from) to = cut;
  }

  // Copy the window with whitespace runs collapsed, remembering where each character went.
  let out = '';
  const at = new Int32Array(to - from + 1);
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (isSpace(ch)) {
      if (out.length > 0 && !out.endsWith(' ')) out += ' ';
      at[i - from] = Math.max(0, out.length - 1);
    } else {
      at[i - from] = out.length;
      out += ch;
    }
  }
  const trimmed = out.trimEnd();
  const lead = from > 0 ? '…' : '';
  const matches: TextRange[] = [];
  for (const r of sorted) {
    const s = Math.max(r.start, from);
    const e = Math.min(r.end, to);
    if (e <= s) continue;
    matches.push({ start: lead.length + at[s - from]!, end: lead.length + at[e - 1 - from]! + 1 });
  }
  const tail = to < text.length ? '…' : '';
  return { snippet: { text: lead + trimmed + tail, matches }, anchor };
}
