/**
 * Turns an imported file's bytes into an article draft, choosing the reader by the file's name and
 * checking that the content really is that format: a file that is not what its name says, is empty,
 * or is larger than the limit is refused with a message naming the file and the reason.
 */
import path from 'node:path';
import { ClaimdeskError } from '../../shared/ipc/result';
import { LIMITS } from '../../shared/ipc/schemas';
import type { ArticleDraft } from './articleDraft';
import { readDocxArticle } from './docxArticle';
import { readHtmlArticle } from './htmlArticle';
import { readMarkdownArticle } from './markdownArticle';
import { readPdfArticle } from './pdfArticle';
import { parsePlainTextArticle } from './plainTextArticle';

/** Largest file Claimdesk imports (documented in the README). */
export const MAX_IMPORT_BYTES = LIMITS.importBytes;

export const IMPORT_EXTENSIONS = ['.html', '.htm', '.docx', '.pdf', '.md', '.markdown', '.txt'] as const;

type Sniffed = 'pdf' | 'zip' | 'ole' | 'rtf' | 'text' | 'binary';

function sniff(bytes: Buffer): Sniffed {
  const head = bytes.subarray(0, 8).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return 'zip';
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0')) return 'ole';
  if (head.startsWith('{\\rtf')) return 'rtf';
  return decodeText(bytes) === undefined ? 'binary' : 'text';
}

const DESCRIBE: Record<Sniffed, string> = {
  pdf: 'a PDF',
  zip: 'a ZIP archive',
  ole: 'an old-style Office file',
  rtf: 'an RTF document',
  text: 'plain text',
  binary: 'binary data',
};

/** UTF-8 (or UTF-16 with a byte-order mark) text, or undefined for binary content. */
export function decodeText(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.includes('\u0000') ? undefined : text.replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

function refuse(name: string, reason: string): never {
  throw new ClaimdeskError('invalid-input', `${name}: ${reason}`);
}

export async function readArticleFile(name: string, bytes: Buffer): Promise<ArticleDraft> {
  const ext = path.extname(name).toLowerCase();
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    refuse(name, `unsupported file type "${ext || 'none'}"; Claimdesk imports ${IMPORT_EXTENSIONS.join(', ')}.`);
  }
  if (bytes.length === 0) refuse(name, 'is empty.');
  if (bytes.length > MAX_IMPORT_BYTES) {
    refuse(
      name,
      `is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_IMPORT_BYTES / 1048576} MB import limit.`,
    );
  }
  const kind = sniff(bytes);
  const expect = (wanted: Sniffed, label: string) => {
    if (kind !== wanted) refuse(name, `is not ${label} (it contains ${DESCRIBE[kind]}).`);
  };
  switch (ext) {
    case '.pdf':
      expect('pdf', 'a PDF file');
      return readPdfArticle(bytes, name);
    case '.docx':
      expect('zip', 'a Word .docx file');
      return readDocxArticle(bytes).catch((err: Error) =>
        refuse(name, `is not a readable Word document (${err.message}).`),
      );
    default: {
      const label = ext === '.html' || ext === '.htm' ? 'a web page' : 'a text file';
      expect('text', label);
      const text = decodeText(bytes)!;
      if (text.trim().length === 0) refuse(name, 'is empty.');
      if (ext === '.html' || ext === '.htm') return readHtmlArticle(text);
      if (ext === '.md' || ext === '.markdown') return readMarkdownArticle(text);
      return { ...parsePlainTextArticle(text), language: '' };
    }
  }
}
