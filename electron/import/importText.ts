/**
 * Adds a plain-text article to a project: parse, build the rich body, store. The same text added
 * twice is detected by content and not duplicated.
 */
import type { ArticleSummary } from '../../shared/domain/types';
import { ClaimdeskError } from '../../shared/ipc/result';
import { plainTextOfBody } from '../../shared/text/plainTextProjection';
import { serializeRichText } from '../../shared/text/richTextDoc';
import { findDuplicate, insertArticle } from '../articles/articleStore';
import type { Project } from '../project/project';
import { assertWritable } from '../project/writeGuard';
import { parsePlainTextArticle } from './plainTextArticle';

export interface TextImportInput {
  text: string;
  title?: string;
  /** Where the text came from (file name), named in messages. */
  sourceName?: string;
}

export interface ImportOutcome {
  article: ArticleSummary;
  /** True when the project already held this text and nothing was added. */
  duplicate: boolean;
}

/** Text direction from the first strong character: Hebrew and Arabic scripts read right to left. */
export function detectDirection(text: string): 'ltr' | 'rtl' {
  const m = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]|\p{L}/u.exec(text);
  return m && /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]/u.test(m[0]) ? 'rtl' : 'ltr';
}

export function importTextArticle(project: Project, input: TextImportInput): ImportOutcome {
  assertWritable(project);
  const source = input.sourceName || 'pasted text';
  if (input.text.includes('\u0000')) {
    throw new ClaimdeskError('invalid-input', `${source}: is not a text file (it contains binary data).`);
  }
  const parsed = parsePlainTextArticle(input.text, input.title);
  if (parsed.blocks.length === 0) throw new ClaimdeskError('invalid-input', `${source}: is empty; there is no article text.`);
  const direction = detectDirection(input.text);
  const bodyJson = serializeRichText(parsed.blocks, direction);
  const plainText = plainTextOfBody(bodyJson);
  return project.db.transaction(() => {
    const existing = findDuplicate(project, plainText);
    if (existing) return { article: existing, duplicate: true };
    const article = insertArticle(project, {
      meta: parsed.meta,
      bodyJson,
      plainText,
      direction,
      sourceName: input.sourceName ?? '',
    });
    return { article, duplicate: false };
  })();
}
