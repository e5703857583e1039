/**
 * Every change is recorded in the sync log, with who made it and a clock stamp: claims, highlights,
 * evidence, article metadata and project metadata; deletions as tombstones; writes made outside a
 * write transaction at the next one. And every opened copy writes under its own replica id.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { updateArticleMeta } from '../../../electron/articles/articleStore';
import { deleteClaim, restoreClaim, updateClaim } from '../../../electron/claims/claimStore';
import { addEvidence, deleteEvidence } from '../../../electron/evidence/evidenceStore';
import { claimHistory } from '../../../electron/history/historyStore';
import { openProject } from '../../../electron/project/openProject';
import { createClaimFromSpan, deleteSpan } from '../../../electron/spans/spanStore';
import { hlcReplica, isHlc } from '../../../shared/sync/hlc';
import { SYNC_TABLES } from '../../../shared/sync/syncSchema';
import { closeAll, createBase, replicasOf, type Replica } from './replicas';

const opened: Replica[][] = [];
afterEach(() => {
  while (opened.length) closeAll(opened.pop()!);
});

function one(name = 'Ana') {
  const base = createBase();
  const replicas = replicasOf(base, [name]);
  opened.push(replicas);
  return { base, ana: replicas[0]! };
}

interface LoggedValue {
  tbl: string;
  row_id: string;
  col: string;
  hlc: string;
  value: unknown;
  actor: string;
}

/** The log entries written after `since` (a stamp), with who made them. */
function loggedSince(r: Replica, since: string): LoggedValue[] {
  return r.project.db
    .prepare(
      `SELECT v.tbl, v.row_id, v.col, v.hlc, v.value, c.actor FROM sync_values v
       JOIN sync_changes c ON c.tbl = v.tbl AND c.row_id = v.row_id AND c.hlc = v.hlc
       WHERE v.hlc > ? ORDER BY v.hlc, v.tbl, v.col`,
    )
    .all(since) as LoggedValue[];
}

const clockOf = (r: Replica) => r.project.db.prepare('SELECT clock FROM sync_state').pluck().get() as string;

describe('the sync log', () => {
  it('records each change to claims, highlights and evidence under one stamp per transaction, naming the checker', () => {
    const { base, ana } = one();
    const start = clockOf(ana);
    const { claim, span } = createClaimFromSpan(ana.project, { articleId: base.articleId, start: 5, end: 25 });
    const created = loggedSince(ana, start);
    expect(new Set(created.map((v) => v.hlc)).size).toBe(1);
    expect(
      created.every((v) => v.actor === 'Ana' && isHlc(v.hlc) && hlcReplica(v.hlc) === ana.project.sync!.replicaId),
    ).toBe(true);
    expect(
      created
        .filter((v) => v.tbl === 'claims')
        .map((v) => v.col)
        .sort(),
    ).toEqual(
      SYNC_TABLES.find((t) => t.name === 'claims')!
        .columns.map((c) => c.name)
        .sort(),
    );
    expect(created.some((v) => v.tbl === 'spans' && v.row_id === span.id && v.col === 'exact')).toBe(true);

    const beforeUpdate = clockOf(ana);
    updateClaim(ana.project, claim.id, { verdict: 'disputed' });
    // Only what changed (updated_by is still Ana).
    expect(loggedSince(ana, beforeUpdate).map((v) => [v.tbl, v.col, v.value])).toEqual([
      ['claims', 'updated_at', expect.any(String)],
      ['claims', 'verdict', 'disputed'],
    ]);

    const beforeEvidence = clockOf(ana);
    const evidence = addEvidence(ana.project, claim.id, { url: 'https://example.org/record' });
    deleteEvidence(ana.project, evidence.id);
    deleteSpan(ana.project, span.id);
    expect(
      loggedSince(ana, beforeEvidence)
        .filter((v) => v.col === 'deleted_at')
        .map((v) => [v.tbl, v.row_id, typeof v.value]),
    ).toEqual([
      ['evidence', evidence.id, 'object'],
      ['evidence', evidence.id, 'string'],
      ['spans', span.id, 'string'],
    ]);
    // Changing a claim's highlights or evidence is also a change of the claim (for deletion conflicts).
    const claimChanges = ana.project.db
      .prepare("SELECT count(*) FROM sync_changes WHERE tbl = 'claims' AND row_id = ? AND hlc > ?")
      .pluck()
      .get(claim.id, beforeEvidence);
    expect(claimChanges).toBe(3);
  });

  it('records deletions and restores as tombstone values, and article and project metadata', () => {
    const { base, ana } = one();
    const claimId = base.claimIds[0]!;
    const start = clockOf(ana);
    deleteClaim(ana.project, claimId);
    restoreClaim(ana.project, claimId);
    updateArticleMeta(ana.project, base.articleId, { outlet: 'Clash Report (corrected)' });
    const log = loggedSince(ana, start);
    expect(log.filter((v) => v.col === 'deleted_at').map((v) => v.value === null)).toEqual([false, true]);
    expect(log.find((v) => v.tbl === 'articles' && v.col === 'outlet')?.value).toBe('Clash Report (corrected)');

    // A write outside any write transaction (as the app's Save As renames the title) is recorded by the next one.
    ana.project.db.prepare("UPDATE project_meta SET value = 'Desk copy' WHERE key = 'title'").run();
    updateClaim(ana.project, claimId, { claimant: 'Ministry' });
    const later = loggedSince(ana, start);
    expect(later.find((v) => v.tbl === 'project_meta' && v.row_id === 'title')?.value).toBe('Desk copy');
    expect(ana.project.db.prepare('SELECT count(*) FROM sync_dirty').pluck().get()).toBe(0);
    expect(claimHistory(ana.project, claimId).every((h) => typeof h.id === 'number')).toBe(true);
  });

  it('gives every opened copy its own replica id, with the installation in its first half', () => {
    const { ana } = one();
    const again = openProject(ana.file, { actor: 'Ana', installationId: 'Ana’s laptop' });
    const twice = openProject(ana.file, { actor: 'Ana', installationId: 'Ana’s laptop' });
    try {
      const ids = [ana.project.sync!.replicaId, again.sync!.replicaId, twice.sync!.replicaId];
      expect(new Set(ids).size).toBe(3);
      expect(again.sync!.replicaId.slice(0, 8)).toBe(twice.sync!.replicaId.slice(0, 8));
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
    } finally {
      again.close();
      twice.close();
    }
  });

  it('keeps stamps increasing even when a colleague’s clock ran ahead', () => {
    const { base, ana } = one();
    const future = '2999-01-01T00:00:00.000Z-0000-00000000aaaaaaaa';
    ana.project.db.prepare('UPDATE sync_state SET clock = ?').run(future);
    updateClaim(ana.project, base.claimIds[0]!, { verdict: 'verified' });
    updateClaim(ana.project, base.claimIds[0]!, { verdict: 'disputed' });
    const stamps = loggedSince(ana, future).map((v) => v.hlc);
    expect(stamps[0]!.startsWith('2999-01-01T00:00:00.000Z-0001-')).toBe(true);
    expect(stamps.at(-1)!.startsWith('2999-01-01T00:00:00.000Z-0002-')).toBe(true);
  });
});

describe('the sync schema declaration', () => {
  it('declares every column of every shared table, so no change goes unrecorded', () => {
    const { ana } = one();
    for (const t of SYNC_TABLES) {
      const columns = (
        ana.project.db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t.name) as string[]
      ).sort();
      const declared = [...new Set([...t.key, ...t.columns.map((c) => c.name)])].sort();
      expect(declared, `${t.name}: add new columns to shared/sync/syncSchema.ts`).toEqual(columns);
    }
  });
});
