import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getArticle, listArticles } from '../../../electron/articles/articleStore';
import { claimHistory } from '../../../electron/history/historyStore';
import { importArticleFile } from '../../../electron/import/importText';
import type { Project } from '../../../electron/project/project';
import { createClaimFromSpan, listAppearances, listHighlights } from '../../../electron/spans/spanStore';
import { newTempProject, rangeOf, tempDir } from '../../helpers/tempProject';

const PAGE = fs.readFileSync(path.resolve(__dirname, '../../fixtures/import/news-page.html'), 'utf8');
const open: Project[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

function highlight(project: Project, articleId: string, quote: string) {
  return createClaimFromSpan(project, { articleId, ...rangeOf(getArticle(project, articleId).plainText, quote) });
}

describe('a new version of an article', () => {
  it('keeps highlights attached through edits, and lists the ones it cannot re-find as orphaned', async () => {
    const { project } = newTempProject();
    open.push(project);
    const dir = tempDir();
    const v1 = path.join(dir, 'page-v1.html');
    fs.writeFileSync(v1, PAGE);
    const { article } = await importArticleFile(project, v1);
    const unchanged = highlight(
      project,
      article.id,
      'Foro Penal said it had verified only 56 releases by Monday evening',
    );
    const edited = highlight(project, article.id, 'at least 116 prisoners were released on Monday alone');
    const removed = highlight(project, article.id, '800 to 1,200 people remain arbitrarily detained');

    // Version 2 at the same canonical URL: a correction box added on top, one figure sentence
    // reworded, and the paragraph with the detention estimate removed.
    const v2 = path.join(dir, 'page-v2.html');
    fs.writeFileSync(
      v2,
      PAGE.replace(
        '<div class="story-body">',
        '<div class="story-body"><p><em>Correction, 14 January: an earlier version misstated the number of journalists detained.</em></p>',
      )
        .replace(
          'at least 116 prisoners were released on Monday alone',
          'at least 116 prisoners had been released on Monday alone',
        )
        .replace(/<p>Human rights advocates estimate[^<]*<\/p>/, ''),
    );
    const outcome = await importArticleFile(project, v2);
    expect(outcome).toMatchObject({
      duplicate: false,
      article: { id: article.id },
      newVersion: { reanchored: 2, orphaned: 1 },
    });
    expect(listArticles(project)).toHaveLength(1);

    const text = getArticle(project, article.id).plainText;
    const drawn = listHighlights(project, article.id);
    expect(drawn.map((h) => text.slice(h.start, h.end)).sort()).toEqual([
      'Foro Penal said it had verified only 56 releases by Monday evening',
      'at least 116 prisoners had been released on Monday alone',
    ]);
    const orphan = listAppearances(project, removed.claim.id);
    expect(orphan).toMatchObject([{ orphaned: true, exact: '800 to 1,200 people remain arbitrarily detained' }]);
    expect(listAppearances(project, unchanged.claim.id)[0]!.orphaned).toBe(false);
    expect(claimHistory(project, edited.claim.id).at(-1)).toMatchObject({
      field: 'exact',
      oldValue: 'at least 116 prisoners were released on Monday alone',
      newValue: 'at least 116 prisoners had been released on Monday alone',
    });
    const versions = project.db.prepare('SELECT version, plain_text FROM article_versions').all() as {
      version: number;
      plain_text: string;
    }[];
    expect(versions).toHaveLength(1);
    expect(versions[0]!.plain_text).toContain('800 to 1,200 people');
  });

  it('takes a file the user chose as the new version of an article, whatever its URL', async () => {
    const { project } = newTempProject();
    open.push(project);
    const dir = tempDir();
    const a = path.join(dir, 'draft.txt');
    fs.writeFileSync(a, 'Desk memo\n\nThe ministry said 116 were freed on Monday.\n\nFamilies are still waiting.');
    const { article } = await importArticleFile(project, a);
    const { claim } = highlight(project, article.id, 'The ministry said 116 were freed on Monday.');
    const b = path.join(dir, 'final.txt');
    fs.writeFileSync(
      b,
      'Desk memo (final)\n\nUpdated at noon.\n\nThe ministry said 116 were freed on Monday.\n\nFamilies are still waiting.',
    );
    const outcome = await importArticleFile(project, b, article.id);
    expect(outcome.newVersion).toEqual({ reanchored: 1, orphaned: 0 });
    const appearance = listAppearances(project, claim.id)[0]!;
    expect(getArticle(project, article.id).plainText.slice(appearance.start, appearance.end)).toBe(
      'The ministry said 116 were freed on Monday.',
    );
    expect(getArticle(project, article.id).title).toBe('Desk memo');
  });

  it('writes a "re-anchored" history row with the old and new offsets when a highlight moves', async () => {
    const { project } = newTempProject();
    open.push(project);
    const dir = tempDir();
    const a = path.join(dir, 'memo.txt');
    fs.writeFileSync(a, 'Desk memo\n\nThe ministry said 116 were freed on Monday.\n\nFamilies are still waiting.');
    const { article } = await importArticleFile(project, a);
    const { claim } = highlight(project, article.id, 'The ministry said 116 were freed on Monday.');
    const before = listAppearances(project, claim.id)[0]!;
    fs.writeFileSync(
      a,
      'Desk memo\n\nUpdated at noon.\n\nThe ministry said 116 were freed on Monday.\n\nFamilies wait.',
    );
    await importArticleFile(project, a, article.id);
    const after = listAppearances(project, claim.id)[0]!;
    expect(after.start).toBe(before.start + 'Updated at noon.\n\n'.length);
    expect(claimHistory(project, claim.id).at(-1)).toMatchObject({
      entity: 'span',
      action: 'update',
      field: 're-anchored',
      oldValue: `${before.start}–${before.end}`,
      newValue: `${after.start}–${after.end}`,
    });
  });

  it('keeps whole emoji in a re-anchored highlight and its context (regression: "cheered 🎉" to "🎊🎊")', async () => {
    const { project } = newTempProject();
    open.push(project);
    const dir = tempDir();
    const a = path.join(dir, 'crowd.txt');
    fs.writeFileSync(a, 'Crowd\n\nThe crowd cheered 🎉 as the buses left the prison gates.');
    const { article } = await importArticleFile(project, a);
    const { claim } = highlight(project, article.id, 'cheered 🎉');
    fs.writeFileSync(a, 'Crowd\n\nThe crowd cheered 🎊🎊 as the buses left the prison gates.');
    expect((await importArticleFile(project, a, article.id)).newVersion).toEqual({ reanchored: 1, orphaned: 0 });
    const span = listAppearances(project, claim.id)[0]!;
    const text = getArticle(project, article.id).plainText;
    expect(text.slice(span.start, span.end)).toBe('cheered 🎊');
    const stored = project.db.prepare('SELECT exact, prefix, suffix FROM spans').get() as {
      exact: string;
      prefix: string;
      suffix: string;
    };
    expect(Object.values(stored).join('')).not.toMatch(/[\uD800-\uDFFF]/u);
    expect(stored.suffix.startsWith('🎊 as the buses')).toBe(true);
  });
});
