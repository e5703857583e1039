import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createProject, inspectProjectFile, openProject, saveProjectCopy } from '../../../electron/project/openProject';
import { APPLICATION_ID } from '../../../electron/project/projectFormat';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/project/migrations';
import { listArticles } from '../../../electron/articles/articleStore';
import type { Project } from '../../../electron/project/project';
import { sampleProject, tempDir } from '../../helpers/tempProject';

const open: Project[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

describe('project file', () => {
  it('creates a WAL-mode SQLite file stamped with Claimdesk’s application id and schema version', () => {
    const file = path.join(tempDir(), 'new.claimdesk');
    open.push(createProject(file, { actor: 'A' }));
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('refuses to create a project over an existing file', () => {
    const file = path.join(tempDir(), 'taken.claimdesk');
    fs.writeFileSync(file, 'precious');
    expect(() => createProject(file, { actor: 'A' })).toThrow(/already exists/);
    expect(fs.readFileSync(file, 'utf8')).toBe('precious');
  });

  it('keeps articles after closing and reopening the file', () => {
    const t = sampleProject();
    t.project.close();
    const again = openProject(t.file, { actor: 'B' });
    open.push(again);
    expect(listArticles(again).map((a) => a.title)).toEqual([
      'US Detainees Released, Political Prisoner Debate Flares',
      'Venezuela Starts Freeing Prisoners Under US Pressure',
    ]);
  });

  it('refuses a file that is not SQLite, naming the file, and leaves it untouched', () => {
    const file = path.join(tempDir(), 'notes.claimdesk');
    fs.writeFileSync(file, 'just some text that is long enough '.repeat(10));
    const before = fs.readFileSync(file);
    expect(() => openProject(file, { actor: 'A' })).toThrow(
      `${file}: not a Claimdesk project (it is not a SQLite database)`,
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a SQLite database from another application without modifying it', () => {
    const file = path.join(tempDir(), 'other.claimdesk');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const before = fs.readFileSync(file);
    expect(() => openProject(file, { actor: 'A' })).toThrow(/from another application/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a project written by a newer version and says which version is needed', () => {
    const file = path.join(tempDir(), 'future.claimdesk');
    createProject(file, { actor: 'A' }).close();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openProject(file, { actor: 'A' })).toThrow(/newer Claimdesk.*Open it with Claimdesk/);
  });

  it('reports a missing file clearly', () => {
    const file = path.join(tempDir(), 'missing.claimdesk');
    expect(() => inspectProjectFile(file)).toThrow(`${file}: no such project file.`);
  });

  it('saves a consistent copy with the backup API that opens with the same content', async () => {
    const t = sampleProject();
    open.push(t.project);
    const copy = path.join(t.dir, 'copy.claimdesk');
    await saveProjectCopy(t.project, copy);
    const reopened = openProject(copy, { actor: 'A' });
    open.push(reopened);
    expect(listArticles(reopened)).toHaveLength(2);
    expect(fs.readdirSync(t.dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('opens read-only and refuses writes with a clear message', () => {
    const t = sampleProject();
    t.project.close();
    const ro = openProject(t.file, { actor: 'A', readOnly: true });
    open.push(ro);
    expect(ro.readOnly).toBe(true);
    expect(listArticles(ro)).toHaveLength(2);
  });
});

describe('older project files', () => {
  it('upgrades a version-1 file when opened for writing, and reads one read-only without touching it', () => {
    const file = path.join(tempDir(), 'old.claimdesk');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('journal_mode = WAL');
    db.exec(MIGRATIONS[0]!.sql);
    db.pragma('user_version = 1');
    db.prepare(
      `INSERT INTO articles (id, title, body_json, plain_text, content_hash, created_at, created_by, updated_at, updated_by)
       VALUES ('7d9f8a4e-1f2b-4c3d-9e8f-0a1b2c3d4e5f', 'Old article', '{"root":{"type":"root","children":[]}}', '', 'h', 't', 'a', 't', 'a')`,
    ).run();
    db.close();
    const before = fs.readFileSync(file);

    const ro = openProject(file, { actor: 'A', readOnly: true });
    expect(listArticles(ro).map((a) => a.title)).toEqual(['Old article']);
    ro.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    const rw = openProject(file, { actor: 'A' });
    expect(rw.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(listArticles(rw)).toHaveLength(1);
    rw.close();
  });
});
