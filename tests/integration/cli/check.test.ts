/** `claimdesk check FILE`: a health report and an exit code scripts can branch on. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../../electron/project/openProject';
import { tempDir } from '../../helpers/tempProject';
import { assertCliBuilt, claimdesk } from './runClaimdesk';

beforeAll(assertCliBuilt);

function project(dir: string, name = 'desk.claimdesk') {
  const file = path.join(dir, name);
  createProject(file, { actor: 'Maker' }).close();
  return file;
}

describe('claimdesk check', () => {
  it('reports a sound project with exit 0, as text and as JSON', async () => {
    const file = project(tempDir());
    const text = await claimdesk(['check', file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('OK: a sound Claimdesk project');
    const json = (await claimdesk(['check', file, '--json'])).json<{
      verdict: string;
      integrity: string[];
      lock: { state: string };
    }>();
    expect(json).toMatchObject({ verdict: 'ok', integrity: ['ok'], lock: { state: 'free' } });
  });

  it('exits 4 for a foreign or altered file, naming the planted trigger, and 3 for a missing one', async () => {
    const dir = tempDir();
    const notes = path.join(dir, 'notes.claimdesk');
    fs.writeFileSync(notes, 'hello');
    expect((await claimdesk(['check', notes])).code).toBe(4);
    const altered = project(dir, 'altered.claimdesk');
    const db = new Database(altered);
    db.exec("CREATE TRIGGER planted AFTER INSERT ON claims BEGIN UPDATE claims SET verdict = 'verified'; END;");
    db.close();
    const run = await claimdesk(['check', altered, '--json']);
    expect(run.code).toBe(4);
    expect(run.json<{ verdict: string; unexpectedObjects: unknown[] }>()).toMatchObject({
      verdict: 'altered',
      unexpectedObjects: [{ type: 'trigger', name: 'planted' }],
    });
    expect((await claimdesk(['check', path.join(dir, 'gone.claimdesk')])).code).toBe(3);
  });

  it('exits 6 for a project of a newer format', async () => {
    const file = project(tempDir());
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const run = await claimdesk(['check', file]);
    expect(run.code).toBe(6);
    expect(run.stdout).toContain('NEWER FORMAT');
  });
});
