/**
 * Turns a plain-text article (a .txt file or pasted text) into metadata and rich-text blocks.
 *
 * News text arrives with its furniture: a headline line, a "By NAME" byline, a "Published on
 * 01/14/26" line, a date glued to the outlet's name ("January 14, 2026Clash Report"), and at the
 * end "Sources:", "Related Topics" and "Related News" lists that are not the article. This reads
 * what the two sample articles show and keeps everything else as body text.
 */
import type { ArticleMeta } from '../../shared/domain/types';
import type { Block } from '../../shared/text/richTextDoc';
import { MONTH_NAME_PATTERN, parseLooseDate } from './looseDate';

export interface ParsedTextArticle {
  meta: ArticleMeta;
  blocks: Block[];
}

/** Lines after which nothing belongs to the article. */
const FURNITURE = /^(sources?:?|related (topics|news|articles|stories)|read more|more from|you may also like)\s*:?$/i;
const BYLINE = /^by\s+(.{2,120})$/i;
const PUBLISHED = /^(?:published|posted|updated)(?:\s+on)?:?\s+(.+)$/i;
const GLUED_DATE = new RegExp(`^(${MONTH_NAME_PATTERN}\\s+\\d{1,2},?\\s+\\d{4})\\s*(.*)$`, 'i');

/** A short line with no closing punctuation between paragraphs reads as a subheading. */
function looksLikeSubheading(line: string): boolean {
  const words = line.split(/\s+/).length;
  return line.length <= 90 && words <= 12 && !/[.!?:;,"”’'…)]$/.test(line);
}

export function parsePlainTextArticle(raw: string, titleOverride?: string): ParsedTextArticle {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/u, '').replace(/^\s+/u, ''))
    .filter((l) => l.length > 0);

  const meta: ArticleMeta = { title: '', outlet: '', author: '', publishedAt: '', url: '' };
  meta.title = lines.shift() ?? '';

  // Header lines: only the few lines right under the headline are read as metadata.
  for (let i = 0; i < Math.min(lines.length, 4);) {
    const line = lines[i]!;
    const by = BYLINE.exec(line);
    const published = PUBLISHED.exec(line);
    const glued = GLUED_DATE.exec(line);
    if (by && !meta.author) meta.author = by[1]!.trim();
    else if (published && !meta.publishedAt && parseLooseDate(published[1]!))
      meta.publishedAt = parseLooseDate(published[1]!);
    else if (glued && !meta.publishedAt && parseLooseDate(glued[1]!)) {
      meta.publishedAt = parseLooseDate(glued[1]!);
      meta.outlet = glued[2]!.trim();
    } else {
      i++;
      continue;
    }
    lines.splice(i, 1);
  }

  const end = lines.findIndex((l) => FURNITURE.test(l));
  const body = end === -1 ? lines : lines.slice(0, end);

  const blocks: Block[] = body.map((text, i) => {
    const inside = i > 0 && i < body.length - 1;
    return inside && looksLikeSubheading(text)
      ? { kind: 'heading', level: 2, runs: [{ text }] }
      : { kind: 'paragraph', runs: [{ text }] };
  });
  if (blocks.length === 0 && meta.title) blocks.push({ kind: 'paragraph', runs: [{ text: meta.title }] });
  if (titleOverride?.trim()) meta.title = titleOverride.trim();
  return { meta, blocks };
}
