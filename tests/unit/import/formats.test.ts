import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getArticle, listArticles } from '../../../electron/articles/articleStore';
import { importArticleFile, importTextArticle } from '../../../electron/import/importText';
import { readArticleFile } from '../../../electron/import/readArticleFile';
import type { Project } from '../../../electron/project/project';
import { makeDocx, makePdf } from '../../fixtures/import/makeFixtures';
import { newTempProject, tempDir } from '../../helpers/tempProject';

const FIXTURES = path.resolve(__dirname, '../../fixtures/import');
const dir = tempDir('claimdesk-import-');
let project: Project;

beforeAll(async () => {
  project = newTempProject().project;
  await makeDocx(path.join(dir, 'ministry-figures.docx'));
  await makePdf(path.join(dir, 'report.pdf'), { pages: 3 });
  await makePdf(path.join(dir, 'scan.pdf'), { textLayer: false });
}, 60_000);
afterAll(() => project.close());

const text = (id: string) => getArticle(project, id).plainText;
const body = (id: string) => JSON.stringify(JSON.parse(getArticle(project, id).body));

describe('importing a saved news page', () => {
  it('keeps the article with its structure and metadata, and leaves the page chrome behind', async () => {
    const { article } = await importArticleFile(project, path.join(FIXTURES, 'news-page.html'));
    expect(article).toMatchObject({
      title: 'Venezuela frees dozens of political prisoners as US presses interim government',
      outlet: 'The Meridian Post',
      author: 'Lucía Fernández, Tom Okafor',
      publishedAt: '2026-01-13T18:42:00Z',
      url: 'https://www.meridianpost.example/world/2026/01/13/venezuela-prisoners-released',
    });
    const t = text(article.id);
    expect(t).toContain('at least 116 prisoners were released on Monday alone');
    expect(t).toContain('Conflicting counts\n\nJorge Rodríguez');
    for (const chrome of [
      'Subscribe for £1',
      'Advertisement',
      'Comments (212)',
      'Most read',
      'Maduro captured',
      'All rights reserved',
      'Share',
    ]) {
      expect(t).not.toContain(chrome);
    }
    const json = body(article.id);
    expect(json).toContain('"type":"heading"');
    expect(json).toContain('"type":"quote"');
    expect(json).toContain('"listType":"bullet"');
    expect(json).toContain('"url":"https://foropenal.com/"');
    expect(json).toMatch(/"text":"strongly dispute","detail":0,"format":2/);
  });

  it('reads pasted HTML the same way', () => {
    const { article } = importTextArticle(project, {
      text: '<p>Pasted <b>bold</b> claim that 60-70 people were released.</p><script>alert(1)</script>',
      format: 'html',
      title: 'Pasted snippet',
    });
    expect(text(article.id)).toBe('Pasted bold claim that 60-70 people were released.');
  });
});

describe('importing Word, PDF and Markdown', () => {
  it('reads a .docx with headings, lists, emphasis, links and its core properties', async () => {
    const { article } = await importArticleFile(project, path.join(dir, 'ministry-figures.docx'));
    expect(article).toMatchObject({
      title: 'Ministry figures on prisoner releases do not add up',
      author: 'Ines Duarte',
    });
    expect(text(article.id)).toBe(
      'The ministry said 116 prisoners were released on Monday alone, while Foro Penal counted 56.\n\nWhat we checked\n\nRelease lists published by the ministry\n\nStatements by families in Caracas\n\nOur conclusion: the figure is disputed.',
    );
    expect(body(article.id)).toContain('"url":"https://foropenal.com/"');
  });

  it('rebuilds a PDF’s paragraphs, joins hyphenated line ends and drops running headers and page numbers', async () => {
    const { article } = await importArticleFile(project, path.join(dir, 'report.pdf'));
    expect(article.title).toBe('Prisoner releases: the numbers');
    const t = text(article.id);
    const paragraphs = t.split('\n\n');
    expect(paragraphs[0]).toBe(
      'Paragraph 1: in Maracaibo, a ministry spokeswoman said that 43 detainees had been freed since January 2, a figure that independent organisations dispute. Families gathered outside the prison in Maracaibo for day 1 of waiting, hoping for names to be read out.',
    );
    const numbered = paragraphs.filter((p) => p.startsWith('Paragraph '));
    expect(numbered.map((p) => p.slice(0, p.indexOf(':')))).toEqual(
      Array.from({ length: 18 }, (_, i) => `Paragraph ${i + 1}`),
    );
    expect(numbered.every((p) => p.endsWith('hoping for names to be read out.'))).toBe(true);
    expect(t).toContain('the National Assembly said');
    expect(t).toContain('Section 1: what the records show');
    expect(t).not.toContain('Caracas Monitor');
    expect(t).not.toMatch(/Page \d+ of \d+/);
  });

  it('reads Markdown with front matter', async () => {
    const file = path.join(dir, 'note.md');
    fs.writeFileSync(
      file,
      '---\ntitle: Desk note on releases\nauthor: Sam Reyes\ndate: 2026-01-15\n---\n\n## Figures\n\n- **56** per Foro Penal\n- *116* per the ministry\n\n> over 400, said Rodríguez\n',
    );
    const { article } = await importArticleFile(project, file);
    expect(article).toMatchObject({ title: 'Desk note on releases', author: 'Sam Reyes', publishedAt: '2026-01-15' });
    expect(text(article.id)).toBe('Figures\n\n56 per Foro Penal\n\n116 per the ministry\n\nover 400, said Rodríguez');
  });
});

describe('refusing bad files', () => {
  const count = () => listArticles(project).length;

  it.each([
    ['a text file named .pdf', 'fake.pdf', 'just words', /fake\.pdf: is not a PDF file \(it contains plain text\)/],
    ['a PDF named .txt', 'fake.txt', '%PDF-1.7\n%\u00e2\u00e3', /fake\.txt: is not a text file \(it contains a PDF\)/],
    ['a zip that is not Word', 'fake.docx', 'PK\u0003\u0004garbage', /fake\.docx: is not a readable Word document/],
    ['an empty file', 'empty.html', '', /empty\.html: is empty/],
    ['a whitespace-only file', 'blank.md', ' \n\n\t', /blank\.md: is empty/],
    ['an unsupported type', 'photo.jpg', '\u00ff\u00d8\u00ff', /photo\.jpg: unsupported file type "\.jpg"/],
    [
      'binary data named .txt',
      'data.txt',
      '\u0000\u0001\u0002\u00ff',
      /data\.txt: is not a text file \(it contains binary data\)/,
    ],
  ])('refuses %s with a message naming the file, storing nothing', async (_n, name, content, message) => {
    const before = count();
    const file = path.join(dir, name);
    fs.writeFileSync(file, Buffer.from(content, 'latin1'));
    await expect(importArticleFile(project, file)).rejects.toThrow(message);
    expect(count()).toBe(before);
  });

  it('refuses a scanned PDF with no text layer', async () => {
    await expect(importArticleFile(project, path.join(dir, 'scan.pdf'))).rejects.toThrow(
      /scan\.pdf: has no text layer/,
    );
  });

  it('refuses a file over the size limit before reading it', async () => {
    const file = path.join(dir, 'huge.txt');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 51 * 1024 * 1024);
    await expect(importArticleFile(project, file)).rejects.toThrow(
      /huge\.txt: is 51\.0 MB, over the 50 MB import limit/,
    );
  });

  it('reports a missing file', async () => {
    await expect(importArticleFile(project, path.join(dir, 'nope.txt'))).rejects.toThrow(/nope\.txt: no such file/);
  });

  it('detects the same file imported twice', async () => {
    const first = await importArticleFile(project, path.join(FIXTURES, 'news-page.html'));
    expect(first.duplicate).toBe(true);
  });

  it('reads UTF-16 text files with a byte-order mark', async () => {
    const draft = await readArticleFile(
      'utf16.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Titre\nLe texte est là.', 'utf16le')]),
    );
    expect(draft.meta.title).toBe('Titre');
  });
});
