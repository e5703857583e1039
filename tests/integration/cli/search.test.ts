/**
 * `claimdesk search` as a newsroom script runs it: a real project built with the CLI, searched
 * read-only, with JSON hits whose article offsets point into the stored plain text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getArticleText } from '../../../electron/articles/articleStore';
import { openProject } from '../../../electron/project/openProject';
import { SAMPLE_DIR, tempDir, US_SAMPLE, VENEZUELA_SAMPLE } from '../../helpers/tempProject';
import { assertCliBuilt, claimdesk } from './runClaimdesk';

interface Hit {
  kind: string;
  id: string;
  articleId: string | null;
  claimId: string | null;
  title: string;
  field: string;
  snippet: { text: string; matches: { start: number; end: number }[] };
  match: { start: number; end: number } | null;
  score: number;
}

let file = '';

beforeAll(async () => {
  assertCliBuilt();
  file = path.join(tempDir('claimdesk-cli-search-'), 'desk.claimdesk');
  expect((await claimdesk(['new', file])).code).toBe(0);
  const imported = await claimdesk([
    'import',
    file,
    path.join(SAMPLE_DIR, US_SAMPLE),
    path.join(SAMPLE_DIR, VENEZUELA_SAMPLE),
  ]);
  expect(imported.code).toBe(0);
  const annotated = await claimdesk([
    'annotate',
    file,
    '--article',
    (await claimdesk(['articles', file, '--json'])).json<{ articles: { id: string }[] }>().articles[0]!.id,
    '--quote',
    'only 56 detainees had been released',
    '--new-claim',
    'Only 56 detainees had been released',
    '--claimant',
    'Foro Penal',
  ]);
  expect(annotated.code).toBe(0);
});

describe('claimdesk search', () => {
  it('lists ranked hits as JSON, with article offsets into the plain text', async () => {
    const before = fs.readFileSync(file);
    const run = await claimdesk(['search', file, 'Penal', '56', '--json']);
    expect(run.code).toBe(0);
    const out = run.json<{ query: string; terms: string[]; mode: string; hits: Hit[] }>();
    expect(out).toMatchObject({ query: 'Penal 56', terms: ['Penal', '56'], mode: 'index' });
    expect(out.hits.map((h) => h.kind)).toEqual(['claim', 'article']);
    const article = out.hits[1]!;
    const project = openProject(file, { actor: 'T', readOnly: true });
    try {
      const text = getArticleText(project, article.id);
      expect(text.slice(article.match!.start, article.match!.end)).toBe('Penal');
    } finally {
      project.close();
    }
    expect(article.snippet.matches.map((m) => article.snippet.text.slice(m.start, m.end))).toEqual(['Penal', '56']);
    // Read-only: the project file is not touched.
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('prints hits for people with the matches in brackets, and respects --limit', async () => {
    const run = await claimdesk(['search', file, 'rodriguez', '--limit', '1']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^article +[0-9a-f-]{36} {2}"/);
    expect(lines[1]).toMatch(/\[Rodríguez\]/);
  });

  it('takes any text literally, and says when nothing matches', async () => {
    const hostile = await claimdesk(['search', file, 'NEAR(prisoners', '"unterminated', '*:^', '--json']);
    expect(hostile.code).toBe(0);
    expect(hostile.json<{ hits: Hit[] }>().hits).toEqual([]);
    expect(hostile.stderr).toMatch(/No matches for/);
  });

  it('exits 2 for a query with nothing to search or a bad --limit, and 3 for a missing file', async () => {
    const [empty, limit, missing] = await Promise.all([
      claimdesk(['search', file, '***']),
      claimdesk(['search', file, 'x', '--limit', 'many']),
      claimdesk(['search', path.join(path.dirname(file), 'nope.claimdesk'), 'x']),
    ]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/nothing to search for/);
    expect(limit.code).toBe(2);
    expect(missing.code).toBe(3);
  });

  it('documents itself in help', async () => {
    const run = await claimdesk(['help', 'search']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: claimdesk search FILE QUERY\.\.\. \[--limit N\]/);
    expect(run.stdout).toContain('Output with --json:');
  });
});
