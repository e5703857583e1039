/**
 * Project files made by someone else, or damaged on the way: each is refused with a message that
 * names the file and the problem (or, when the damage is harmless, opened as a sound project);
 * nothing stored in the file runs, the file's bytes do not change, no file appears beside it
 * (-wal, -shm: refusing or checking a file leaves it exactly as found), and the process survives.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../../../shared/ipc/result';
import { createClaim } from '../../../electron/claims/claimStore';
import { openProject } from '../../../electron/project/openProject';
import { MIGRATIONS } from '../../../electron/project/migrations';
import { checkProjectFile } from '../../../electron/security/checkProjectFile';
import { expectedSchemaObjects } from '../../../electron/security/expectedSchema';
import { sampleProject, tempDir } from '../../helpers/tempProject';
import { makeWorkspace } from '../../unit/shell/workspaceFixture';
import { assertCliBuilt, claimdesk } from '../cli/runClaimdesk';
import { fileHash } from './projectDump';

const dir = tempDir('claimdesk-hostile-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A real project with articles and claims, closed (WAL checkpointed into the file). */
function realProjectFile(name: string): string {
  const t = sampleProject();
  createClaim(t.project, { text: 'A claim', claimant: 'Someone', verdict: 'disputed', rationale: 'Because' });
  t.project.close();
  const file = path.join(dir, name);
  fs.copyFileSync(t.file, file);
  fs.rmSync(t.dir, { recursive: true, force: true });
  return file;
}

/** The files beside `file` that belong to it (-wal, -shm, -journal, .lock, ...). */
const besides = (file: string) =>
  fs
    .readdirSync(path.dirname(file))
    .filter((n) => n.startsWith(path.basename(file)))
    .sort();

/**
 * Opens `file` for writing, expecting a refusal; returns the message. The file must not change,
 * and nothing may appear beside it; `claimdesk check`'s report leaves it just as untouched.
 */
function refusal(file: string): string {
  const before = fileHash(file);
  const beside = besides(file);
  let message = '';
  try {
    openProject(file, { actor: 'Test Checker' }).close();
  } catch (err) {
    expect(err).toBeInstanceOf(ClaimdeskError);
    message = (err as Error).message;
  }
  expect(message, `${path.basename(file)} was opened`).not.toBe('');
  expect(message).toContain(file);
  expect(fileHash(file)).toBe(before);
  expect(besides(file), 'files left beside a refused file').toEqual(beside);
  expect(checkProjectFile(file).ok).toBe(false);
  expect(fileHash(file)).toBe(before);
  expect(besides(file), 'files left beside a checked file').toEqual(beside);
  return message;
}

/** Plants SQL into a copy of a real project, bypassing Claimdesk (as an attacker would). */
function planted(name: string, sql: string): string {
  const file = realProjectFile(name);
  const db = new Database(file);
  db.exec(sql);
  db.pragma('journal_mode = DELETE');
  db.close();
  return file;
}

describe('hostile project files', () => {
  const base = realProjectFile('base.claimdesk');

  it('refuses a text file named .claimdesk', () => {
    const file = path.join(dir, 'notes.claimdesk');
    fs.writeFileSync(file, 'just some notes\n'.repeat(20));
    expect(refusal(file)).toMatch(/not a SQLite database/);
  });

  it('refuses a SQLite database of another application', () => {
    const file = path.join(dir, 'other-app.claimdesk');
    const db = new Database(file);
    db.exec('CREATE TABLE claims (id TEXT); PRAGMA application_id = 1234;');
    db.close();
    expect(refusal(file)).toMatch(/another application/);
  });

  it('refuses a project of a newer format, naming the version', () => {
    const file = realProjectFile('newer.claimdesk');
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    db.close();
    expect(refusal(file)).toMatch(/newer Claimdesk \(file format \d+\)/);
  });

  it('refuses a truncated project', () => {
    for (const keep of [50, 100, 4096, Math.floor(fs.statSync(base).size / 2)]) {
      const file = path.join(dir, `truncated-${keep}.claimdesk`);
      fs.writeFileSync(file, fs.readFileSync(base).subarray(0, keep));
      refusal(file);
    }
  });

  it('refuses a trigger planted on claims, and the trigger never runs', () => {
    const file = planted(
      'trigger.claimdesk',
      `CREATE TABLE loot (v TEXT);
       CREATE TRIGGER steal AFTER INSERT ON claims BEGIN INSERT INTO loot VALUES (new.text); UPDATE articles SET title = 'pwned'; END;`,
    );
    expect(refusal(file)).toMatch(/altered outside Claimdesk.*trigger "steal"/);
  });

  it('refuses a planted trigger in a file still in WAL mode, leaving no -wal or -shm beside it', () => {
    const file = realProjectFile('wal-trigger.claimdesk');
    const db = new Database(file);
    db.exec(`CREATE TRIGGER wal_steal AFTER INSERT ON claims BEGIN UPDATE articles SET title = 'pwned'; END;`);
    db.close();
    expect(db.open).toBe(false);
    expect(fs.readFileSync(file)[18]).toBe(2);
    expect(besides(file)).toEqual([path.basename(file)]);
    expect(refusal(file)).toMatch(/trigger "wal_steal"/);
    expect(checkProjectFile(file)).toMatchObject({ verdict: 'altered' });
  });

  it("the app's Open refuses a hostile WAL-mode file leaving nothing beside it (no lock, no -wal, no -shm)", async () => {
    const file = realProjectFile('app-open.claimdesk');
    const db = new Database(file);
    db.exec(`CREATE TRIGGER app_steal AFTER UPDATE ON claims BEGIN DELETE FROM evidence; END;`);
    db.close();
    const before = fileHash(file);
    const { workspace } = makeWorkspace();
    await expect(workspace.openFile(file)).rejects.toThrow(/trigger "app_steal"/);
    expect(workspace.current()).toBeNull();
    expect(besides(file)).toEqual([path.basename(file)]);
    expect(fileHash(file)).toBe(before);
    workspace.dispose();
  });

  it('claimdesk check, run as a command, leaves a refused WAL-mode file exactly as found', async () => {
    assertCliBuilt();
    const file = realProjectFile('cli-check.claimdesk');
    const db = new Database(file);
    db.exec(`CREATE VIEW planted_view AS SELECT * FROM claims;`);
    db.close();
    const before = fileHash(file);
    const run = await claimdesk(['check', file, '--json']);
    expect(run.code).toBe(4);
    expect(run.json<{ verdict: string }>().verdict).toBe('altered');
    expect(besides(file)).toEqual([path.basename(file)]);
    expect(fileHash(file)).toBe(before);
  });

  it('checks and opens read-only a sound closed project without leaving anything beside it', () => {
    const file = realProjectFile('read-only.claimdesk');
    const before = fileHash(file);
    expect(checkProjectFile(file)).toMatchObject({ verdict: 'ok' });
    const project = openProject(file, { actor: 'Reader', readOnly: true });
    expect(project.db.pragma('integrity_check', { simple: true })).toBe('ok');
    project.close();
    expect(besides(file)).toEqual([path.basename(file)]);
    expect(fileHash(file)).toBe(before);
  });

  it('refuses a view that shadows a table name, and a trigger that calls a function', () => {
    const view = planted(
      'view.claimdesk',
      `ALTER TABLE evidence RENAME TO evidence_real; CREATE VIEW evidence AS SELECT * FROM evidence_real;`,
    );
    expect(refusal(view)).toMatch(/view "evidence"/);
    const fn = planted(
      'function.claimdesk',
      `CREATE TRIGGER call_out AFTER UPDATE ON claims BEGIN SELECT load_extension('/tmp/evil.so'); END;`,
    );
    expect(refusal(fn)).toMatch(/trigger "call_out"/);
  });

  it('refuses a Claimdesk trigger whose body was rewritten (same name, other code)', () => {
    const withSearch = expectedSchemaObjects(MIGRATIONS.at(-1)!.version).find((o) => o.type === 'trigger');
    const target = withSearch?.name ?? 'claims_extra';
    const file = planted(
      'rewritten.claimdesk',
      `${withSearch ? `DROP TRIGGER ${target};` : ''}
       CREATE TRIGGER ${target} AFTER INSERT ON claims BEGIN UPDATE claims SET verdict = 'verified'; END;`,
    );
    expect(refusal(file)).toMatch(new RegExp(`trigger "${target}"`));
  });

  it('expects exactly the objects the migrations create, including later ones (search, sync)', () => {
    const names = expectedSchemaObjects(MIGRATIONS.at(-1)!.version).map((o) => `${o.type} ${o.name}`);
    for (const t of ['project_meta', 'articles', 'claims', 'spans', 'evidence', 'history', 'article_versions']) {
      expect(names).toContain(`table ${t}`);
    }
    // A project made by this build opens: the check agrees with the migrations.
    openProject(base, { actor: 'Test Checker' }).close();
  });

  it('survives hundreds of random byte flips: each copy is refused cleanly or opens as a sound project', () => {
    const original = fs.readFileSync(base);
    const file = path.join(dir, 'mutant.claimdesk');
    let refused = 0;
    let opened = 0;
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat({ max: original.length - 1 }), xor: fc.integer({ min: 1, max: 255 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        (flips) => {
          for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
          const bytes = Buffer.from(original);
          for (const f of flips) bytes[f.at] = bytes[f.at]! ^ f.xor;
          fs.writeFileSync(file, bytes);
          const before = fileHash(file);
          let project;
          try {
            project = openProject(file, { actor: 'Fuzz' });
          } catch (err) {
            expect(err).toBeInstanceOf(ClaimdeskError);
            expect((err as Error).message).toContain(file);
            expect(fileHash(file)).toBe(before);
            expect(besides(file)).toEqual([path.basename(file)]);
            refused++;
            return;
          }
          try {
            // Accepted: it must really be sound, not a damaged file let through.
            expect(project.db.pragma('integrity_check', { simple: true })).toBe('ok');
            opened++;
          } finally {
            project.close();
          }
        },
      ),
      { numRuns: 300, seed: 20240611 },
    );
    expect(refused + opened).toBe(300);
    expect(refused).toBeGreaterThan(0);
  });
});
