/**
 * The search index stays in step with the project through every change a checker (or a merge, or
 * an older file's upgrade) makes: what is live is found, what is deleted is not, and restoring
 * brings it back. After each scenario the index is compared with the tables row by row.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { getArticle, getArticleText } from '../../../electron/articles/articleStore';
import { createClaim, deleteClaim, restoreClaim, updateClaim } from '../../../electron/claims/claimStore';
import { addEvidence, deleteEvidence, updateEvidence } from '../../../electron/evidence/evidenceStore';
import { importArticleBytes, importTextArticle } from '../../../electron/import/importText';
import { APPLICATION_ID } from '../../../electron/project/projectFormat';
import { MIGRATIONS } from '../../../electron/project/migrations';
import { openProject } from '../../../electron/project/openProject';
import type { Project } from '../../../electron/project/project';
import { indexText } from '../../../electron/search/indexText';
import { searchProject } from '../../../electron/search/searchProject';
import { createClaimFromSpan } from '../../../electron/spans/spanStore';
import { newTempProject, rangeOf, sampleProject, tempDir } from '../../helpers/tempProject';

const open: Project[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

function track<T extends { project: Project }>(t: T): T {
  open.push(t.project);
  return t;
}

/** Ids of the hits of one kind. */
function found(project: Project, query: string, kind: 'article' | 'claim' | 'evidence'): string[] {
  return searchProject(project, query)
    .hits.filter((h) => h.kind === kind)
    .map((h) => h.id);
}

/** Every live row has exactly one document holding its folded text, and nothing else is indexed. */
function expectIndexInStep(project: Project): void {
  const db = project.db;
  const expected = [
    ...(db
      .prepare(
        "SELECT 'article' AS kind, id, title AS head, plain_text AS body, '' AS meta FROM articles WHERE deleted_at IS NULL",
      )
      .all() as Row[]),
    ...(db
      .prepare(
        "SELECT 'claim' AS kind, id, text AS head, rationale AS body, claimant AS meta FROM claims WHERE deleted_at IS NULL",
      )
      .all() as Row[]),
    ...(db
      .prepare(
        "SELECT 'evidence' AS kind, id, citation AS head, note AS body, url AS meta FROM evidence WHERE deleted_at IS NULL",
      )
      .all() as Row[]),
  ].map((r) => ({ ...r, head: indexText(r.head), body: indexText(r.body), meta: indexText(r.meta) }));
  const indexed = db
    .prepare(
      'SELECT d.kind, d.ref_id AS id, f.head, f.body, f.meta FROM search_docs d JOIN search_fts f ON f.rowid = d.doc',
    )
    .all() as Row[];
  const key = (r: Row) => `${r.kind}:${r.id}`;
  expect(indexed.map(key).sort()).toEqual(expected.map(key).sort());
  expect(new Map(indexed.map((r) => [key(r), r]))).toEqual(new Map(expected.map((r) => [key(r), r])));
  const ftsRows = (db.prepare('SELECT count(*) AS n FROM search_fts').get() as { n: number }).n;
  expect(ftsRows).toBe(expected.length);
}

interface Row {
  kind: string;
  id: string;
  head: string;
  body: string;
  meta: string;
}

describe('search index kept in step with the project', () => {
  it('indexes imported articles by title and text', () => {
    const t = track(sampleProject());
    expect(found(t.project, 'Penal Forum', 'article')).toEqual([t.us.id]);
    expect(found(t.project, 'Foro Penal', 'article')).toEqual([t.ve.id]);
    expect(found(t.project, '"Detainees Released"', 'article')).toEqual([t.us.id]);
    expectIndexInStep(t.project);
  });

  it('follows a claim through create, edit, delete and restore', () => {
    const t = track(newTempProject());
    const claim = createClaim(t.project, {
      text: 'Turnout reached 71 percent',
      claimant: 'Electoral board',
      verdict: 'unverified',
      rationale: '',
    });
    expect(found(t.project, 'turnout', 'claim')).toEqual([claim.id]);
    expect(found(t.project, 'electoral', 'claim')).toEqual([claim.id]);

    updateClaim(t.project, claim.id, {
      text: 'Participation reached 71 percent',
      rationale: 'Board figures contradict the ministry',
    });
    expect(found(t.project, 'turnout', 'claim')).toEqual([]);
    expect(found(t.project, 'participation', 'claim')).toEqual([claim.id]);
    expect(found(t.project, 'contradict ministry', 'claim')).toEqual([claim.id]);

    deleteClaim(t.project, claim.id);
    expect(found(t.project, 'participation', 'claim')).toEqual([]);
    expectIndexInStep(t.project);

    restoreClaim(t.project, claim.id);
    expect(found(t.project, 'participation', 'claim')).toEqual([claim.id]);
    expectIndexInStep(t.project);
  });

  it('does not re-index a claim when only its verdict changes', () => {
    const t = track(newTempProject());
    const claim = createClaim(t.project, {
      text: 'Exports doubled',
      claimant: '',
      verdict: 'unverified',
      rationale: '',
    });
    const docBefore = t.project.db.prepare('SELECT doc FROM search_docs WHERE ref_id = ?').pluck().get(claim.id);
    updateClaim(t.project, claim.id, { verdict: 'disputed' });
    expect(t.project.db.prepare('SELECT doc FROM search_docs WHERE ref_id = ?').pluck().get(claim.id)).toBe(docBefore);
  });

  it('follows evidence through add, edit and delete, and hides the evidence of a deleted claim', () => {
    const t = track(newTempProject());
    const claim = createClaim(t.project, { text: 'Prices fell', claimant: '', verdict: 'unverified', rationale: '' });
    const ev = addEvidence(t.project, claim.id, {
      url: 'https://stats.example.org/cpi',
      citation: 'Consumer price index',
      note: 'Monthly series',
    });
    const hit = searchProject(t.project, 'consumer price').hits.find((h) => h.kind === 'evidence')!;
    expect(hit).toMatchObject({ id: ev.id, claimId: claim.id, field: 'citation', title: 'Consumer price index' });
    expect(found(t.project, 'stats example', 'evidence')).toEqual([ev.id]);

    updateEvidence(t.project, ev.id, { note: 'Quarterly series' });
    expect(found(t.project, 'monthly', 'evidence')).toEqual([]);
    expect(found(t.project, 'quarterly', 'evidence')).toEqual([ev.id]);

    deleteClaim(t.project, claim.id);
    expect(found(t.project, 'quarterly', 'evidence')).toEqual([]);
    restoreClaim(t.project, claim.id);
    expect(found(t.project, 'quarterly', 'evidence')).toEqual([ev.id]);

    deleteEvidence(t.project, ev.id);
    expect(found(t.project, 'quarterly', 'evidence')).toEqual([]);
    expectIndexInStep(t.project);
  });

  it('searches the new text of an article after a new version, with offsets into the new text', async () => {
    const t = track(newTempProject());
    const first = importTextArticle(t.project, { text: 'Port strike\n\nDockers walked out on Monday.' }).article;
    expect(found(t.project, 'dockers', 'article')).toEqual([first.id]);

    await importArticleBytes(
      t.project,
      'v2.txt',
      Buffer.from('Port strike\n\nStevedores walked out on Tuesday.'),
      first.id,
    );
    expect(found(t.project, 'dockers', 'article')).toEqual([]);
    const hit = searchProject(t.project, 'stevedores').hits[0]!;
    expect(hit.id).toBe(first.id);
    const text = getArticleText(t.project, first.id);
    expect(text.slice(hit.match!.start, hit.match!.end)).toBe('Stevedores');
    expectIndexInStep(t.project);
  });

  it('drops an article deleted by any code path, and brings it back when restored', () => {
    const t = track(sampleProject());
    t.project.db.prepare('UPDATE articles SET deleted_at = ? WHERE id = ?').run('2026-01-15T00:00:00Z', t.ve.id);
    expect(found(t.project, 'Foro Penal', 'article')).toEqual([]);
    expectIndexInStep(t.project);
    t.project.db.prepare('UPDATE articles SET deleted_at = NULL WHERE id = ?').run(t.ve.id);
    expect(found(t.project, 'Foro Penal', 'article')).toEqual([t.ve.id]);
    expectIndexInStep(t.project);
  });

  it('keeps one document per row when rows are replaced or hard-deleted, as a merge might do', () => {
    const t = track(newTempProject());
    const claim = createClaim(t.project, {
      text: 'Bridge cost 40 million',
      claimant: '',
      verdict: 'unverified',
      rationale: '',
    });
    t.project.db
      .prepare(
        `INSERT OR REPLACE INTO claims (id, text, claimant, verdict, rationale, created_at, created_by, updated_at, updated_by)
         VALUES (?, 'Tunnel cost 40 million', '', 'unverified', '', 't', 'a', 't', 'a')`,
      )
      .run(claim.id);
    expect(found(t.project, 'bridge', 'claim')).toEqual([]);
    expect(found(t.project, 'tunnel', 'claim')).toEqual([claim.id]);
    expectIndexInStep(t.project);
    t.project.db.prepare('DELETE FROM history WHERE claim_id = ?').run(claim.id);
    t.project.db.prepare('DELETE FROM claims WHERE id = ?').run(claim.id);
    expect(found(t.project, 'tunnel', 'claim')).toEqual([]);
    expectIndexInStep(t.project);
  });

  it('stays correct after VACUUM renumbers the tables’ rows', () => {
    const t = track(newTempProject());
    const claims = ['Alpha rose', 'Beta fell', 'Gamma held'].map((text) =>
      createClaim(t.project, { text, claimant: '', verdict: 'unverified', rationale: '' }),
    );
    // A hard delete leaves a rowid gap that VACUUM closes.
    t.project.db.prepare('DELETE FROM history WHERE claim_id = ?').run(claims[0]!.id);
    t.project.db.prepare('DELETE FROM claims WHERE id = ?').run(claims[0]!.id);
    t.project.db.exec('VACUUM');
    updateClaim(t.project, claims[2]!.id, { text: 'Delta held' });
    expect(found(t.project, 'gamma', 'claim')).toEqual([]);
    expect(found(t.project, 'delta', 'claim')).toEqual([claims[2]!.id]);
    expect(found(t.project, 'beta', 'claim')).toEqual([claims[1]!.id]);
    expectIndexInStep(t.project);
  });

  it('finds a claim created from a highlight by its quote', () => {
    const t = track(sampleProject());
    const text = getArticle(t.project, t.us.id).plainText;
    const { claim } = createClaimFromSpan(t.project, {
      articleId: t.us.id,
      ...rangeOf(text, 'only 56 detainees had been released'),
    });
    expect(found(t.project, 'detainees 56', 'claim')).toEqual([claim.id]);
  });
});

describe('search index of older project files', () => {
  function schema2File(): string {
    const file = path.join(tempDir(), 'old.claimdesk');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('journal_mode = WAL');
    for (const m of MIGRATIONS.filter((x) => x.version <= 2)) db.exec(m.sql);
    db.pragma('user_version = 2');
    const ids = { article: '7d9f8a4e-1f2b-4c3d-9e8f-0a1b2c3d4e5f', claim: '8e0a9b5f-2a3c-4d4e-8f90-1b2c3d4e5f60' };
    db.prepare(
      `INSERT INTO articles (id, title, body_json, plain_text, content_hash, created_at, created_by, updated_at, updated_by)
       VALUES (?, 'Harbour report', '{"root":{"type":"root","children":[]}}', 'The harbour was dredged in March.', 'h', 't', 'a', 't', 'a')`,
    ).run(ids.article);
    db.prepare(
      `INSERT INTO claims (id, text, claimant, created_at, created_by, updated_at, updated_by)
       VALUES (?, 'Dredging cost 12 million', 'Port authority', 't', 'a', 't', 'a')`,
    ).run(ids.claim);
    db.prepare(
      `INSERT INTO claims (id, text, claimant, created_at, created_by, updated_at, updated_by, deleted_at)
       VALUES ('9f1b0c60-3b4d-4e5f-9a01-2c3d4e5f6071', 'Deleted dredging claim', '', 't', 'a', 't', 'a', 't')`,
    ).run();
    db.close();
    return file;
  }

  it('indexes the rows of a schema-2 file when it is upgraded, leaving deleted rows out', () => {
    const file = schema2File();
    const project = openProject(file, { actor: 'A' });
    open.push(project);
    expect(found(project, 'dredged', 'article')).toHaveLength(1);
    expect(found(project, 'dredging', 'claim')).toEqual(['8e0a9b5f-2a3c-4d4e-8f90-1b2c3d4e5f60']);
    expect(found(project, 'port authority', 'claim')).toHaveLength(1);
    expectIndexInStep(project);
  });

  it('searches a schema-2 file opened read-only without changing the file', () => {
    const file = schema2File();
    const before = fs.readFileSync(file);
    const project = openProject(file, { actor: 'A', readOnly: true });
    open.push(project);
    expect(found(project, 'harbour', 'article')).toHaveLength(1);
    project.close();
    open.pop();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('search index text folding', () => {
  it('stores Arabic text without vowel marks, exactly as indexText() mirrors it, and finds it either way', () => {
    const t = track(newTempProject());
    importTextArticle(t.project, { text: 'Ειδήσεις\n\nΆρχισε η απελευθέρωση. Ёлка и заключённые.' });
    const text = 'خبر\n\nكَتَبَ الطالبُ الدرسَ في المدرسة، وأكد أنّ الإفراج تمّ.';
    const article = importTextArticle(t.project, { text }).article;
    expectIndexInStep(t.project);
    const plain = getArticleText(t.project, article.id);
    for (const [query, word] of [
      ['كتب', 'كَتَبَ'],
      ['كَتَبَ', 'كَتَبَ'],
      // Attached clitics ("و" and, "ال" the) stay part of the word: unicode61 has no Arabic stemmer.
      ['واكد', 'وأكد'],
      ['الافراج', 'الإفراج'],
    ] as const) {
      const hit = searchProject(t.project, query).hits[0];
      expect(hit?.id, query).toBe(article.id);
      expect(plain.slice(hit!.match!.start, hit!.match!.end), query).toBe(word);
    }
  });
});
