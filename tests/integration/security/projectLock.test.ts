/**
 * One writer per project, across processes: while another process has a project open, the app
 * opens it read-only and says who has it, CLI write verbs refuse with exit code 6 naming the
 * holder, read verbs still work; once the holder dies, its stale lock is recovered.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { acquireProjectLock, lockPathOf, lockState } from '../../../electron/lock/projectLock';
import { createProject } from '../../../electron/project/openProject';
import { makeWorkspace } from '../../unit/shell/workspaceFixture';
import { assertCliBuilt, claimdesk } from '../cli/runClaimdesk';
import { killed, lineMatching, spawnTsx } from './spawnTsx';

beforeAll(assertCliBuilt);
const children: ReturnType<typeof spawnTsx>[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) await killed(c);
});

async function heldByOtherProcess(file: string) {
  const child = spawnTsx('lockHolder.ts', [file, 'Rosa Other']);
  children.push(child);
  const line = await lineMatching(child, /^(locked|read-only) \d+/);
  expect(line).toMatch(/^locked/);
  return child;
}

function newProjectFile() {
  const { dir } = makeWorkspace();
  const file = path.join(dir, 'shared.claimdesk');
  createProject(file, { actor: 'Maker' }).close();
  return file;
}

describe('one writer per project', () => {
  it('opens a project another process holds read-only, telling the window who has it', async () => {
    const file = newProjectFile();
    const holder = await heldByOtherProcess(file);
    const { workspace } = makeWorkspace();
    await workspace.openFile(file);
    const info = (await dispatch(createHandlers(workspace), 'getProject', [])) as {
      data: { readOnly: boolean; readOnlyReason?: string };
    };
    expect(info.data.readOnly).toBe(true);
    expect(info.data.readOnlyReason).toContain('Rosa Other');
    expect(info.data.readOnlyReason).toContain(`process ${holder.pid}`);
    expect(info.data.readOnlyReason).toContain(os.hostname());
    const write = await dispatch(createHandlers(workspace), 'addArticle', [{ text: 'Title\n\nBody text.' }]);
    expect(write).toHaveProperty('error.type', 'read-only');
    workspace.dispose();
    // Closing the read-only view leaves the other process's lock alone.
    expect(lockState(file)).toMatchObject({ state: 'held', holder: { checker: 'Rosa Other' } });
  });

  it('refuses CLI write verbs with exit 6 naming the holder, while read verbs still work', async () => {
    const file = newProjectFile();
    await heldByOtherProcess(file);
    const article = path.join(path.dirname(file), 'a.txt');
    fs.writeFileSync(article, 'A title\n\nSome article text.');
    const write = await claimdesk(['import', file, article]);
    expect(write.code).toBe(6);
    expect(write.stderr).toContain('Rosa Other has it open');
    const read = await claimdesk(['articles', file]);
    expect(read.code).toBe(0);
    const check = await claimdesk(['check', file, '--json']);
    expect(check.json<{ lock: { state: string; holder: { checker: string } } }>().lock).toMatchObject({
      state: 'held',
      holder: { checker: 'Rosa Other' },
    });
  });

  it('recovers the lock of a process that died, and opens the project for writing', async () => {
    const file = newProjectFile();
    const holder = await heldByOtherProcess(file);
    await killed(holder);
    expect(fs.existsSync(lockPathOf(file))).toBe(true);
    expect(lockState(file).state).toBe('stale');
    const { workspace } = makeWorkspace();
    await workspace.openFile(file);
    expect(workspace.project().readOnly).toBe(false);
    expect(lockState(file)).toMatchObject({ state: 'held', holder: { pid: process.pid } });
    workspace.dispose();
    expect(fs.existsSync(lockPathOf(file))).toBe(false);
  });

  it('treats a lock without a heartbeat for too long as stale (a holder on another machine that vanished)', () => {
    const file = newProjectFile();
    const old = new Date(Date.now() - 60 * 60_000);
    const lock = acquireProjectLock(file, { checker: 'Far Away', via: 'app', heartbeatMs: 0, now: () => old });
    expect(lock.acquired).toBe(true);
    // Pretend it was written on another host, so the pid cannot be checked.
    const info = JSON.parse(fs.readFileSync(lockPathOf(file), 'utf8'));
    fs.writeFileSync(lockPathOf(file), JSON.stringify({ ...info, host: 'elsewhere.example' }));
    expect(lockState(file)).toMatchObject({ state: 'stale' });
    const fresh = acquireProjectLock(file, { checker: 'Here', via: 'cli', heartbeatMs: 0 });
    expect(fresh.acquired).toBe(true);
    if (fresh.acquired) fresh.lock.release();
  });

  it('lets exactly one of many simultaneous openers win', () => {
    const file = newProjectFile();
    const results = Array.from({ length: 8 }, (_, i) =>
      acquireProjectLock(file, { checker: `C${i}`, via: 'cli', heartbeatMs: 0 }),
    );
    expect(results.filter((r) => r.acquired)).toHaveLength(1);
    for (const r of results) if (r.acquired) r.lock.release();
  });
});
