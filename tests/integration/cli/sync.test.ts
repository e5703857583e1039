/**
 * Sync from the command line, as a newsroom script runs it: two colleagues' copies get different
 * verdicts, `merge` both ways lists one conflict on both sides, `conflicts --resolve` settles it
 * for both; `merge` refuses bad files with the documented exit codes; `sync` shares through a
 * folder holding a half-written file.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../electron/project/migrations';
import { SAMPLE_DIR, tempDir, US_SAMPLE } from '../../helpers/tempProject';
import { assertCliBuilt, claimdesk } from './runClaimdesk';

beforeAll(assertCliBuilt);

const QUOTE = '116 prisoners were released on Monday alone';

interface Conflict {
  id: string;
  claimId: string;
  field: string;
  shown: string;
  versions: { value: string; setBy: string; setAt: string }[];
}

/** A project with the US sample and one claim, copied for Ana and Ben. */
async function twoCopies() {
  const dir = tempDir('claimdesk-cli-sync-');
  const ana = path.join(dir, 'ana.claimdesk');
  expect((await claimdesk(['new', ana])).code).toBe(0);
  const imported = await claimdesk(['import', ana, path.join(SAMPLE_DIR, US_SAMPLE), '--json']);
  const articleId = imported.json<{ results: { article: { id: string } }[] }>().results[0]!.article.id;
  const annotated = await claimdesk([
    'annotate',
    ana,
    '--article',
    articleId,
    '--quote',
    QUOTE,
    '--new-claim',
    'Prisoners released',
    '--json',
  ]);
  expect(annotated.code).toBe(0);
  const claimId = annotated.json<{ claim: { id: string } }>().claim.id;
  const ben = path.join(dir, 'ben.claimdesk');
  fs.copyFileSync(ana, ben);
  return { dir, ana, ben, claimId, articleId };
}

describe('claimdesk merge, conflicts and sync', () => {
  it('merges two copies both ways, lists the verdict conflict on both, and settles it for both', async () => {
    const t = await twoCopies();
    expect((await claimdesk(['status', t.ana, t.claimId, 'disputed', '--as', 'Ana'])).code).toBe(0);
    expect((await claimdesk(['status', t.ben, t.claimId, 'verified', '--as', 'Ben'])).code).toBe(0);

    const intoAna = await claimdesk(['merge', t.ana, t.ben, '--json']);
    expect(intoAna.code).toBe(0);
    expect(intoAna.json()).toEqual({
      merge: { file: t.ben, changes: 1, values: expect.any(Number), history: 1, pending: 0, conflicts: 1 },
    });
    expect(intoAna.stderr).toContain(`1 conflict(s) need a decision: claimdesk conflicts ${t.ana}`);
    const intoBen = await claimdesk(['merge', t.ben, t.ana]);
    expect(intoBen.code).toBe(0);
    expect(intoBen.stdout).toMatch(/^Merged .*ben|^Merged .*ana/);

    const [onAna, onBen] = await Promise.all([
      claimdesk(['conflicts', t.ana, '--json']),
      claimdesk(['conflicts', t.ben, '--json']),
    ]);
    const conflicts = onAna.json<{ conflicts: Conflict[] }>().conflicts;
    expect(onBen.json<{ conflicts: Conflict[] }>().conflicts).toEqual(conflicts);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ id: `${t.claimId}/verdict`, claimId: t.claimId, field: 'verdict' });
    expect(conflicts[0]!.versions.map((v) => `${v.value} by ${v.setBy}`).sort()).toEqual([
      'disputed by Ana',
      'verified by Ben',
    ]);
    const text = await claimdesk(['conflicts', t.ana]);
    expect(text.stdout).toContain(`${t.claimId}/verdict`);
    expect(text.stdout).toMatch(/"disputed"\s+Ana\s+\d{4}-/);

    const settled = await claimdesk([
      'conflicts',
      t.ben,
      '--resolve',
      t.claimId.slice(0, 8),
      '--value',
      'disputed',
      '--as',
      'Ben',
      '--json',
    ]);
    expect(settled.code).toBe(0);
    expect(settled.json()).toEqual({ conflicts: [], resolved: `${t.claimId}/verdict` });
    expect((await claimdesk(['merge', t.ana, t.ben])).code).toBe(0);
    const after = await claimdesk(['conflicts', t.ana, '--json']);
    expect(after.json()).toEqual({ conflicts: [] });
    expect(after.stderr).toContain('No conflicts.');
    const claims = await claimdesk(['claims', t.ana, '--json']);
    expect(claims.json<{ claims: { verdict: string }[] }>().claims[0]!.verdict).toBe('disputed');
  }, 60_000);

  it('regression: a highlight and verdict added with annotate --claim reach a colleague who merges the file', async () => {
    const t = await twoCopies();
    const quote = 'at least 4 American citizens';
    const annotated = await claimdesk([
      'annotate',
      t.ana,
      '--article',
      t.articleId,
      '--quote',
      quote,
      '--claim',
      t.claimId,
      '--status',
      'disputed',
      '--as',
      'Ana',
    ]);
    expect(annotated.code).toBe(0);

    const merged = await claimdesk(['merge', t.ben, t.ana, '--json']);
    expect(merged.code).toBe(0);
    const claims = await claimdesk(['claims', t.ben, '--json']);
    const [claim] = claims.json<{ claims: { verdict: string; spans: { exact: string }[] }[] }>().claims;
    expect(claim!.verdict).toBe('disputed');
    expect(claim!.spans.map((s) => s.exact).sort()).toEqual([QUOTE, quote].sort());
    const history = await claimdesk(['history', t.ben, t.claimId, '--json']);
    expect(history.stdout).toContain(quote);
  }, 60_000);

  it('regression: two colleagues’ new versions of one article merge both ways, and later rounds still work', async () => {
    const dir = tempDir('claimdesk-cli-versions-');
    const article = (body: string) =>
      `---\ntitle: Prisoners freed\nurl: https://example.org/prisoners\n---\n\n${body}\n`;
    const first = 'Venezuela released at least 4 American citizens. The move marks the first known release.';
    const second = 'Officials said at least 116 prisoners were released on Monday alone, adding to confusion.';
    const write = (name: string, body: string) => {
      fs.writeFileSync(path.join(dir, name), article(body));
      return path.join(dir, name);
    };
    const ana = path.join(dir, 'ana.claimdesk');
    expect((await claimdesk(['new', ana])).code).toBe(0);
    const imported = await claimdesk(['import', ana, write('v1.md', `${first}\n\n${second}`), '--json']);
    const articleId = imported.json<{ results: { article: { id: string } }[] }>().results[0]!.article.id;
    const annotate = ['annotate', ana, '--article', articleId, '--quote', QUOTE, '--new-claim', 'Prisoners'];
    expect((await claimdesk(annotate)).code).toBe(0);
    const ben = path.join(dir, 'ben.claimdesk');
    fs.copyFileSync(ana, ben);
    // Ben's version moves the highlight; Ana's, imported later, only shortens its end.
    const added = 'No figures were given by the ministry, and lawyers asked for the lists. ';
    const benText = `${first.replace('The move', `${added}The move`)}\n\n${second}`;
    const anaText = `${first}\n\n${second.replace('Monday alone,', 'Monday,')}`;
    const benImport = await claimdesk(['import', ben, write('ben.md', benText), '--json']);
    expect(benImport.json<{ results: { status: string }[] }>().results[0]!.status).toBe('new-version');
    expect((await claimdesk(['import', ana, write('ana.md', anaText)])).code).toBe(0);

    expect((await claimdesk(['merge', ana, ben])).code).toBe(0);
    expect((await claimdesk(['merge', ben, ana])).code).toBe(0);
    const spans = async (file: string) =>
      (await claimdesk(['claims', file, '--json'])).json<{ claims: { spans: unknown[] }[] }>().claims[0]!.spans;
    expect(await spans(ben)).toEqual(await spans(ana));
    const claimId = (await claimdesk(['claims', ana, '--json'])).json<{ claims: { id: string }[] }>().claims[0]!.id;
    expect((await claimdesk(['status', ana, claimId, 'disputed'])).code).toBe(0);
    expect((await claimdesk(['merge', ben, ana])).code).toBe(0);
    expect((await claimdesk(['merge', ana, ben])).code).toBe(0);
  }, 60_000);

  it('refuses files that cannot be merged with the documented exit codes, naming them', async () => {
    const t = await twoCopies();
    const notes = path.join(t.dir, 'notes.claimdesk');
    fs.writeFileSync(notes, 'not a project');
    const foreign = await claimdesk(['merge', t.ana, notes, '--json']);
    expect(foreign.code).toBe(4);
    expect(foreign.json<{ error: { type: string; message: string } }>().error.message).toContain(notes);

    const newer = path.join(t.dir, 'newer.claimdesk');
    fs.copyFileSync(t.ben, newer);
    const db = new Database(newer);
    db.prepare("UPDATE project_meta SET value = '3.0.0' WHERE key = 'format.requires_app'").run();
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const refused = await claimdesk(['merge', t.ana, newer]);
    expect(refused.code).toBe(6);
    expect(refused.stderr).toContain(`${newer}: was written by a newer Claimdesk`);
    expect(refused.stderr).toContain('Claimdesk 3.0.0 or later');

    const missing = await claimdesk(['merge', t.ana, path.join(t.dir, 'missing.claimdesk')]);
    expect(missing.code).toBe(3);
    const other = path.join(t.dir, 'other.claimdesk');
    expect((await claimdesk(['new', other])).code).toBe(0);
    expect((await claimdesk(['merge', t.ana, other])).code).toBe(5);
    expect((await claimdesk(['merge', t.ana, other, '--other-project'])).code).toBe(0);
    expect((await claimdesk(['conflicts', t.ana, '--resolve', 'x'])).code).toBe(2);
  }, 60_000);

  it('shares through a folder with one round per call, skipping a half-written file', async () => {
    const t = await twoCopies();
    const folder = path.join(t.dir, 'shared');
    fs.mkdirSync(folder);
    expect(
      (await claimdesk(['status', t.ben, t.claimId, 'verified', '--note', 'court record', '--as', 'Ben'])).code,
    ).toBe(0);
    const first = await claimdesk(['sync', t.ben, folder, '--json']);
    expect(first.code).toBe(0);
    const published = first.json<{ published: string }>().published;
    expect(published).toMatch(/^changes-[0-9a-f]{16}-00000001\.claimdesk-changes$/);
    const half = fs.readFileSync(path.join(folder, published));
    fs.writeFileSync(path.join(folder, 'changes-00000000deadbeef-00000001.claimdesk-changes'), half.subarray(0, 512));
    fs.writeFileSync(path.join(folder, `.${published}.77.tmp`), half.subarray(0, 256));

    const second = await claimdesk(['sync', t.ana, folder, '--json']);
    expect(second.code).toBe(0);
    expect(second.json()).toMatchObject({ folder, read: [published], changes: 1, conflicts: 0 });
    expect(second.json<{ skipped: { file: string }[] }>().skipped.map((s) => path.basename(s.file))).toEqual([
      'changes-00000000deadbeef-00000001.claimdesk-changes',
    ]);
    expect(second.stderr).toContain('skipped');
    const claims = await claimdesk(['claims', t.ana, '--json']);
    expect(claims.json<{ claims: { verdict: string; rationale: string }[] }>().claims[0]).toMatchObject({
      verdict: 'verified',
      rationale: 'court record',
    });
    const text = await claimdesk(['sync', t.ana, folder]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('No new files from colleagues.');
  }, 60_000);
});
