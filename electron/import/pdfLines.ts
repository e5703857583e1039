/**
 * Rebuilds reading structure from a PDF's positioned text: lines from text items, repeated page
 * headers and footers removed, paragraphs from vertical gaps, hyphenated line ends joined, and
 * larger type read as headings. Pure functions over plain data, so they are tested directly.
 */
import type { Block } from '../../shared/text/richTextDoc';
import { hyphenEvidence, keepsHyphen, NO_EVIDENCE, type HyphenEvidence } from './lineEndHyphens';

export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
  hasEOL?: boolean;
}

export interface PdfLine {
  text: string;
  x: number;
  y: number;
  size: number;
  page: number;
}

/** Groups one page's items into lines, top to bottom (PDF y grows upwards). */
export function linesOfPage(items: PdfTextItem[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let cur: (PdfLine & { end: number }) | undefined;
  for (const it of items) {
    if (!it.str && !it.hasEOL) continue;
    const sameLine = cur && Math.abs(it.y - cur.y) <= Math.max(cur.size, it.size) * 0.5;
    if (!cur || !sameLine) {
      if (cur) lines.push(cur);
      cur = { text: it.str, x: it.x, y: it.y, size: it.size, page, end: it.x + it.width };
    } else {
      const gap = it.x - cur.end;
      const needsSpace = gap > it.size * 0.15 && !cur.text.endsWith(' ') && !it.str.startsWith(' ');
      cur.text += (needsSpace ? ' ' : '') + it.str;
      cur.end = it.x + it.width;
      cur.size = Math.max(cur.size, it.size);
    }
  }
  if (cur) lines.push(cur);
  return lines
    .map(({ text, x, y, size, page: p }) => ({ text: text.replace(/\s+/g, ' ').trim(), x, y, size, page: p }))
    .filter((l) => l.text.length > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x);
}

/** A line's identity across pages: its text with numbers masked, and where it sits on the page. */
const shape = (line: PdfLine) => `${Math.round(line.y / 4)}:${line.text.replace(/\d+/g, '#').toLowerCase()}`;
const isPageNumber = (text: string) => /^(page\s*)?\d+(\s*(of|\/)\s*\d+)?$/i.test(text);

/** Drops lines that repeat at the top or bottom of most pages (running heads, footers, page numbers). */
export function dropRunningLines(pages: PdfLine[][]): PdfLine[][] {
  if (pages.length < 2) return pages.map((lines) => lines.filter((l) => !isPageNumber(l.text)));
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(shape));
    for (const s of edge) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length * 0.5));
  return pages.map((lines) =>
    lines.filter((l, i) => {
      const atEdge = i < 2 || i >= lines.length - 2;
      return !isPageNumber(l.text) && !(atEdge && (counts.get(shape(l)) ?? 0) >= threshold);
    }),
  );
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/**
 * Joins a paragraph's lines, mending words hyphenated across line ends ("govern-\nment") and
 * keeping the hyphen of compounds that break there ("well-\nknown"; see lineEndHyphens.ts).
 */
export function joinLines(lines: string[], evidence: HyphenEvidence = NO_EVIDENCE): string {
  let text = '';
  for (const line of lines) {
    if (!text) text = line;
    else if (/[\p{L}\p{N}]-$/u.test(text) && /^[\p{L}\p{N}]/u.test(line)) {
      text = keepsHyphen(text, line, evidence) ? text + line : text.slice(0, -1) + line;
    } else text += ' ' + line;
  }
  return text;
}

const endsSentence = (text: string) => /[.!?:;"”’)\]]$/.test(text);

export function linesToBlocks(pages: PdfLine[][]): Block[] {
  const all = pages.flat();
  const evidence = hyphenEvidence(all.map((l) => l.text));
  const body = median(all.map((l) => l.size));
  const gaps: number[] = [];
  for (const lines of pages) for (let i = 1; i < lines.length; i++) gaps.push(lines[i - 1]!.y - lines[i]!.y);
  const spacing = median(gaps.filter((g) => g > 0)) || body * 1.2;

  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ kind: 'paragraph', runs: [{ text: joinLines(para, evidence) }] });
    para = [];
  };
  let prev: PdfLine | undefined;
  for (const line of all) {
    if (line.size >= body * 1.2 && line.text.length < 200) {
      flush();
      const level = line.size >= body * 1.6 ? 1 : 2;
      const last = blocks[blocks.length - 1];
      // A heading wrapped over two lines of the same size stays one heading.
      if (prev && prev.size === line.size && last?.kind === 'heading' && prev.page === line.page)
        last.runs[0]!.text += ' ' + line.text;
      else blocks.push({ kind: 'heading', level, runs: [{ text: line.text }] });
    } else {
      const newPage = prev && prev.page !== line.page;
      const gap = prev && !newPage ? prev.y - line.y : 0;
      const breaks = !prev || gap > spacing * 1.4 || (newPage && endsSentence(para[para.length - 1] ?? '.'));
      const afterHeading = prev && prev.size >= body * 1.2;
      if (breaks || afterHeading) flush();
      para.push(line.text);
    }
    prev = line;
  }
  flush();
  return blocks;
}
