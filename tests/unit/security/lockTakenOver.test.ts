/**
 * One writer, even after a lapse: when another opener breaks this window's lock as stale (the
 * laptop slept past the heartbeat, a colleague opened the file meanwhile), this window stops
 * writing at once, turns read-only, says who has the project now, stops its backups, and leaves
 * the new holder's lock alone when it closes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { listArticles } from '../../../electron/articles/articleStore';
import { importTextArticle } from '../../../electron/import/importText';
import {
  acquireProjectLock,
  lockPathOf,
  lockState,
  lockStillHas,
  STALE_AFTER_MS,
} from '../../../electron/lock/projectLock';
import { openProject } from '../../../electron/project/openProject';
import type { Project } from '../../../electron/project/project';
import { AppWorkspace } from '../../../electron/shell/appWorkspace';
import { makeWorkspace } from '../shell/workspaceFixture';
import { tempDir } from '../shell/tempDir';

async function openWriter(lockCheckMs = 60_000) {
  const dir = tempDir();
  const base = makeWorkspace(dir);
  const lost: string[] = [];
  const changes: (string | null)[] = [];
  const workspace = new AppWorkspace({
    settings: base.settings,
    dialogs: base.dialogs,
    samplePath: path.join(dir, 'sample.claimdesk'),
    backups: { root: path.join(dir, 'userData', 'backups'), intervalMs: 60_000 },
    onChange: (p: Project | null) => changes.push(p?.path ?? null),
    onLockLost: (_p, message) => lost.push(message),
    lockCheckMs,
  });
  base.dialogs.answers.push(path.join(dir, 'desk'));
  await workspace.fileCommand('new');
  importTextArticle(workspace.project(), { text: 'Mine\n\nWritten while I held the lock.' });
  return { workspace, file: workspace.project().path, lost, changes };
}

/** A colleague opens the file after this process's heartbeat went quiet for longer than the stale limit. */
function colleagueTakesOver(file: string) {
  const later = new Date(Date.now() + STALE_AFTER_MS + 60_000);
  const got = acquireProjectLock(file, { checker: 'Rosa Other', via: 'app', heartbeatMs: 0, now: () => later });
  expect(got.acquired).toBe(true);
  return got.acquired ? got.lock : null;
}

const articleTitles = (file: string) => {
  const p = openProject(file, { actor: 'x', readOnly: true });
  try {
    return listArticles(p).map((a) => a.title);
  } finally {
    p.close();
  }
};

async function until(probe: () => boolean, what: string) {
  for (let i = 0; i < 300 && !probe(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!probe()) throw new Error(`timed out waiting for ${what}`);
}

describe('a lock taken over while the project is open', () => {
  it('refuses the next write, turns the window read-only and names who has the project now', async () => {
    const { workspace, file, lost, changes } = await openWriter();
    const theirs = colleagueTakesOver(file);
    const handlers = createHandlers(workspace);
    const write = await dispatch(handlers, 'addArticle', [{ text: 'Late\n\nWritten after losing the lock.' }]);
    expect(write).toHaveProperty('error.type', 'read-only');
    expect(articleTitles(file)).toEqual(['Mine']);
    const info = (await dispatch(handlers, 'getProject', [])) as {
      data: { readOnly: boolean; readOnlyReason?: string };
    };
    expect(info.data.readOnly).toBe(true);
    expect(info.data.readOnlyReason).toMatch(/^Rosa Other has it open in Claimdesk/);
    // The window is told at once, with the same message, and refreshed.
    await until(() => lost.length > 0, 'the lock-lost message');
    expect(lost).toEqual([info.data.readOnlyReason]);
    expect(changes.at(-1)).toBe(file);
    // No more backups from a process that is no longer the writer.
    expect(await workspace.backupNow(true)).toBeNull();
    workspace.dispose();
    expect(lockState(file)).toMatchObject({ state: 'held', holder: { checker: 'Rosa Other' } });
    theirs?.release();
  });

  it('notices the takeover on its own, with no write, and tells the window once', async () => {
    const { workspace, file, lost } = await openWriter(20);
    const theirs = colleagueTakesOver(file);
    await until(() => lost.length > 0, 'the periodic lock check');
    expect(lost[0]).toContain('Rosa Other');
    expect(workspace.project().readOnly).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(lost).toHaveLength(1);
    expect(() => importTextArticle(workspace.project(), { text: 'Late\n\nNo.' })).toThrow(/read-only/);
    workspace.dispose();
    expect(fs.existsSync(`${file}.lock`)).toBe(true);
    theirs?.release();
  });

  it('keeps writing while its own lock is in place (heartbeats and all)', async () => {
    const { workspace, file, lost } = await openWriter(20);
    await new Promise((r) => setTimeout(r, 100));
    importTextArticle(workspace.project(), { text: 'Second\n\nStill mine.' });
    expect(lost).toEqual([]);
    expect(workspace.project().readOnly).toBe(false);
    workspace.dispose();
    expect(articleTitles(file).sort()).toEqual(['Mine', 'Second']);
    expect(lockState(file)).toEqual({ state: 'free' });
  });
});

describe('the lock check another thread makes before committing (lockStillHas)', () => {
  const setUp = () => {
    const file = path.join(tempDir(), 'desk.claimdesk');
    fs.writeFileSync(file, '');
    const got = acquireProjectLock(file, { checker: 'Ana', via: 'app', heartbeatMs: 0 });
    if (!got.acquired) throw new Error('a new file should be free');
    return { file, lock: got.lock };
  };

  it('says yes while the lock is ours, through a heartbeat that rewrites the file', () => {
    const { file, lock } = setUp();
    expect(lockStillHas(file, lock.info.token, 1)).toBe(true);
    fs.writeFileSync(lockPathOf(file), JSON.stringify({ ...lock.info, heartbeat: new Date().toISOString() }));
    expect(lockStillHas(file, lock.info.token, 1)).toBe(true);
    lock.release();
  });

  it('says no once another holder’s lock is there, or none is on a second look', () => {
    const { file, lock } = setUp();
    fs.writeFileSync(lockPathOf(file), JSON.stringify({ ...lock.info, token: 'someone else', pid: 1 }));
    expect(lockStillHas(file, lock.info.token, 1)).toBe(false);
    fs.rmSync(lockPathOf(file));
    expect(lockStillHas(file, lock.info.token, 1)).toBe(false);
  });

  it('does not take a lock file it cannot read for now as someone else’s', () => {
    const { file, lock } = setUp();
    fs.rmSync(lockPathOf(file));
    fs.mkdirSync(lockPathOf(file)); // reading it fails (EISDIR), as a locked file on Windows can
    expect(lockStillHas(file, lock.info.token, 1)).toBe(true);
  });
});
