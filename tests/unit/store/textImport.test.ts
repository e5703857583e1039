import { afterEach, describe, expect, it } from 'vitest';
import { getArticle, listArticles, listArticlesPage } from '../../../electron/articles/articleStore';
import { importTextArticle } from '../../../electron/import/importText';
import { parseLooseDate } from '../../../electron/import/looseDate';
import { parsePlainTextArticle } from '../../../electron/import/plainTextArticle';
import type { Project } from '../../../electron/project/project';
import { plainTextOfBody } from '../../../shared/text/plainTextProjection';
import { newTempProject, sampleText, US_SAMPLE, VENEZUELA_SAMPLE } from '../../helpers/tempProject';

const open: Project[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

describe('plain-text articles', () => {
  it('reads headline, byline and "Published on" date from the Venezuela sample', () => {
    const { meta, blocks } = parsePlainTextArticle(sampleText(VENEZUELA_SAMPLE));
    expect(meta).toMatchObject({
      title: 'Venezuela Starts Freeing Prisoners Under US Pressure',
      author: 'Aksah Italo',
      publishedAt: '2026-01-14',
    });
    expect(blocks[0]).toEqual({
      kind: 'paragraph',
      runs: [{ text: 'The Venezuelan government has begun releasing prisoners, including at least one U.S. citizen.' }],
    });
  });

  it('splits a date glued to the outlet name and drops the trailing site furniture', () => {
    const { meta, blocks } = parsePlainTextArticle(sampleText(US_SAMPLE));
    expect(meta).toMatchObject({
      title: 'US Detainees Released, Political Prisoner Debate Flares',
      outlet: 'Clash Report',
      publishedAt: '2026-01-14',
    });
    const text = blocks.map((b) => ('runs' in b ? b.runs.map((r) => r.text).join('') : '')).join('\n');
    expect(text).toContain('116 prisoners were released on Monday alone');
    expect(text).not.toContain('Related News');
    expect(text).not.toContain('Sources:');
    expect(text).not.toContain('EU Commissioner Pushes Russian Concessions');
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => ('runs' in b ? b.runs[0]!.text : ''))).toEqual([
      'Prisoner Releases Expand Amid Political Pressure',
      'Conflicting Claims Over Numbers',
      'Uncertainty and International Scrutiny',
    ]);
  });

  it('reads the date formats news sites print', () => {
    expect(parseLooseDate('01/14/26')).toBe('2026-01-14');
    expect(parseLooseDate('13/02/2026')).toBe('2026-02-13');
    expect(parseLooseDate('January 14, 2026')).toBe('2026-01-14');
    expect(parseLooseDate('14 Jan 2026')).toBe('2026-01-14');
    expect(parseLooseDate('2026-01-14T10:00:00Z')).toBe('2026-01-14');
    expect(parseLooseDate('02/30/26')).toBe('');
    expect(parseLooseDate('soon')).toBe('');
  });

  it('stores the plain-text projection of the rich body, and the first line as title', () => {
    const { project } = newTempProject();
    open.push(project);
    const { article } = importTextArticle(project, { text: 'Headline here\n\nFirst paragraph.\nSecond paragraph.' });
    const stored = getArticle(project, article.id);
    expect(stored.title).toBe('Headline here');
    expect(stored.plainText).toBe('First paragraph.\n\nSecond paragraph.');
    expect(plainTextOfBody(stored.body)).toBe(stored.plainText);
  });

  it('uses the title the user typed instead of the first line', () => {
    const { project } = newTempProject();
    open.push(project);
    const { article } = importTextArticle(project, { text: 'Line one\nLine two', title: 'My title' });
    expect(article.title).toBe('My title');
  });

  it('detects the same text imported twice and does not duplicate it', () => {
    const { project } = newTempProject();
    open.push(project);
    const first = importTextArticle(project, { text: sampleText(US_SAMPLE) });
    const second = importTextArticle(project, { text: sampleText(US_SAMPLE).replace(/\n/g, '\r\n') });
    expect(second).toEqual({ article: first.article, duplicate: true });
    expect(listArticles(project)).toHaveLength(1);
  });

  it('lists articles in the order they were added, in pages that join up to the whole list', () => {
    const { project } = newTempProject();
    open.push(project);
    for (let i = 0; i < 7; i++) importTextArticle(project, { text: `Headline ${i}\n\nBody of article ${i}.` });
    const all = listArticles(project);
    expect(all.map((a) => a.title)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `Headline ${i}`));
    const pages = [0, 3, 6].map((offset) => listArticlesPage(project, offset, 3));
    expect(pages.map((p) => p.total)).toEqual([7, 7, 7]);
    expect(pages.flatMap((p) => p.items)).toEqual(all);
  });

  it('refuses empty and binary input, naming the source, and stores nothing', () => {
    const { project } = newTempProject();
    open.push(project);
    expect(() => importTextArticle(project, { text: '  \n\n ', sourceName: 'blank.txt' })).toThrow(
      'blank.txt: is empty',
    );
    expect(() => importTextArticle(project, { text: 'PK\u0003\u0004\u0000\u0000', sourceName: 'x.txt' })).toThrow(
      'x.txt: is not a text file',
    );
    expect(listArticles(project)).toHaveLength(0);
  });

  it('marks Arabic and Hebrew articles as right-to-left', () => {
    const { project } = newTempProject();
    open.push(project);
    const { article } = importTextArticle(project, {
      text: 'أفرجت السلطات عن 116 سجيناً\n\nقالت منظمات حقوقية إن العدد أقل.',
    });
    const body = JSON.parse(getArticle(project, article.id).body) as { root: { direction: string } };
    expect(body.root.direction).toBe('rtl');
  });
});

describe('editing article metadata', () => {
  it('lets the checker correct every field, including language and direction, and the body follows the direction', async () => {
    const { updateArticleMeta } = await import('../../../electron/articles/articleStore');
    const { project } = newTempProject();
    open.push(project);
    const { article } = importTextArticle(project, { text: 'Title\n\nمرحبا بالعالم but detected as ltr first? no.' });
    const updated = updateArticleMeta(project, article.id, {
      title: 'Corrected title',
      outlet: 'El Pitazo',
      author: 'Ana Ruiz',
      publishedAt: '2026-01-13',
      url: 'https://elpitazo.example/a',
      language: 'ar',
      direction: 'rtl',
    });
    expect(updated).toMatchObject({
      title: 'Corrected title',
      outlet: 'El Pitazo',
      language: 'ar',
      direction: 'rtl',
      url: 'https://elpitazo.example/a',
    });
    const body = JSON.parse(getArticle(project, article.id).body) as {
      root: { direction: string; children: { direction: string }[] };
    };
    expect(body.root.direction).toBe('rtl');
    expect(body.root.children.every((c) => c.direction === 'rtl')).toBe(true);
  });
});
