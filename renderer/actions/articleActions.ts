/**
 * Adding a pasted article (plain text or HTML) and editing article metadata. Adding text the
 * project already holds adds nothing: the toast says so and the existing article opens. Files go
 * through importActions. Metadata edits are recorded for undo.
 */
import type { ArticleSummary } from '../../shared/domain/types';
import type { MethodArgs } from '../../shared/ipc/contract';
import { api } from '../api/client';
import { articleState } from '../stores/articleStore';
import { undoState } from '../stores/undoStore';
import { openArticle } from './navigation';
import { runAction } from './runAction';
import { recordChange } from './undoActions';

type NewArticle = MethodArgs<'addArticle'>[0];
export type ArticleMetaPatch = MethodArgs<'updateArticleMeta'>[1];

async function addOne(input: NewArticle): Promise<{ title: string; duplicate: boolean; id: string }> {
  const { article, duplicate } = await api.addArticle(input);
  return { title: article.title, duplicate, id: article.id };
}

function report({ title, duplicate }: { title: string; duplicate: boolean }): void {
  undoState().show({ message: duplicate ? `“${title}” is already in the project` : `Added “${title}”`, tone: 'info' });
}

/** Returns true when the article was added (or already present); false on error. */
export async function addArticle(input: NewArticle): Promise<boolean> {
  const result = await runAction(async () => {
    const r = await addOne(input);
    await articleState().loadList();
    await openArticle(r.id);
    report(r);
    return true;
  });
  return result ?? false;
}

/** The article's current values of the fields a patch changes (what Undo writes back). */
function valuesBefore(article: ArticleSummary, patch: ArticleMetaPatch): ArticleMetaPatch {
  const before: Record<string, string> = {};
  for (const key of Object.keys(patch) as (keyof ArticleMetaPatch)[]) before[key] = article[key];
  return before as ArticleMetaPatch;
}

export function updateArticleMeta(id: string, patch: ArticleMetaPatch): Promise<void | undefined> {
  const { article, articles } = articleState();
  const current = article?.id === id ? article : articles.find((a) => a.id === id);
  return runAction(async () => {
    await articleState().updateMeta(id, patch);
    if (current)
      recordChange({ kind: 'update-article', articleId: id, before: valuesBefore(current, patch), after: patch });
  });
}
