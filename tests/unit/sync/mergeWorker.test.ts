/**
 * File → Merge from File runs in a worker thread (electron/api/mergeWorker.ts) on its own
 * connection: the same result as merging in this thread, the main thread free meanwhile (reading
 * the project as usual, refusing changes with a message that says why), a Cancel that stops the
 * merge inside its transaction and leaves the project exactly as it was, a project closed meanwhile
 * left alone, the automatic backup seeing the merge, and a fallback to this thread when the worker
 * cannot start. Real project files, large enough that the merge takes most of a second.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../../../shared/ipc/result';
import { listClaimsPage, updateClaim } from '../../../electron/claims/claimStore';
import { LongTasks, type ProgressEvent } from '../../../electron/api/longTasks';
import { mergeInWorker, mergeOffThread, projectLetGo, useMergeWorker } from '../../../electron/api/mergeOffThread';
import { bindLock } from '../../../electron/lock/lockedProject';
import { acquireProjectLock, lockPathOf } from '../../../electron/lock/projectLock';
import { createProject, openProject } from '../../../electron/project/openProject';
import type { Project } from '../../../electron/project/project';
import { createDivergedCopies, type DivergedCopies } from '../../../electron/sync/benchFixtures';
import { mergeProjectFile } from '../../../electron/sync/mergeProjectFile';
import { canonicalProjectDump } from '../../../electron/sync/projectDump';
import { buildWorker } from '../../helpers/buildWorker';
import { makeWorkspace } from '../shell/workspaceFixture';
import { fastTempDir } from './replicas';

let ENTRY: string;
let copies: DivergedCopies;
let dir: string;

beforeAll(async () => {
  const built = await buildWorker('electron/api/mergeWorker.ts', 'mergeWorker');
  ENTRY = built.entry;
  dir = fastTempDir('claimdesk-merge-worker-');
  // Two copies of one project, 12,000 changes apart each way: a merge of most of a second here.
  copies = createDivergedCopies(dir, 12_000);
  return built.remove;
}, 180_000);

const opened: Project[] = [];
afterEach(() => {
  for (const p of opened.splice(0)) p.close();
  useMergeWorker(null);
});

let copyNo = 0;
/** A fresh copy of copy A, open for writing as the checker Ana. */
function anasCopy(): Project {
  const file = path.join(dir, `ana-${++copyNo}.claimdesk`);
  fs.copyFileSync(copies.a, file);
  const project = openProject(file, { actor: 'Ana' });
  opened.push(project);
  return project;
}

/** Runs the merge as the app's IPC method does: a long task whose progress events are collected. */
function mergeTask(
  project: Project,
  other: string,
  onProgress: (e: ProgressEvent, tasks: LongTasks) => void = () => {},
) {
  const events: ProgressEvent[] = [];
  const tasks: LongTasks = new LongTasks((e) => {
    events.push(e);
    onProgress(e, tasks);
  });
  const result = tasks.run('merge', (control) => mergeInWorker(ENTRY, project, other, control));
  return { result, events };
}

const dump = (p: Project) => canonicalProjectDump(p.db);

describe('merging a colleague’s copy in a worker thread', () => {
  it('gives the same project and report as merging in this thread, with every step reported', async () => {
    const inWorker = anasCopy();
    const inThread = anasCopy();
    const { result, events } = mergeTask(inWorker, copies.b);
    const report = await result;
    const expected = mergeProjectFile(inThread, copies.b);

    expect(report).toEqual(expected);
    expect(report!.changes).toBeGreaterThan(11_000);
    expect(dump(inWorker)).toBe(dump(inThread));
    expect(events.map((e) => e.step)).toEqual([
      'Checking the colleague’s copy',
      'Reading the changes',
      'Copying the changed values',
      'Adding history',
      'Finding conflicts',
      'Applying the changes',
      'Finishing',
    ]);
    // The main connection sees the merge, and later changes here sort after the merged ones.
    const claim = listClaimsPage(inWorker, 0, 1).items[0]!;
    updateClaim(inWorker, claim.id, { rationale: 'Checked after the merge.' });
    const { newest, mine } = inWorker.db
      .prepare(
        `SELECT (SELECT max(hlc) FROM sync_changes WHERE actor <> 'Ana') AS newest,
                (SELECT max(hlc) FROM sync_changes WHERE actor = 'Ana') AS mine`,
      )
      .get() as { newest: string; mine: string };
    expect(mine > newest).toBe(true);
  }, 60_000);

  it('keeps the main thread answering while it merges: reads work, changes are refused with the reason', async () => {
    const project = anasCopy();
    const claimId = listClaimsPage(project, 0, 1).items[0]!.id;
    const ticks: number[] = [];
    let reads = 0;
    let refusal: unknown;
    const timer = setInterval(() => {
      ticks.push(performance.now());
      if (listClaimsPage(project, 0, 20).items.length === 20) reads++;
      if (!refusal && project.busyWith) {
        try {
          updateClaim(project, claimId, { verdict: 'verified' });
        } catch (err) {
          refusal = err;
        }
      }
    }, 5);
    const started = performance.now();
    const { result } = mergeTask(project, copies.b);
    await result;
    const took = performance.now() - started;
    clearInterval(timer);

    const gaps = ticks.slice(1).map((t, i) => t - ticks[i]!);
    // Merging in this thread would stop the timer for the whole merge; here it kept firing.
    expect(took).toBeGreaterThan(300);
    expect(ticks.length).toBeGreaterThan(took / 5 / 4);
    expect(Math.max(...gaps)).toBeLessThan(took / 2);
    expect(reads).toBeGreaterThan(10);
    expect(refusal).toBeInstanceOf(ClaimdeskError);
    expect(refusal).toMatchObject({
      type: 'unavailable',
      message: `${project.path}: the merge of b.claimdesk is running, so nothing was changed. Try again once it is done, or cancel it.`,
    });
    // Once it is done, changes are saved again.
    expect(project.busyWith).toBeUndefined();
    expect(updateClaim(project, claimId, { verdict: 'verified' }).verdict).toBe('verified');
  }, 60_000);

  it('stops at Cancel inside the merge transaction and leaves the project exactly as it was', async () => {
    const project = anasCopy();
    const before = dump(project);
    // Cancel as soon as the transaction has copied the changes: the rest must roll back.
    const { result, events } = mergeTask(project, copies.b, (e, tasks) => {
      if (e.step === 'Copying the changed values') tasks.cancel('merge');
    });
    expect(await result).toBeNull();
    expect(events.at(-1)!.step).not.toBe('Finishing');
    expect(dump(project)).toBe(before);
    expect(project.busyWith).toBeUndefined();
    // Nothing half-done stays behind: the same merge afterwards brings everything.
    const again = await mergeTask(project, copies.b).result;
    expect(again!.changes).toBeGreaterThan(11_000);
  }, 60_000);

  it('stops the merge when the project is closed meanwhile, leaving the file as it was', async () => {
    const project = anasCopy();
    const before = dump(project);
    const { result } = mergeTask(project, copies.b, (e) => {
      if (e.step === 'Copying the changed values') project.close();
    });
    opened.splice(opened.indexOf(project), 1);
    expect(await result).toBeNull();
    const reopened = openProject(project.path, { actor: 'Ana' });
    opened.push(reopened);
    expect(dump(reopened)).toBe(before);
  }, 60_000);

  it('stops before committing when the project’s lock is taken over meanwhile, saying so', async () => {
    const project = anasCopy();
    const got = acquireProjectLock(project.path, { checker: 'Ana', via: 'app', heartbeatMs: 0 });
    if (!got.acquired) throw new Error('the copy should be free');
    bindLock(project, got.lock);
    const before = dump(project);
    // Another Claimdesk breaks the lock as stale (this computer slept) during the last steps.
    const { result } = mergeTask(project, copies.b, (e) => {
      if (e.step === 'Finding conflicts') {
        fs.writeFileSync(lockPathOf(project.path), JSON.stringify({ ...got.lock.info, token: 'someone else', pid: 1 }));
      }
    });
    const refused = await result.catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ClaimdeskError);
    expect(refused).toMatchObject({
      type: 'read-only',
      message: `${project.path}: another Claimdesk took this project over while the merge ran, so nothing was merged.`,
    });
    expect(dump(project)).toBe(before);
    // The window turns read-only at once, saying who has the project now.
    expect(project.readOnly).toBe(true);
  }, 60_000);

  it('refuses a project closed meanwhile (its lock is gone), writing nothing', async () => {
    const project = anasCopy();
    opened.splice(opened.indexOf(project), 1);
    const before = dump(project);
    project.close();
    const refused = await mergeTask(project, copies.b).result.catch((e: unknown) => e);
    expect(refused).toMatchObject({
      type: 'unavailable',
      message: `${project.path}: was closed; nothing was changed.`,
    });
    const reopened = openProject(project.path, { actor: 'Ana' });
    opened.push(reopened);
    expect(dump(reopened)).toBe(before);
  });

  it('lets a project closed mid-merge be reopened for writing at once (its lock freed first)', async () => {
    const w = makeWorkspace(fastTempDir('claimdesk-merge-reopen-'), { projectLetGo });
    try {
      const file = path.join(w.dir, 'desk.claimdesk');
      fs.copyFileSync(copies.a, file);
      await w.workspace.openFile(file);
      const before = dump(w.workspace.project());
      let reopened: Promise<void> | undefined;
      const { result } = mergeTask(w.workspace.project(), copies.b, (e) => {
        if (e.step === 'Copying the changed values' && !reopened) {
          // File → Close, then the same project again from the recent list, straight away.
          reopened = w.workspace.fileCommand('close').then(() => w.workspace.openRecent(file));
        }
      });
      expect(await result).toBeNull();
      await reopened;
      expect(w.workspace.project()).toMatchObject({ path: file, readOnly: false });
      expect(w.workspace.project().readOnlyReason).toBeUndefined();
      expect(dump(w.workspace.project())).toBe(before);
    } finally {
      w.workspace.dispose();
    }
  }, 60_000);

  it('counts as a change for the automatic backup, though made on another connection', async () => {
    const w = makeWorkspace(fastTempDir('claimdesk-merge-backup-'), { backups: true });
    try {
      const file = path.join(w.dir, 'desk.claimdesk');
      fs.copyFileSync(copies.a, file);
      await w.workspace.openFile(file);
      await w.workspace.backupNow(true);
      expect(await w.workspace.backupNow()).toBeNull(); // nothing changed since
      await mergeTask(w.workspace.project(), copies.b).result;
      const after = await w.workspace.backupNow();
      expect(after).not.toBeNull();
      const kept = openProject(after!.file, { actor: 'x', readOnly: true });
      try {
        expect(dump(kept)).toBe(dump(w.workspace.project()));
      } finally {
        kept.close();
      }
    } finally {
      w.workspace.dispose();
    }
  }, 60_000);

  it('refuses a different project and a missing file, naming the file, with nothing changed', async () => {
    const project = anasCopy();
    const before = dump(project);
    const stranger = path.join(dir, 'stranger.claimdesk');
    if (!fs.existsSync(stranger)) createProject(stranger, { actor: 'Someone' }).close();

    const different = await mergeTask(project, stranger).result.catch((e: unknown) => e);
    expect(different).toBeInstanceOf(ClaimdeskError);
    expect(different).toMatchObject({
      type: 'conflict',
      message: expect.stringContaining(`${stranger}: is a different project`),
    });
    const missing = await mergeTask(project, path.join(dir, 'gone.claimdesk')).result.catch((e: unknown) => e);
    expect(missing).toMatchObject({
      type: 'not-found',
      message: `${path.join(dir, 'gone.claimdesk')}: no such project file.`,
    });
    expect(dump(project)).toBe(before);
    expect(project.busyWith).toBeUndefined();
  }, 60_000);

  it('merges in this thread when the worker cannot start, or cannot load SQLite', async () => {
    const broken = path.join(dir, 'broken-worker.cjs');
    fs.writeFileSync(broken, "throw new Error('cannot load');\n");
    const viaBroken = anasCopy();
    const report = await new LongTasks().run('merge', (control) => mergeInWorker(broken, viaBroken, copies.b, control));
    expect(report!.changes).toBeGreaterThan(11_000);

    // A worker whose copy of SQLite's addon will not load (the worker takes the environment as it
    // is when it starts; this thread gets the usual one back at once).
    const noSqlite = anasCopy();
    const binding = process.env.CLAIMDESK_SQLITE_BINDING;
    process.env.CLAIMDESK_SQLITE_BINDING = path.join(dir, 'missing', 'better_sqlite3.node');
    const merging = new LongTasks().run('merge', (control) => mergeInWorker(ENTRY, noSqlite, copies.b, control));
    if (binding === undefined) delete process.env.CLAIMDESK_SQLITE_BINDING;
    else process.env.CLAIMDESK_SQLITE_BINDING = binding;
    expect((await merging)!.changes).toBeGreaterThan(11_000);
    expect(dump(noSqlite)).toBe(dump(viaBroken));

    // And the app's entry point merges here when no worker was set up, or the file is missing.
    const expected = dump(viaBroken);
    for (const entry of [null, path.join(dir, 'no-such-worker.cjs')]) {
      useMergeWorker(entry);
      const project = anasCopy();
      await new LongTasks().run('merge', (control) => mergeOffThread(project, copies.b, control));
      expect(dump(project)).toBe(expected);
    }
  }, 60_000);
});
