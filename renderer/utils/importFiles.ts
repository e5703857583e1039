/**
 * What the window can import from a dropped file, decided by its name before any byte is read:
 * articles (saved pages, Word, PDF, Markdown, text) and W3C annotation files. The main process
 * checks the content again; this only spares sending a file that can never be imported, and lets
 * the summary name it with a clear reason.
 */
import { LIMITS } from '../../shared/ipc/schemas';

export const ARTICLE_EXTENSIONS = ['.html', '.htm', '.docx', '.pdf', '.md', '.markdown', '.txt'] as const;
export const ANNOTATION_EXTENSIONS = ['.jsonld', '.json'] as const;

export type ImportKind = 'article' | 'annotations' | 'unsupported';

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
};

export function importKindOf(name: string): ImportKind {
  const ext = extensionOf(name);
  if ((ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) return 'article';
  if ((ANNOTATION_EXTENSIONS as readonly string[]).includes(ext)) return 'annotations';
  return 'unsupported';
}

/** Why a dropped file will not be sent, or null when it can be. */
export function refusalOf(file: { name: string; size: number }): string | null {
  if (importKindOf(file.name) === 'unsupported') {
    const ext = extensionOf(file.name);
    return `unsupported file type “${ext || 'none'}”; Claimdesk imports ${ARTICLE_EXTENSIONS.join(' ')} articles and .jsonld annotation files.`;
  }
  if (file.size > LIMITS.importBytes) {
    return `is ${(file.size / 1048576).toFixed(1)} MB, over the ${LIMITS.importBytes / 1048576} MB import limit.`;
  }
  if (file.size === 0) return 'is empty.';
  return null;
}

/**
 * The server's message without the file name or path it starts with ("/x/a.pdf: is empty" → "is
 * empty"), since the summary shows the name beside it.
 */
export function withoutFileName(message: string, name: string): string {
  const at = message.indexOf(`${name}: `);
  if (at < 0) return message;
  const before = message.slice(0, at);
  return before === '' || /[\\/]$/.test(before) ? message.slice(at + name.length + 2) : message;
}

/** A file's bytes as base64, for the IPC payload (plain JSON in the app and in the test harness). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // btoa takes a "binary string"; build it in chunks so large files do not overflow the call stack.
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}
