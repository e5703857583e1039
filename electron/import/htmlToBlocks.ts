/**
 * Converts article HTML (from Readability, mammoth or Markdown) into Claimdesk's rich-text blocks.
 *
 * This is also the sanitiser: nothing of the HTML survives except text and a whitelist of structure
 * (headings, paragraphs, lists, quotes, bold, italic, and links whose target is http(s) or mailto).
 * Scripts, event handlers, iframes, forms, images and styles cannot pass, because no path exists
 * from them to a block.
 */
import type { Block, InlineRun } from '../../shared/text/richTextDoc';

/** Elements whose content is never article text. */
const DROPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'FORM',
  'INPUT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'NAV',
  'ASIDE',
  'FOOTER',
  'HEAD',
  'IMG',
  'PICTURE',
  'FIGURE',
  'DIALOG',
  'META',
  'LINK',
]);
const HEADINGS: Record<string, 1 | 2 | 3> = { H1: 1, H2: 2, H3: 3, H4: 3, H5: 3, H6: 3 };
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'LI',
  'PRE',
  'TABLE',
  'TR',
  'DL',
  'DT',
  'DD',
  'HR',
  'FIGCAPTION',
  'ADDRESS',
  ...Object.keys(HEADINGS),
]);

export function safeHref(href: string | null): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  try {
    const url = new URL(trimmed);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

interface Style {
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

/** Collects the inline runs of an element, flattening nested inline markup. */
function collectRuns(node: Node, style: Style, out: InlineRun[]): void {
  if (node.nodeType === 3) {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ');
    if (text) out.push({ text, ...style });
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  if (DROPPED.has(el.tagName)) return;
  if (el.tagName === 'BR') {
    out.push({ text: ' ', ...style });
    return;
  }
  const next: Style = { ...style };
  if (el.tagName === 'B' || el.tagName === 'STRONG') next.bold = true;
  if (el.tagName === 'I' || el.tagName === 'EM') next.italic = true;
  if (el.tagName === 'A') next.href = safeHref(el.getAttribute('href')) ?? style.href;
  for (const child of Array.from(el.childNodes)) collectRuns(child, next, out);
}

/** Trims a run list, merges neighbours with the same style, and drops empty runs. */
export function normaliseRuns(runs: InlineRun[]): InlineRun[] {
  const merged: InlineRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic && last.href === run.href) {
      last.text += run.text;
    } else merged.push({ ...run });
  }
  for (const r of merged) r.text = r.text.replace(/ {2,}/g, ' ');
  if (merged[0]) merged[0].text = merged[0].text.replace(/^\s+/, '');
  const last = merged[merged.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  return merged
    .filter((r) => r.text.length > 0)
    .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as unknown as InlineRun);
}

function hasBlockChild(el: Element): boolean {
  return Array.from(el.children).some((c) => BLOCKS.has(c.tagName));
}

function runsOf(el: Node): InlineRun[] {
  const runs: InlineRun[] = [];
  collectRuns(el, {}, runs);
  return normaliseRuns(runs);
}

function walk(el: Element, out: Block[], inQuote: boolean): void {
  let pending: InlineRun[] = [];
  const flush = () => {
    const runs = normaliseRuns(pending);
    pending = [];
    if (runs.length) out.push(inQuote ? { kind: 'quote', runs } : { kind: 'paragraph', runs });
  };
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType !== 1) {
      collectRuns(child, {}, pending);
      continue;
    }
    const c = child as Element;
    if (DROPPED.has(c.tagName)) continue;
    const level = HEADINGS[c.tagName];
    if (level) {
      flush();
      const runs = runsOf(c).map(({ text, href }) => (href ? { text, href } : { text }));
      if (runs.length) out.push({ kind: 'heading', level, runs });
    } else if (c.tagName === 'UL' || c.tagName === 'OL') {
      flush();
      const items = Array.from(c.children)
        .filter((li) => li.tagName === 'LI')
        .map(runsOf)
        .filter((runs) => runs.length > 0);
      if (items.length) out.push({ kind: 'list', ordered: c.tagName === 'OL', items });
    } else if (c.tagName === 'BLOCKQUOTE') {
      flush();
      walk(c, out, true);
    } else if (BLOCKS.has(c.tagName)) {
      flush();
      if (hasBlockChild(c)) walk(c, out, inQuote);
      else {
        const runs = runsOf(c);
        if (runs.length) out.push(inQuote ? { kind: 'quote', runs } : { kind: 'paragraph', runs });
      }
    } else collectRuns(c, {}, pending);
  }
  flush();
}

/** The blocks of an element's content (usually a document body or a Readability article). */
export function htmlToBlocks(root: Element): Block[] {
  const out: Block[] = [];
  walk(root, out, false);
  return out;
}
