/**
 * `claimdesk import` as a script uses it: folders of article files, and a new version of an
 * article reporting what happened to its highlights (with `claims` showing the orphaned ones).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tempProject';
import { assertCliBuilt, claimdesk } from './runClaimdesk';

const PAGE = fs.readFileSync(path.resolve(__dirname, '../../fixtures/import/news-page.html'), 'utf8');

interface Result {
  file: string;
  status: string;
  article?: { id: string; title: string };
  reanchored?: number;
  orphaned?: number;
  error?: { message: string };
}

beforeAll(assertCliBuilt);

async function newProject(): Promise<{ dir: string; file: string }> {
  const dir = tempDir('claimdesk-cli-import-');
  const file = path.join(dir, 'desk.claimdesk');
  expect((await claimdesk(['new', file])).code).toBe(0);
  return { dir, file };
}

describe('claimdesk import of folders', () => {
  it('imports every supported file in a folder and its sub-folders, in name order, skipping hidden and other files', async () => {
    const { dir, file } = await newProject();
    const folder = path.join(dir, 'inbox');
    fs.mkdirSync(path.join(folder, 'later'), { recursive: true });
    fs.mkdirSync(path.join(folder, '.cache'));
    fs.writeFileSync(path.join(folder, 'b-memo.md'), '# Ministry memo\n\nThe ministry said 116 were freed.');
    fs.writeFileSync(path.join(folder, 'a-note.txt'), 'Desk note\n\nFamilies are still waiting at the gates.');
    fs.writeFileSync(path.join(folder, 'later', 'page.html'), PAGE);
    fs.writeFileSync(path.join(folder, '.hidden.txt'), 'Hidden\n\nNot an article.');
    fs.writeFileSync(path.join(folder, '.cache', 'x.txt'), 'Cache\n\nNot an article.');
    fs.writeFileSync(path.join(folder, 'photo.jpg'), 'not imported');
    const loose = path.join(dir, 'loose.txt');
    fs.writeFileSync(loose, 'Loose file\n\nImported beside the folder.');

    const run = await claimdesk(['import', file, folder, loose, '--json']);
    expect(run.code).toBe(0);
    const results = run.json<{ results: Result[] }>().results;
    expect(results.map((r) => [path.relative(dir, r.file), r.status])).toEqual([
      [path.join('inbox', 'a-note.txt'), 'imported'],
      [path.join('inbox', 'b-memo.md'), 'imported'],
      [path.join('inbox', 'later', 'page.html'), 'imported'],
      ['loose.txt', 'imported'],
    ]);
  });

  it('says a folder with nothing to import is an error, naming the folder, and still imports the rest', async () => {
    const { dir, file } = await newProject();
    const empty = path.join(dir, 'photos');
    fs.mkdirSync(empty);
    fs.writeFileSync(path.join(empty, 'a.jpg'), 'x');
    const note = path.join(dir, 'note.txt');
    fs.writeFileSync(note, 'Note\n\nA short article.');
    const run = await claimdesk(['import', file, empty, note]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(`${empty}: the folder holds no file Claimdesk imports`);
    expect(run.stdout).toMatch(/imported\s+\S+\s+Note/);
  });
});

describe('claimdesk import of a new version of an article', () => {
  it('reports highlights re-anchored and orphaned, and `claims` shows which span is orphaned', async () => {
    const { dir, file } = await newProject();
    const v1 = path.join(dir, 'page-v1.html');
    fs.writeFileSync(v1, PAGE);
    const first = await claimdesk(['import', file, v1, '--json']);
    const articleId = first.json<{ results: Result[] }>().results[0]!.article!.id;
    for (const quote of [
      'at least 116 prisoners were released on Monday alone',
      '800 to 1,200 people remain arbitrarily detained',
    ]) {
      const a = await claimdesk(['annotate', file, '--article', articleId, '--quote', quote, '--new-claim', quote]);
      expect(a.code, a.stderr).toBe(0);
    }
    const v2 = path.join(dir, 'page-v2.html');
    fs.writeFileSync(v2, PAGE.replace(/<p>Human rights advocates estimate[^<]*<\/p>/, ''));

    const text = await claimdesk(['import', file, v2]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/new-version\s+\S+\s+.*\(1 highlights re-anchored, 1 orphaned\)/);

    const claims = await claimdesk(['claims', file]);
    expect(claims.stdout).toMatch(/ORPHANED\s+"800 to 1,200 people remain arbitrarily detained"/);
    expect(claims.stdout).toMatch(/\d+-\d+\s+"at least 116 prisoners were released on Monday alone"/);
    const json = (await claimdesk(['claims', file, '--json'])).json<{
      claims: { spans: { exact: string; orphaned: boolean }[] }[];
    }>();
    expect(json.claims.flatMap((c) => c.spans.map((s) => [s.exact, s.orphaned]))).toEqual([
      ['at least 116 prisoners were released on Monday alone', false],
      ['800 to 1,200 people remain arbitrarily detained', true],
    ]);

    // Importing it again with --json: the same text is now present, not another version.
    const again = await claimdesk(['import', file, v2, '--json']);
    expect(again.json<{ results: Result[] }>().results[0]).toMatchObject({ status: 'duplicate' });
  });

  it('gives the counts in --json', async () => {
    const { dir, file } = await newProject();
    const v1 = path.join(dir, 'page.html');
    fs.writeFileSync(v1, PAGE);
    const articleId = (await claimdesk(['import', file, v1, '--json'])).json<{ results: Result[] }>().results[0]!
      .article!.id;
    const quote = '800 to 1,200 people remain arbitrarily detained';
    const annotated = await claimdesk(['annotate', file, '--article', articleId, '--quote', quote, '--new-claim', 'x']);
    expect(annotated.code, annotated.stderr).toBe(0);
    fs.writeFileSync(v1, PAGE.replace(/<p>Human rights advocates estimate[^<]*<\/p>/, '<p>New paragraph here.</p>'));
    const run = await claimdesk(['import', file, v1, '--json']);
    expect(run.json<{ results: Result[] }>().results[0]).toMatchObject({
      status: 'new-version',
      article: { id: articleId },
      reanchored: 0,
      orphaned: 1,
    });
  });
});
