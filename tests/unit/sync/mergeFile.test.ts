/**
 * Merging colleagues' project files, end to end through mergeProjectFile: the issue's verdict
 * conflict (two copies, different verdicts, merged both ways, one conflict on both sides, settled
 * once for everyone), sequential edits that are not conflicts, a deletion against an edit, and
 * merges that change nothing the second time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteClaim, getClaim, restoreClaim, updateClaim } from '../../../electron/claims/claimStore';
import { addEvidence, listEvidence } from '../../../electron/evidence/evidenceStore';
import { claimHistory } from '../../../electron/history/historyStore';
import { openProject } from '../../../electron/project/openProject';
import { createClaimFromSpan } from '../../../electron/spans/spanStore';
import { listConflicts, resolveConflict } from '../../../electron/sync/conflicts';
import { mergeProjectFile } from '../../../electron/sync/mergeProjectFile';
import { closeAll, createBase, dumpOf, replicasOf, type Replica } from './replicas';

const opened: Replica[][] = [];
afterEach(() => {
  while (opened.length) closeAll(opened.pop()!);
});

function colleagues(...names: string[]) {
  const base = createBase();
  const replicas = replicasOf(base, names);
  opened.push(replicas);
  return { base, replicas, claimId: base.claimIds[0]! };
}

describe('merging a colleague’s project file', () => {
  it('lists one verdict conflict on both sides when two copies set different verdicts, and shows the same verdict', () => {
    const { replicas, claimId } = colleagues('Ana', 'Ben');
    const [ana, ben] = replicas as [Replica, Replica];
    updateClaim(ana.project, claimId, { verdict: 'disputed' });
    updateClaim(ben.project, claimId, { verdict: 'verified' });

    const intoAna = mergeProjectFile(ana.project, ben.file);
    const intoBen = mergeProjectFile(ben.project, ana.file);
    expect(intoAna).toMatchObject({ file: ben.file, changes: 1, conflicts: 1 });
    expect(intoBen).toMatchObject({ file: ana.file, changes: 1, conflicts: 1 });
    expect(dumpOf(ana)).toBe(dumpOf(ben));

    const [conflict, ...others] = listConflicts(ana.project);
    expect(others).toEqual([]);
    expect(listConflicts(ben.project)).toEqual([conflict]);
    expect(conflict).toMatchObject({ id: `${claimId}/verdict`, claimId, field: 'verdict', claimDeleted: false });
    expect(conflict!.versions.map((v) => [v.value, v.setBy])).toEqual(
      expect.arrayContaining([
        ['disputed', 'Ana'],
        ['verified', 'Ben'],
      ]),
    );
    expect(conflict!.versions).toHaveLength(2);
    for (const v of conflict!.versions) expect(v.setAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const shown = getClaim(ana.project, claimId).verdict;
    expect(getClaim(ben.project, claimId).verdict).toBe(shown);
    expect(conflict!.shown).toBe(shown);
    // Both colleagues' changes are in the claim's history on both sides.
    const actors = claimHistory(ana.project, claimId)
      .filter((h) => h.field === 'verdict')
      .map((h) => h.actor);
    expect(actors.sort()).toEqual(['Ana', 'Ben']);
  });

  it('closes the conflict on every copy once one colleague settles it, even keeping the verdict shown', () => {
    const { replicas, claimId } = colleagues('Ana', 'Ben');
    const [ana, ben] = replicas as [Replica, Replica];
    updateClaim(ana.project, claimId, { verdict: 'disputed' });
    updateClaim(ben.project, claimId, { verdict: 'verified' });
    mergeProjectFile(ana.project, ben.file);
    mergeProjectFile(ben.project, ana.file);
    const shown = getClaim(ben.project, claimId).verdict;

    expect(resolveConflict(ben.project, `${claimId}/verdict`, shown)).toEqual([]);
    expect(listConflicts(ana.project)).toHaveLength(1);
    expect(mergeProjectFile(ana.project, ben.file)).toMatchObject({ changes: 1, conflicts: 0 });
    expect(listConflicts(ana.project)).toEqual([]);
    expect(getClaim(ana.project, claimId).verdict).toBe(shown);
    expect(dumpOf(ana)).toBe(dumpOf(ben));
    expect(() => resolveConflict(ana.project, `${claimId}/verdict`, 'disputed')).toThrow(/No open conflict/);
  });

  it('never calls sequential edits a conflict: a colleague who merged first simply overrides', () => {
    const { replicas, claimId } = colleagues('Ana', 'Ben');
    const [ana, ben] = replicas as [Replica, Replica];
    updateClaim(ana.project, claimId, { verdict: 'disputed', rationale: 'numbers do not add up' });
    mergeProjectFile(ben.project, ana.file);
    updateClaim(ben.project, claimId, { verdict: 'verified', rationale: 'court record confirms' });
    mergeProjectFile(ana.project, ben.file);
    expect(listConflicts(ana.project)).toEqual([]);
    expect(getClaim(ana.project, claimId)).toMatchObject({ verdict: 'verified', rationale: 'court record confirms' });
    expect(dumpOf(ana)).toBe(dumpOf(ben));
  });

  it('keeps both colleagues’ work when edits touch different fields or different claims, without conflicts', () => {
    const { base, replicas, claimId } = colleagues('Ana', 'Ben');
    const [ana, ben] = replicas as [Replica, Replica];
    updateClaim(ana.project, claimId, { verdict: 'disputed' });
    updateClaim(ben.project, claimId, { claimant: 'Interior ministry' });
    addEvidence(ben.project, claimId, { url: 'https://example.org/court-record' });
    const fresh = createClaimFromSpan(ben.project, { articleId: base.articleId, start: 0, end: 20 }).claim;
    mergeProjectFile(ana.project, ben.file);
    mergeProjectFile(ben.project, ana.file);
    expect(getClaim(ana.project, claimId)).toMatchObject({
      verdict: 'disputed',
      claimant: 'Interior ministry',
      evidenceCount: 1,
    });
    expect(getClaim(ana.project, fresh.id).text).toBe(fresh.text);
    expect(listEvidence(ana.project, claimId)).toHaveLength(1);
    expect(listConflicts(ana.project)).toEqual([]);
    expect(dumpOf(ana)).toBe(dumpOf(ben));
  });

  it('lists a claim deleted by one colleague and edited by another, keeps the edit, and settles by restoring', () => {
    const { replicas, claimId } = colleagues('Ana', 'Ben');
    const [ana, ben] = replicas as [Replica, Replica];
    deleteClaim(ana.project, claimId);
    updateClaim(ben.project, claimId, { rationale: 'still checking the figures' });
    mergeProjectFile(ana.project, ben.file);
    mergeProjectFile(ben.project, ana.file);
    expect(dumpOf(ana)).toBe(dumpOf(ben));
    const [conflict] = listConflicts(ben.project);
    expect(conflict).toMatchObject({
      id: `${claimId}/deleted`,
      field: 'deleted',
      claimDeleted: true,
      shown: 'deleted',
    });
    expect(conflict!.versions.map((v) => [v.value, v.setBy, v.detail])).toEqual(
      expect.arrayContaining([
        ['deleted', 'Ana', 'deleted'],
        ['kept', 'Ben', 'rationale: still checking the figures'],
      ]),
    );
    expect(resolveConflict(ben.project, conflict!.id, 'kept')).toEqual([]);
    mergeProjectFile(ana.project, ben.file);
    expect(getClaim(ana.project, claimId).rationale).toBe('still checking the figures');
    expect(listConflicts(ana.project)).toEqual([]);
  });

  it('does not list a deletion made after seeing the edit, nor a restore after seeing the deletion', () => {
    const { replicas, claimId } = colleagues('Ana', 'Ben');
    const [ana, ben] = replicas as [Replica, Replica];
    updateClaim(ben.project, claimId, { verdict: 'disputed' });
    mergeProjectFile(ana.project, ben.file);
    deleteClaim(ana.project, claimId);
    mergeProjectFile(ben.project, ana.file);
    expect(listConflicts(ben.project)).toEqual([]);
    restoreClaim(ben.project, claimId);
    mergeProjectFile(ana.project, ben.file);
    expect(listConflicts(ana.project)).toEqual([]);
    expect(getClaim(ana.project, claimId).verdict).toBe('disputed');
  });

  it('changes nothing when the same file is merged again, and gives the same project in any merge order', () => {
    const { replicas, claimId } = colleagues('Ana', 'Ben', 'Chloé');
    const [ana, ben, chloe] = replicas as [Replica, Replica, Replica];
    updateClaim(ana.project, claimId, { verdict: 'disputed' });
    updateClaim(ben.project, claimId, { verdict: 'verified' });
    updateClaim(chloe.project, claimId, { rationale: 'asked the ministry' });
    mergeProjectFile(ana.project, ben.file);
    mergeProjectFile(ana.project, chloe.file);
    const once = dumpOf(ana);
    expect(mergeProjectFile(ana.project, ben.file)).toMatchObject({ changes: 0, values: 0, history: 0 });
    expect(dumpOf(ana)).toBe(once);
    // Chloé takes them the other way round, in two steps through Ben.
    mergeProjectFile(ben.project, chloe.file);
    mergeProjectFile(chloe.project, ana.file);
    mergeProjectFile(chloe.project, ben.file);
    expect(dumpOf(chloe)).toBe(once);
  });

  it('leaves the other file exactly as it was', () => {
    const { replicas, claimId } = colleagues('Ana', 'Ben');
    const [ana, ben] = replicas as [Replica, Replica];
    updateClaim(ben.project, claimId, { verdict: 'verified' });
    ben.project.close();
    const bytes = fs.readFileSync(ben.file);
    const siblings = fs.readdirSync(path.dirname(ben.file)).sort();
    mergeProjectFile(ana.project, ben.file);
    expect(fs.readFileSync(ben.file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.dirname(ben.file)).sort()).toEqual(siblings);
    ben.project = openProject(ben.file, { actor: 'Ben' });
  });
});
