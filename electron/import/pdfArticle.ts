/**
 * Reads a PDF with a text layer as an article, using Mozilla's pdf.js for the text and its
 * positions (with eval disabled: the font code path is untrusted input). A PDF with no text at
 * all is a scan, which Claimdesk cannot read without OCR, and is refused with that message.
 */
import { ClaimdeskError } from '../../shared/ipc/result';
import { emptyMeta, type ArticleDraft } from './articleDraft';
import { dropRunningLines, linesOfPage, linesToBlocks, type PdfLine, type PdfTextItem } from './pdfLines';

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}

export async function readPdfArticle(bytes: Buffer, sourceName: string): Promise<ArticleDraft> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pages: PdfLine[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = (content.items as RawItem[])
        .filter((i) => typeof i.str === 'string' && Array.isArray(i.transform))
        .map((i) => {
          const t = i.transform!;
          return {
            str: i.str!,
            x: t[4]!,
            y: t[5]!,
            size: Math.hypot(t[2]!, t[3]!) || i.height || 10,
            width: i.width ?? 0,
            hasEOL: i.hasEOL,
          };
        });
      pages.push(linesOfPage(items, p));
      page.cleanup();
    }
    if (pages.every((lines) => lines.length === 0)) {
      throw new ClaimdeskError(
        'invalid-input',
        `${sourceName}: has no text layer (a scanned PDF?); Claimdesk needs selectable text. Run it through OCR first.`,
      );
    }
    let blocks = linesToBlocks(dropRunningLines(pages));
    const info = ((await doc.getMetadata()).info ?? {}) as Record<string, unknown>;
    const meta = emptyMeta();
    meta.title = typeof info.Title === 'string' ? info.Title.trim() : '';
    meta.author = typeof info.Author === 'string' ? info.Author.trim() : '';
    // CreationDate is when the PDF was made, not when the article was published: left for the checker.
    const firstBlock = blocks[0];
    if (firstBlock && firstBlock.kind === 'heading') {
      const heading = firstBlock.runs.map((r) => r.text).join('');
      if (!meta.title) meta.title = heading;
      if (heading === meta.title) blocks = blocks.slice(1);
    }
    return { meta, blocks, language: typeof info.Language === 'string' ? info.Language : '' };
  } finally {
    await doc.destroy();
  }
}
