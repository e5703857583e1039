/**
 * Reads a saved web page (or pasted HTML) as an article: metadata from the page, the main text
 * extracted by Mozilla's Readability (what Firefox Reader View uses), so navigation, ads, comments
 * and "related" boxes are left behind. jsdom runs no script and loads no resource.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { emptyMeta, type ArticleDraft } from './articleDraft';
import { readPageMetadata } from './htmlMetadata';
import { htmlToBlocks } from './htmlToBlocks';
import type { Block } from '../../shared/text/richTextDoc';

const blockText = (b: Block) => (b.kind === 'list' ? b.items.flat() : b.runs).map((r) => r.text).join('');
/** Letters and digits of any script, case folded: ASCII \W would reduce every Arabic or Russian text to "". */
const wordsOf = (text: string) =>
  text
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim()
    .toLowerCase();
const sameText = (a: string, b: string) => wordsOf(a) === wordsOf(b);

export function readHtmlArticle(html: string): ArticleDraft {
  // A silent console: a page's broken CSS or scripts are its problem, not the user's.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const page = readPageMetadata(doc);
  const reader = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200, keepClasses: false });
  const article = reader.parse();

  let root: Element = doc.body ?? doc.documentElement;
  if (article?.content) {
    root = JSDOM.fragment(`<div>${article.content}</div>`).firstElementChild as Element;
  }
  let blocks = htmlToBlocks(root);

  const meta = { ...emptyMeta(), ...page };
  meta.title = meta.title || article?.title?.trim() || (blocks[0] ? blockText(blocks[0]) : '');
  meta.author = meta.author || (article?.byline ?? '').replace(/^by\s+/i, '').trim();
  meta.outlet = meta.outlet || (article?.siteName ?? '').trim();
  // Page titles often end with the outlet ("Headline | Outlet"): keep the headline.
  if (meta.outlet) meta.title = meta.title.replace(new RegExp(`\\s*[|–—-]\\s*${escapeRegExp(meta.outlet)}\\s*$`), '');
  // Readability keeps the headline as the first heading; the view shows the title above the body.
  if (blocks[0] && blocks[0].kind === 'heading' && sameText(blockText(blocks[0]), meta.title)) blocks = blocks.slice(1);

  dom.window.close();
  return {
    meta: { title: meta.title, outlet: meta.outlet, author: meta.author, publishedAt: meta.publishedAt, url: meta.url },
    blocks,
    language: page.language || article?.lang || '',
    direction: page.direction ?? (article?.dir === 'rtl' ? 'rtl' : undefined),
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
