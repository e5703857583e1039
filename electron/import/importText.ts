/**
 * Stores imported articles: a format reader's draft becomes the rich body (serialized Lexical
 * state) and its plain-text projection, in one transaction. The same text imported twice is
 * detected by content and not duplicated.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleSummary } from '../../shared/domain/types';
import { ClaimdeskError } from '../../shared/ipc/result';
import { plainTextOfBody } from '../../shared/text/plainTextProjection';
import { serializeRichText } from '../../shared/text/richTextDoc';
import { findDuplicate, getArticleSummary, insertArticle } from '../articles/articleStore';
import { findArticleByUrl, replaceArticleText, type ReanchorCounts } from './newArticleVersion';
import type { Project } from '../project/project';
import { assertWritable } from '../project/writeGuard';
import type { ArticleDraft } from './articleDraft';
import { readHtmlArticle } from './htmlArticle';
import { parsePlainTextArticle } from './plainTextArticle';
import { readArticleOffThread } from './readArticleOffThread';
import { MAX_IMPORT_BYTES } from './readArticleFile';
import { writeTransaction } from '../project/writeTransaction';

export interface TextImportInput {
  text: string;
  title?: string;
  /** Where the text came from (file name), named in messages. */
  sourceName?: string;
  /** Pasted HTML is read like a web page. */
  format?: 'text' | 'html';
}

export interface ImportOutcome {
  article: ArticleSummary;
  /** True when the project already held this text and nothing was added. */
  duplicate: boolean;
  /** Set when the import replaced an existing article's text with a new version. */
  newVersion?: ReanchorCounts;
}

const RTL_SCRIPT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** Text direction from the first strong (letter) character: Hebrew and Arabic scripts read right to left. */
export function detectDirection(text: string): 'ltr' | 'rtl' {
  const m = /\p{L}/u.exec(text);
  return m && RTL_SCRIPT.test(m[0]) ? 'rtl' : 'ltr';
}

/**
 * Stores a draft; `source` names the origin in messages. A draft from the URL of an article already
 * in the project (or for `replaceId`, chosen by the user) becomes that article's new version.
 */
export function storeDraft(project: Project, draft: ArticleDraft, source: string, replaceId?: string): ImportOutcome {
  assertWritable(project);
  if (draft.blocks.length === 0) throw new ClaimdeskError('invalid-input', `${source}: has no article text.`);
  const bodyJsonProbe = serializeRichText(draft.blocks);
  const direction = draft.direction ?? detectDirection(plainTextOfBody(bodyJsonProbe));
  const bodyJson = direction === 'ltr' ? bodyJsonProbe : serializeRichText(draft.blocks, direction);
  const plainText = plainTextOfBody(bodyJson);
  const meta = { ...draft.meta, title: draft.meta.title || path.basename(source, path.extname(source)) };
  return writeTransaction(project, () => {
    const existing = findDuplicate(project, plainText);
    if (existing) return { article: existing, duplicate: true };
    const target = replaceId ?? findArticleByUrl(project, meta.url);
    if (target) {
      const newVersion = replaceArticleText(project, target, { bodyJson, plainText, meta, sourceName: source });
      return { article: getArticleSummary(project, target), duplicate: false, newVersion };
    }
    const article = insertArticle(project, {
      meta,
      bodyJson,
      plainText,
      direction,
      language: draft.language,
      sourceName: source,
    });
    return { article, duplicate: false };
  });
}

/** Pasted or typed text (or pasted HTML). */
export function importTextArticle(project: Project, input: TextImportInput): ImportOutcome {
  assertWritable(project);
  const source = input.sourceName || 'pasted text';
  if (input.text.includes('\u0000')) {
    throw new ClaimdeskError('invalid-input', `${source}: is not a text file (it contains binary data).`);
  }
  if (input.text.trim().length === 0)
    throw new ClaimdeskError('invalid-input', `${source}: is empty; there is no article text.`);
  const draft: ArticleDraft =
    input.format === 'html' ? readHtmlArticle(input.text) : { ...parsePlainTextArticle(input.text), language: '' };
  if (input.title?.trim()) draft.meta.title = input.title.trim();
  return storeDraft(project, draft, source);
}

/** An article file's bytes, as dropped on the window or sent by the renderer; `replaceId` makes it a new version. */
export async function importArticleBytes(
  project: Project,
  name: string,
  bytes: Buffer,
  replaceId?: string,
): Promise<ImportOutcome> {
  assertWritable(project);
  if (replaceId) getArticleSummary(project, replaceId);
  const draft = await readArticleOffThread(name, bytes);
  return storeDraft(project, draft, name, replaceId);
}

/** An article file on disk (the CLI and the File → Import dialog); `replaceId` makes it a new version. */
export async function importArticleFile(project: Project, file: string, replaceId?: string): Promise<ImportOutcome> {
  if (replaceId) getArticleSummary(project, replaceId);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ClaimdeskError('not-found', `${file}: no such file.`);
  }
  if (!stat.isFile()) throw new ClaimdeskError('invalid-input', `${file}: is not a file.`);
  if (stat.size > MAX_IMPORT_BYTES) {
    throw new ClaimdeskError(
      'invalid-input',
      `${file}: is ${(stat.size / 1048576).toFixed(1)} MB, over the ${MAX_IMPORT_BYTES / 1048576} MB import limit.`,
    );
  }
  const draft = await readArticleOffThread(file, fs.readFileSync(file));
  return storeDraft(project, draft, path.basename(file), replaceId);
}
