/**
 * Sharing through a folder: each copy writes only its own change files, never reads half of one,
 * skips files it cannot read yet (and reads them once they are complete), keeps a newer format's
 * file for after an upgrade, ignores another project's files, and notices new files as they come.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { getClaim, updateClaim } from '../../../electron/claims/claimStore';
import { createProject, openProject } from '../../../electron/project/openProject';
import { writeTransaction } from '../../../electron/project/writeTransaction';
import { createClaimFromSpan } from '../../../electron/spans/spanStore';
import { parseChangeFileName } from '../../../electron/sync/changeFile';
import { listConflicts } from '../../../electron/sync/conflicts';
import { watchSyncFolder } from '../../../electron/sync/folderWatcher';
import { linkSyncFolder, syncRound, syncStatus, unlinkSyncFolder } from '../../../electron/sync/syncFolder';
import { absorbReplica, closeAll, createBase, dumpOf, fastTempDir, replicasOf, type Replica } from './replicas';

const opened: Replica[][] = [];
afterEach(() => {
  while (opened.length) closeAll(opened.pop()!);
});

function desk(...names: string[]) {
  const base = createBase();
  const replicas = replicasOf(base, names);
  opened.push(replicas);
  const folder = fastTempDir('claimdesk-shared-');
  return { base, replicas, folder, claimId: base.claimIds[0]! };
}

const files = (folder: string) =>
  fs
    .readdirSync(folder)
    .filter((n) => parseChangeFileName(n))
    .sort();

describe('a shared folder', () => {
  it('brings colleagues to the same project, skipping a half-written file until it is complete', () => {
    const { replicas, folder, claimId } = desk('Ana', 'Ben', 'Chloé');
    const [ana, ben, chloe] = replicas as [Replica, Replica, Replica];
    updateClaim(ana.project, claimId, { verdict: 'disputed' });
    updateClaim(chloe.project, claimId, { rationale: 'ministry figures' });
    expect(syncRound(ana.project, folder).published).toMatch(/^changes-[0-9a-f]{16}-00000001\.claimdesk-changes$/);
    const chloes = syncRound(chloe.project, folder).published!;

    // Chloé's file as a slow sync client delivers it: first half under its final name, plus a temporary file.
    const complete = fs.readFileSync(path.join(folder, chloes));
    fs.writeFileSync(path.join(folder, chloes), complete.subarray(0, Math.floor(complete.length / 2)));
    fs.writeFileSync(path.join(folder, `.${chloes}.4242.tmp`), complete.subarray(0, 100));

    const first = syncRound(ben.project, folder);
    expect(first.read).toHaveLength(1);
    expect(first.skipped.map((s) => s.file)).toEqual([path.join(folder, chloes)]);
    expect(first.skipped[0]!.reason).toMatch(/damaged|incomplete|cannot be read/);
    expect(getClaim(ben.project, claimId)).toMatchObject({ verdict: 'disputed', rationale: '' });

    fs.writeFileSync(path.join(folder, chloes), complete);
    const second = syncRound(ben.project, folder);
    expect(second).toMatchObject({ read: [chloes], skipped: [] });
    expect(getClaim(ben.project, claimId)).toMatchObject({ verdict: 'disputed', rationale: 'ministry figures' });

    for (const r of [ana, chloe, ben, ana]) syncRound(r.project, folder);
    expect(dumpOf(ana)).toBe(dumpOf(ben));
    expect(dumpOf(chloe)).toBe(dumpOf(ben));
    expect(syncStatus(ben.project)).toMatchObject({ folder, folderAvailable: true, unpublished: 0 });
  });

  it('has each copy write only files named after itself, never one another copy wrote, even on one machine', () => {
    const { base, replicas, folder, claimId } = desk('Ana', 'Ben');
    const [ana, ben] = replicas as [Replica, Replica];
    // A second copy of Ana's file on the same machine, with the same installation id.
    const again = path.join(path.dirname(ana.file), 'Ana-laptop.claimdesk');
    ana.project.close();
    fs.copyFileSync(ana.file, again);
    ana.project = openProject(ana.file, { actor: 'Ana', installationId: 'c0ffee00' });
    const twin = openProject(again, { actor: 'Ana', installationId: 'c0ffee00' });
    try {
      expect(ana.project.sync!.replicaId.slice(0, 8)).toBe('c0ffee00');
      expect(twin.sync!.replicaId).not.toBe(ana.project.sync!.replicaId);
      const writers = new Map<string, string>();
      const round = (p: typeof twin, who: string) => {
        const name = syncRound(p, folder).published;
        if (name) {
          expect(writers.has(name)).toBe(false);
          writers.set(name, who);
          expect(parseChangeFileName(name)!.replicaId).toBe(p.sync!.replicaId);
        }
      };
      updateClaim(ana.project, claimId, { verdict: 'verified' });
      round(ana.project, 'ana');
      updateClaim(twin, claimId, { verdict: 'disputed' });
      round(twin, 'twin');
      createClaimFromSpan(ben.project, { articleId: base.articleId, start: 10, end: 30 });
      round(ben.project, 'ben');
      updateClaim(ana.project, claimId, { rationale: 'second thoughts' });
      round(ana.project, 'ana');
      round(twin, 'twin');
      round(ben.project, 'ben');
      expect(files(folder)).toEqual([...writers.keys()].sort());
      expect(new Set(writers.values())).toEqual(new Set(['ana', 'twin', 'ben']));
      expect(listConflicts(ben.project).map((c) => c.field)).toEqual(['verdict']);
    } finally {
      twin.close();
    }
  });

  it('keeps a change file from a newer Claimdesk unread, saying which version reads it', () => {
    const { replicas, folder } = desk('Ana', 'Ben');
    const [ana, ben] = replicas as [Replica, Replica];
    updateClaim(ana.project, ana.project.db.prepare('SELECT id FROM claims LIMIT 1').pluck().get() as string, {
      verdict: 'verified',
    });
    const name = syncRound(ana.project, folder).published!;
    const db = new Database(path.join(folder, name));
    db.prepare("UPDATE change_file_meta SET value = '2.1.0' WHERE key = 'requires_app'").run();
    db.pragma('user_version = 2');
    db.close();
    for (let round = 0; round < 2; round++) {
      const report = syncRound(ben.project, folder);
      expect(report.read).toEqual([]);
      expect(report.skipped).toHaveLength(1);
      expect(report.skipped[0]!.reason).toMatch(
        new RegExp(`^${path.join(folder, name)}: .*Install Claimdesk 2\\.1\\.0 or later`),
      );
    }
    expect(files(folder)).toContain(name);
  });

  it("ignores another project's change files, and stops when unlinked", () => {
    const { replicas, folder } = desk('Ana');
    const [ana] = replicas as [Replica];
    const stranger = createProject(path.join(path.dirname(ana.file), 'other-desk.claimdesk'), { actor: 'Zoe' });
    try {
      const theirs = syncRound(stranger, folder).published!;
      const report = syncRound(ana.project, folder);
      expect(report.skipped).toEqual([
        { file: path.join(folder, theirs), reason: expect.stringMatching(/different project/) },
      ]);
    } finally {
      stranger.close();
    }
    expect(unlinkSyncFolder(ana.project).folder).toBeNull();
    expect(() => syncRound(ana.project)).toThrow(/not linked to a shared folder/);
    expect(() => linkSyncFolder(ana.project, path.join(folder, 'missing'))).toThrow(/no such folder/);
  });

  it('counts the changes not yet published exactly, through edits, a failed write, merges and a round', () => {
    const { replicas, folder, claimId } = desk('Ana', 'Ben');
    const [ana, ben] = replicas as [Replica, Replica];
    linkSyncFolder(ana.project, folder);
    const exact = () =>
      (
        ana.project.db
          .prepare('SELECT count(*) AS n FROM sync_changes WHERE seq > ?')
          .get((ana.project.db.prepare('SELECT published_seq AS s FROM sync_state').get() as { s: number }).s) as {
          n: number;
        }
      ).n;
    updateClaim(ana.project, claimId, { verdict: 'disputed' });
    updateClaim(ana.project, claimId, { rationale: 'two figures' });
    // A write that fails after logging its change leaves no gap in the log's numbering.
    expect(() =>
      writeTransaction(ana.project, () => {
        updateClaim(ana.project, claimId, { claimant: 'Someone' });
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    updateClaim(ben.project, claimId, { claimant: 'Ministry' });
    absorbReplica(ana, ben);
    expect(syncStatus(ana.project).unpublished).toBe(exact());
    expect(exact()).toBeGreaterThan(2);
    syncRound(ana.project, folder);
    expect(syncStatus(ana.project).unpublished).toBe(0);
    updateClaim(ana.project, claimId, { verdict: 'verified' });
    expect(syncStatus(ana.project).unpublished).toBe(exact());
    expect(exact()).toBe(1);
  });

  it('notices a colleague’s new change file as it appears', async () => {
    const { replicas, folder, claimId } = desk('Ana', 'Ben');
    const [ana] = replicas as [Replica, Replica];
    let calls = 0;
    const stop = watchSyncFolder({ folder, onChange: () => calls++, pollMs: 100, debounceMs: 20 });
    try {
      fs.writeFileSync(path.join(folder, '.changes-0123456789abcdef-00000001.claimdesk-changes.1.tmp'), 'partial');
      await new Promise((r) => setTimeout(r, 300));
      expect(calls).toBe(0);
      updateClaim(ana.project, claimId, { verdict: 'verified' });
      syncRound(ana.project, folder);
      const deadline = Date.now() + 3000;
      while (calls === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      expect(calls).toBeGreaterThan(0);
    } finally {
      stop();
    }
  });
});
