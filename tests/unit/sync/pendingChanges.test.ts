/**
 * Changes this version cannot apply are kept, passed on, and applied later: a field a newer
 * Claimdesk added (applied once an upgrade declares it), a whole table it added, a value this
 * version does not accept (the last accepted one is shown meanwhile), and a highlight that arrives
 * before its claim.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createClaim, getClaim } from '../../../electron/claims/claimStore';
import { writeTransaction } from '../../../electron/project/writeTransaction';
import { linkSpan, listHighlights } from '../../../electron/spans/spanStore';
import { applyPendingChanges } from '../../../electron/sync/pendingChanges';
import { syncRound } from '../../../electron/sync/syncFolder';
import { SYNC_TABLES, type SyncedTable } from '../../../shared/sync/syncSchema';
import { absorbReplica, closeAll, createBase, dumpOf, fastTempDir, replicasOf, type Replica } from './replicas';

const opened: Replica[][] = [];
afterEach(() => {
  while (opened.length) closeAll(opened.pop()!);
});

/** What a newer Claimdesk writes: a change setting a field this version does not know, and a new verdict. */
function newerChange(r: Replica, claimId: string): void {
  writeTransaction(r.project, () => {
    const stamp = r.project.sync!.nextStamp();
    const db = r.project.db;
    db.prepare("INSERT INTO sync_changes (tbl, row_id, hlc, actor) VALUES ('claims', ?, ?, ?)").run(
      claimId,
      stamp,
      r.name,
    );
    db.prepare(
      "INSERT INTO sync_parents (tbl, row_id, hlc, parent) SELECT tbl, row_id, ?, hlc FROM sync_heads WHERE tbl = 'claims' AND row_id = ?",
    ).run(stamp, claimId);
    db.prepare("DELETE FROM sync_heads WHERE tbl = 'claims' AND row_id = ?").run(claimId);
    db.prepare("INSERT INTO sync_heads (tbl, row_id, hlc) VALUES ('claims', ?, ?)").run(claimId, stamp);
    const value = db.prepare("INSERT INTO sync_values (tbl, row_id, col, hlc, value) VALUES ('claims', ?, ?, ?, ?)");
    value.run(claimId, 'priority', stamp, 'urgent');
    value.run(claimId, 'verdict', stamp, 'misleading');
  });
}

describe('changes this version cannot apply yet', () => {
  it('keeps a newer version’s fields and values, passes them on, and applies the fields after an upgrade', () => {
    const base = createBase();
    const replicas = replicasOf(base, ['Ana', 'Ben', 'Chloé']);
    opened.push(replicas);
    const [ana, ben, chloe] = replicas as [Replica, Replica, Replica];
    const claimId = base.claimIds[0]!;
    newerChange(ben, claimId);

    absorbReplica(ana, ben);
    expect(getClaim(ana.project, claimId).verdict).toBe('unverified');
    const kept = ana.project.db
      .prepare(
        "SELECT col, value FROM sync_values WHERE tbl = 'claims' AND row_id = ? AND col IN ('priority', 'verdict') ORDER BY hlc DESC, col LIMIT 2",
      )
      .all(claimId);
    expect(kept).toEqual([
      { col: 'priority', value: 'urgent' },
      { col: 'verdict', value: 'misleading' },
    ]);
    // Passed on: Chloé gets them from Ana, not from Ben.
    absorbReplica(chloe, ana);
    expect(dumpOf(chloe)).toBe(dumpOf(ana));

    // The upgrade: the column exists and the sync schema declares it.
    ana.project.db.exec("ALTER TABLE claims ADD COLUMN priority TEXT NOT NULL DEFAULT ''");
    const upgraded: SyncedTable[] = SYNC_TABLES.map((t) =>
      t.name === 'claims' ? { ...t, columns: [...t.columns, { name: 'priority', fallback: '' }] } : t,
    );
    const outcome = writeTransaction(ana.project, () => applyPendingChanges(ana.project, upgraded));
    // Only the claim with a change to the new field is re-applied; the others take its default.
    expect(outcome.reapplied).toBe(1);
    const row = ana.project.db.prepare('SELECT priority, verdict FROM claims WHERE id = ?').get(claimId);
    expect(row).toEqual({ priority: 'urgent', verdict: 'unverified' });
  });

  it('keeps changes to a whole table this version does not know, passes them on, and applies them after an upgrade', () => {
    const base = createBase();
    const replicas = replicasOf(base, ['Ana', 'Ben', 'Chloé']);
    opened.push(replicas);
    const [ana, ben, chloe] = replicas as [Replica, Replica, Replica];
    // A newer Claimdesk's table of sources, as Ben's copy would carry it.
    writeTransaction(ben.project, () => {
      const stamp = ben.project.sync!.nextStamp();
      const db = ben.project.db;
      for (const [id, name, url] of [
        ['s1', 'Ministry of Penitentiary Services', 'https://example.org/ministry'],
        ['s2', 'Court record', ''],
      ]) {
        db.prepare("INSERT INTO sync_changes (tbl, row_id, hlc, actor) VALUES ('sources', ?, ?, 'Ben')").run(id, stamp);
        const value = db.prepare(
          "INSERT INTO sync_values (tbl, row_id, col, hlc, value) VALUES ('sources', ?, ?, ?, ?)",
        );
        value.run(id, 'name', stamp, name);
        value.run(id, 'url', stamp, url);
      }
    });

    expect(absorbReplica(ana, ben)).toMatchObject({ changes: 2, values: 4 });
    absorbReplica(chloe, ana);
    expect(dumpOf(chloe)).toBe(dumpOf(ana));
    const logged = (r: Replica) =>
      r.project.db.prepare("SELECT count(*) FROM sync_values WHERE tbl = 'sources'").pluck().get();
    expect(logged(chloe)).toBe(4);

    // The upgrade: the table exists and the sync schema declares it.
    chloe.project.db.exec(
      "CREATE TABLE sources (id TEXT PRIMARY KEY, name TEXT NOT NULL, url TEXT NOT NULL DEFAULT '') STRICT",
    );
    const upgraded: SyncedTable[] = [
      ...SYNC_TABLES,
      {
        name: 'sources',
        key: ['id'],
        columns: [
          { name: 'name', fallback: null, required: true },
          { name: 'url', fallback: '' },
        ],
      },
    ];
    const outcome = writeTransaction(chloe.project, () => applyPendingChanges(chloe.project, upgraded));
    expect(outcome).toMatchObject({ reapplied: 2, pending: 0 });
    expect(chloe.project.db.prepare('SELECT id, name, url FROM sources ORDER BY id').all()).toEqual([
      { id: 's1', name: 'Ministry of Penitentiary Services', url: 'https://example.org/ministry' },
      { id: 's2', name: 'Court record', url: '' },
    ]);
  });

  it('holds a highlight that arrives before its claim, and shows it once the claim arrives', () => {
    const base = createBase();
    const replicas = replicasOf(base, ['Ana', 'Ben']);
    opened.push(replicas);
    const [ana, ben] = replicas as [Replica, Replica];
    const folder = fastTempDir('claimdesk-shared-');
    const claim = createClaim(ben.project, { text: 'a new claim', claimant: '', verdict: 'disputed', rationale: '' });
    const claimFile = syncRound(ben.project, folder).published!;
    linkSpan(ben.project, claim.id, { articleId: base.articleId, start: 0, end: 10 });
    syncRound(ben.project, folder);

    // The claim's file is still on its way when Ana syncs.
    const parked = path.join(fastTempDir('claimdesk-parked-'), claimFile);
    fs.renameSync(path.join(folder, claimFile), parked);
    const early = syncRound(ana.project, folder);
    // The highlight, and the claim as far as Ana knows it (only "a highlight was added").
    expect(early.pending).toBe(2);
    expect(listHighlights(ana.project, base.articleId).some((h) => h.claimId === claim.id)).toBe(false);

    fs.renameSync(parked, path.join(folder, claimFile));
    const late = syncRound(ana.project, folder);
    expect(late.pending).toBe(0);
    expect(getClaim(ana.project, claim.id).verdict).toBe('disputed');
    expect(listHighlights(ana.project, base.articleId).filter((h) => h.claimId === claim.id)).toHaveLength(1);
    syncRound(ben.project, folder);
    expect(dumpOf(ana)).toBe(dumpOf(ben));
  });
});
