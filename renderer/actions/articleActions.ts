/**
 * Adding articles (pasted text, opened or dropped .txt files) and editing their metadata. Adding
 * text the project already holds adds nothing: the toast says so and the existing article opens.
 */
import type { ArticleMeta } from '../../shared/domain/types';
import type { MethodArgs } from '../../shared/ipc/contract';
import { ClaimdeskError } from '../../shared/ipc/result';
import { api } from '../api/client';
import { articleState } from '../stores/articleStore';
import { undoState } from '../stores/undoStore';
import { openArticle } from './navigation';
import { runAction } from './runAction';

type NewArticle = MethodArgs<'addArticle'>[0];

async function addOne(input: NewArticle): Promise<{ title: string; duplicate: boolean; id: string }> {
  const { article, duplicate } = await api.addArticle(input);
  return { title: article.title, duplicate, id: article.id };
}

function report(results: { title: string; duplicate: boolean }[]): void {
  const dupes = results.filter((r) => r.duplicate);
  const added = results.length - dupes.length;
  const parts: string[] = [];
  if (added === 1 && results.length === 1) parts.push(`Added “${results[0]!.title}”`);
  else if (added > 0) parts.push(`Added ${added} articles`);
  if (dupes.length === 1) parts.push(`“${dupes[0]!.title}” is already in the project`);
  else if (dupes.length > 1) parts.push(`${dupes.length} articles are already in the project`);
  undoState().show({ message: parts.join(' · '), tone: 'info' });
}

/** Returns true when the article was added (or already present); false on error. */
export async function addArticle(input: NewArticle): Promise<boolean> {
  const result = await runAction(async () => {
    const r = await addOne(input);
    await articleState().loadList();
    await openArticle(r.id);
    report([r]);
    return true;
  });
  return result ?? false;
}

/** Reads .txt files with File.text() and adds each; other files are named in an error toast. */
export async function addTextFiles(files: readonly File[]): Promise<void> {
  const texts = files.filter((f) => /\.txt$/i.test(f.name) || f.type === 'text/plain');
  const skipped = files.filter((f) => !texts.includes(f));
  await runAction(async () => {
    if (texts.length === 0)
      throw new ClaimdeskError(
        'invalid-input',
        `${skipped.map((f) => f.name).join(', ')}: only .txt files can be added.`,
      );
    const results = [];
    for (const file of texts) results.push(await addOne({ text: await file.text(), sourceName: file.name }));
    await articleState().loadList();
    await openArticle(results[results.length - 1]!.id);
    report(results);
  });
}

export function updateArticleMeta(id: string, patch: Partial<ArticleMeta>): Promise<void | undefined> {
  return runAction(() => articleState().updateMeta(id, patch));
}
