/**
 * Reads a Word (.docx) file as an article: mammoth turns the document's semantic structure
 * (headings, lists, emphasis, links) into HTML, which goes through the same sanitising converter
 * as web pages; title, author and date come from the file's core properties.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { JSDOM } from 'jsdom';
import { emptyMeta, type ArticleDraft } from './articleDraft';
import { htmlToBlocks } from './htmlToBlocks';

function xmlField(xml: string, tag: string): string {
  const m = new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(xml);
  return m
    ? m[1]!
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .trim()
    : '';
}

export async function readDocxArticle(bytes: Buffer): Promise<ArticleDraft> {
  const zip = await JSZip.loadAsync(bytes);
  const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
  const fragment = JSDOM.fragment(`<div>${html}</div>`).firstElementChild as Element;
  let blocks = htmlToBlocks(fragment);
  const meta = emptyMeta();
  meta.title = xmlField(core, 'dc:title');
  meta.author = xmlField(core, 'dc:creator');
  // dcterms:created is when the file was made, not when the article was published: left for the checker.
  const firstBlock = blocks[0];
  if (firstBlock && firstBlock.kind !== 'list') {
    const firstText = firstBlock.runs.map((r) => r.text).join('');
    if (!meta.title && (firstBlock.kind === 'heading' || firstText.length < 150)) meta.title = firstText;
    if (firstText === meta.title) blocks = blocks.slice(1);
  }
  return { meta, blocks, language: xmlField(core, 'dc:language') };
}
