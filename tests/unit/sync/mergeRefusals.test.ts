/**
 * Files a merge must refuse before writing anything (foreign, damaged, altered, newer format, a
 * different project, the project itself), each with a message naming the file, and an older-format
 * copy, which is read through an upgraded private copy and left untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { getClaim } from '../../../electron/claims/claimStore';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from '../../../electron/project/migrations';
import { APPLICATION_ID } from '../../../electron/project/projectFormat';
import { createProject, openProject } from '../../../electron/project/openProject';
import type { Project } from '../../../electron/project/project';
import { mergeProjectFile } from '../../../electron/sync/mergeProjectFile';
import { canonicalProjectDump } from '../../../electron/sync/projectDump';
import { ClaimdeskError } from '../../../shared/ipc/result';
import { closeAll, createBase, dumpOf, fastTempDir, replicasOf, type Replica } from './replicas';

const opened: Replica[][] = [];
const projects: Project[] = [];
afterEach(() => {
  while (opened.length) closeAll(opened.pop()!);
  while (projects.length) projects.pop()!.close();
});

function setup() {
  const base = createBase();
  const replicas = replicasOf(base, ['Ana']);
  opened.push(replicas);
  const ana = replicas[0]!;
  const dir = path.dirname(ana.file);
  return { base, ana, dir, before: dumpOf(ana) };
}

function refusal(project: Project, file: string): ClaimdeskError {
  try {
    mergeProjectFile(project, file);
  } catch (err) {
    if (err instanceof ClaimdeskError) return err;
    throw err;
  }
  throw new Error(`merging ${file} was not refused`);
}

/** A copy of `file` changed through a plain SQLite connection, as another program would. */
function tamperedCopy(file: string, dest: string, change: (db: Database.Database) => void): string {
  fs.copyFileSync(file, dest);
  const db = new Database(dest);
  try {
    change(db);
  } finally {
    db.close();
  }
  return dest;
}

describe('refusing files that cannot be merged', () => {
  it.each([
    [
      'a text file',
      'not-sqlite.claimdesk',
      (f: string) => fs.writeFileSync(f, 'Just some notes.\n'),
      'invalid-input',
      /not a Claimdesk project/,
    ],
    [
      "another application's database",
      'foreign.claimdesk',
      (f: string) => {
        const db = new Database(f);
        db.exec('CREATE TABLE t (x)');
        db.close();
      },
      'invalid-input',
      /another application/,
    ],
  ])('refuses %s, naming it, and changes nothing', (_name, fileName, make, type, message) => {
    const t = setup();
    const file = path.join(t.dir, fileName);
    make(file);
    const err = refusal(t.ana.project, file);
    expect(err.type).toBe(type);
    expect(err.message).toMatch(message);
    expect(err.message.startsWith(file)).toBe(true);
    expect(dumpOf(t.ana)).toBe(t.before);
  });

  it('refuses a damaged copy and a copy altered outside Claimdesk', () => {
    const t = setup();
    const damaged = path.join(t.dir, 'damaged.claimdesk');
    fs.copyFileSync(t.base.file, damaged);
    const bytes = fs.readFileSync(damaged);
    // Scramble the pages after the schema: the claim and log tables' b-trees.
    for (let i = 4096 * 2; i < bytes.length - 4096; i += 97) bytes[i] = 0xa5;
    fs.writeFileSync(damaged, bytes);
    const broken = refusal(t.ana.project, damaged);
    expect(broken.type).toBe('invalid-input');
    expect(broken.message).toMatch(new RegExp(`^${damaged}: .*(damaged|cannot be read)`));

    const altered = tamperedCopy(t.base.file, path.join(t.dir, 'altered.claimdesk'), (db) =>
      db.exec("CREATE TRIGGER evil AFTER INSERT ON claims BEGIN UPDATE claims SET verdict = 'verified'; END"),
    );
    expect(refusal(t.ana.project, altered).message).toMatch(
      new RegExp(`^${altered}: refused: .*altered outside Claimdesk`),
    );
    expect(dumpOf(t.ana)).toBe(t.before);
  });

  it('refuses a copy written by a newer Claimdesk, saying which version is needed', () => {
    const t = setup();
    const newer = tamperedCopy(t.base.file, path.join(t.dir, 'newer.claimdesk'), (db) => {
      db.prepare("UPDATE project_meta SET value = '9.4.0' WHERE key = 'format.requires_app'").run();
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    });
    const err = refusal(t.ana.project, newer);
    expect(err.type).toBe('unavailable');
    expect(err.message).toMatch(
      new RegExp(`^${newer}: was written by a newer Claimdesk.*Claimdesk 9\\.4\\.0 or later`),
    );
    expect(dumpOf(t.ana)).toBe(t.before);
  });

  it('refuses a different project unless asked, a missing file, and the project itself', () => {
    const t = setup();
    const otherFile = path.join(t.dir, 'other-desk.claimdesk');
    createProject(otherFile, { actor: 'Zoe' }).close();
    const different = refusal(t.ana.project, otherFile);
    expect(different.type).toBe('conflict');
    expect(different.message).toMatch(/is a different project \("other-desk"\).*nothing was changed/);
    expect(mergeProjectFile(t.ana.project, otherFile, { allowOtherProject: true }).changes).toBeGreaterThan(0);

    expect(refusal(t.ana.project, path.join(t.dir, 'missing.claimdesk')).type).toBe('not-found');
    expect(refusal(t.ana.project, t.ana.file).message).toMatch(/is this project itself/);
  });
});

/** A project file exactly as Claimdesk format 3 wrote it, with one article and one claim. */
function formatThreeProject(file: string): { claimId: string } {
  const db = new Database(file);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('journal_mode = WAL');
  for (const m of MIGRATIONS.filter((m) => m.version <= 3)) db.exec(m.sql);
  db.pragma('user_version = 3');
  const at = '2026-01-14T09:00:00.000Z';
  const meta = db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?)');
  meta.run('title', 'desk');
  meta.run('created_at', at);
  meta.run('created_by', 'Editor');
  const text = 'Officials said 116 prisoners were released.';
  db.prepare(
    `INSERT INTO articles (id, title, body_json, plain_text, content_hash, created_at, created_by, updated_at, updated_by)
     VALUES ('6f1c2a5e-0000-4000-8000-000000000001', 'Release', '{}', ?, 'hash', ?, 'Editor', ?, 'Editor')`,
  ).run(text, at, at);
  const claimId = '6f1c2a5e-0000-4000-8000-000000000002';
  db.prepare(
    `INSERT INTO claims (id, text, created_at, created_by, updated_at, updated_by) VALUES (?, '116 prisoners released', ?, 'Editor', ?, 'Editor')`,
  ).run(claimId, at, at);
  db.close();
  return { claimId };
}

describe('merging a copy in an older file format', () => {
  it('reads it through an upgraded private copy, leaving it untouched; two upgraded copies agree', () => {
    const dir = fastTempDir('claimdesk-old-');
    const old = path.join(dir, 'old.claimdesk');
    const { claimId } = formatThreeProject(old);
    const mine = path.join(dir, 'mine.claimdesk');
    const theirs = path.join(dir, 'theirs.claimdesk');
    fs.copyFileSync(old, mine);
    fs.copyFileSync(old, theirs);
    // The colleague, still on the older Claimdesk, adds a claim.
    const db = new Database(theirs);
    const added = '6f1c2a5e-0000-4000-8000-000000000003';
    db.prepare(
      `INSERT INTO claims (id, text, verdict, created_at, created_by, updated_at, updated_by)
       VALUES (?, 'a second claim', 'disputed', '2026-01-15T10:00:00.000Z', 'Ben', '2026-01-15T10:00:00.000Z', 'Ben')`,
    ).run(added);
    db.close();
    const bytes = fs.readFileSync(theirs);

    const project = openProject(mine, { actor: 'Ana' });
    projects.push(project);
    const report = mergeProjectFile(project, theirs);
    expect(report).toMatchObject({ changes: 1, conflicts: 0 });
    expect(getClaim(project, added)).toMatchObject({ text: 'a second claim', verdict: 'disputed', createdBy: 'Ben' });
    expect(getClaim(project, claimId).verdict).toBe('unverified');
    expect(fs.readFileSync(theirs).equals(bytes)).toBe(true);

    // Another colleague upgrades their own copy of the old file: it matches, and adds nothing.
    const again = path.join(dir, 'again.claimdesk');
    fs.copyFileSync(old, again);
    const upgraded = openProject(again, { actor: 'Chloé' });
    projects.push(upgraded);
    expect(mergeProjectFile(upgraded, mine)).toMatchObject({ conflicts: 0 });
    expect(canonicalProjectDump(upgraded.db)).toBe(canonicalProjectDump(project.db));
  });
});
