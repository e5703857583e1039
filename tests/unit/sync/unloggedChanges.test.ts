/**
 * Regression: a colleague's file whose last changes were marked but never logged (`sync_dirty`
 * not empty: written by an older build outside a write transaction, or a process that stopped
 * before its next capture) brought its history entries into a merge but not the changes they
 * describe. The merge now records those changes from a private snapshot, the same way every time.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { getClaim } from '../../../electron/claims/claimStore';
import { claimHistory, recordHistory } from '../../../electron/history/historyStore';
import { mergeProjectFile } from '../../../electron/sync/mergeProjectFile';
import { closeAll, createBase, dumpOf, replicasOf, type Replica } from './replicas';

const opened: Replica[][] = [];
afterEach(() => {
  while (opened.length) closeAll(opened.pop()!);
});

describe('merging a file with changes it never logged', () => {
  it('regression: brings in an unlogged verdict with its history, identically on every merge and copy', () => {
    const base = createBase();
    const replicas = replicasOf(base, ['Ana', 'Ben', 'Cy']);
    opened.push(replicas);
    const [ana, ben, cy] = replicas as [Replica, Replica, Replica];
    const claimId = base.claimIds[0]!;
    // Ana's copy changed the way an older build did: a plain transaction, no capture at commit.
    ana.project.close();
    const db = new Database(ana.file);
    db.transaction(() => {
      db.prepare("UPDATE claims SET verdict = 'disputed', updated_by = 'Ana' WHERE id = ?").run(claimId);
      recordHistory(
        { ...ana.project, db, sync: undefined },
        {
          claimId,
          entity: 'claim',
          entityId: claimId,
          action: 'update',
          field: 'verdict',
          oldValue: 'unverified',
          newValue: 'disputed',
        },
      );
    })();
    expect(db.prepare('SELECT count(*) FROM sync_dirty').pluck().get()).toBeGreaterThan(0);
    db.close();

    expect(mergeProjectFile(ben.project, ana.file)).toMatchObject({ changes: 1, history: 1 });
    expect(getClaim(ben.project, claimId).verdict).toBe('disputed');
    expect(claimHistory(ben.project, claimId).some((h) => h.newValue === 'disputed')).toBe(true);
    // Twice is once, and a third colleague merging the same file records the very same change.
    expect(mergeProjectFile(ben.project, ana.file)).toMatchObject({ changes: 0, history: 0 });
    mergeProjectFile(cy.project, ana.file);
    mergeProjectFile(cy.project, ben.file);
    mergeProjectFile(ben.project, cy.file);
    expect(dumpOf(cy)).toBe(dumpOf(ben));
  });
});

describe('merging an older-format file with changes it never logged', () => {
  it('regression: records the same change on every copy that merges it (the upgrade adds no session stamp)', () => {
    const base = createBase();
    const replicas = replicasOf(base, ['Ana', 'Ben', 'Cy']);
    opened.push(replicas);
    const [ana, ben, cy] = replicas as [Replica, Replica, Replica];
    const claimId = base.claimIds[0]!;
    // Ana's copy as a format-5 build left it: without what migration 006 adds, and a verdict
    // changed in a plain transaction, marked but never logged.
    ana.project.close();
    const db = new Database(ana.file);
    db.exec('DROP INDEX articles_list_order; DROP INDEX claims_list_order;');
    db.pragma('user_version = 5');
    db.prepare("UPDATE claims SET verdict = 'disputed', updated_by = 'Ana' WHERE id = ?").run(claimId);
    expect(db.prepare('SELECT count(*) FROM sync_dirty').pluck().get()).toBeGreaterThan(0);
    db.close();

    expect(mergeProjectFile(ben.project, ana.file)).toMatchObject({ changes: 1 });
    expect(mergeProjectFile(cy.project, ana.file)).toMatchObject({ changes: 1 });
    expect(getClaim(cy.project, claimId).verdict).toBe('disputed');
    expect(dumpOf(cy)).toBe(dumpOf(ben));
    // And merging it again records nothing new.
    expect(mergeProjectFile(ben.project, ana.file)).toMatchObject({ changes: 0 });
  });
});
