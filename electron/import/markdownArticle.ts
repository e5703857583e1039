/**
 * Reads a Markdown file as an article: optional front matter (title, author, date, outlet, url)
 * for metadata, `marked` for the body, then the same sanitising HTML converter as web pages
 * (raw HTML inside Markdown is no more trusted than a web page).
 */
import { marked } from 'marked';
import { JSDOM } from 'jsdom';
import { emptyMeta, type ArticleDraft } from './articleDraft';
import { htmlToBlocks, safeHref } from './htmlToBlocks';
import { isoDate } from './htmlMetadata';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

function frontMatter(text: string): { fields: Record<string, string>; body: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
    if (kv) fields[kv[1]!.toLowerCase()] = kv[2]!.replace(/^["']|["']$/g, '').trim();
  }
  return { fields, body: text.slice(m[0].length) };
}

export function readMarkdownArticle(text: string): ArticleDraft {
  const { fields, body } = frontMatter(text.replace(/^\uFEFF/, ''));
  const html = marked.parse(body, { async: false, gfm: true });
  const root = JSDOM.fragment(`<div>${html}</div>`).firstElementChild as Element;
  let blocks = htmlToBlocks(root);
  const meta = emptyMeta();
  meta.title = fields.title ?? '';
  meta.author = (fields.author ?? fields.byline ?? '').replace(/^by\s+/i, '');
  meta.outlet = fields.outlet ?? fields.publisher ?? fields.site ?? '';
  meta.publishedAt = isoDate(fields.date ?? fields.published ?? '');
  meta.url = safeHref(fields.url ?? fields.canonical ?? null) ?? '';
  const firstBlock = blocks[0];
  if (!meta.title && firstBlock?.kind === 'heading') {
    meta.title = firstBlock.runs.map((r) => r.text).join('');
    blocks = blocks.slice(1);
  }
  return { meta, blocks, language: fields.lang ?? fields.language ?? '' };
}
