/**
 * A search snippet with its matched words emphasised: the plain text cut at the match ranges, the
 * matches in <mark>. Text nodes only, never HTML, so an article's or a claim's text cannot inject
 * markup.
 */
import type { ReactNode } from 'react';

interface Props {
  text: string;
  matches: readonly { start: number; end: number }[];
}

export function SnippetText({ text, matches }: Props) {
  const parts: ReactNode[] = [];
  let at = 0;
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    const start = Math.max(m.start, at);
    const end = Math.min(m.end, text.length);
    if (end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <span className="snippet">{parts}</span>;
}
