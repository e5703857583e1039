/**
 * Changing a claim and its evidence. Every change is recorded for undo (actions/undoActions.ts):
 * an edit is undone by writing the old value back; deleting a claim asks nothing and Undo restores
 * it with all its highlights; removing evidence is undone by adding the same evidence back.
 */
import type { Claim, Evidence } from '../../shared/domain/types';
import type { MethodArgs } from '../../shared/ipc/contract';
import { api } from '../api/client';
import { claimState } from '../stores/claimStore';
import { refreshAfterChange } from './refresh';
import { runAction } from './runAction';
import { recordChange } from './undoActions';

type ClaimPatch = MethodArgs<'updateClaim'>[1];
type EvidenceInput = MethodArgs<'addEvidence'>[1];

const claimById = (id: string): Claim | undefined =>
  claimState().detail?.claim.id === id ? claimState().detail!.claim : claimState().claims.find((c) => c.id === id);

/** The claim's current values of the fields a patch changes (what Undo writes back). */
function valuesBefore(claim: Claim, patch: ClaimPatch): ClaimPatch {
  const before: ClaimPatch = {};
  if (patch.text !== undefined) before.text = claim.text;
  if (patch.claimant !== undefined) before.claimant = claim.claimant;
  if (patch.verdict !== undefined) before.verdict = claim.verdict;
  if (patch.rationale !== undefined) before.rationale = claim.rationale;
  if (patch.claimDate !== undefined) before.claimDate = claim.claimDate;
  if (patch.assignee !== undefined) before.assignee = claim.assignee;
  if (patch.tags !== undefined) before.tags = [...claim.tags];
  return before;
}

export function updateClaim(id: string, patch: ClaimPatch): Promise<void | undefined> {
  const claim = claimById(id);
  return runAction(async () => {
    await api.updateClaim(id, patch);
    if (claim) recordChange({ kind: 'update-claim', claimId: id, before: valuesBefore(claim, patch), after: patch });
    await refreshAfterChange();
  });
}

export function deleteClaim(id: string): Promise<void | undefined> {
  return runAction(async () => {
    await api.deleteClaim(id);
    await claimState().select(null);
    await refreshAfterChange();
    recordChange({ kind: 'delete-claim', claimId: id }, { toast: true });
  });
}

export function addEvidence(claimId: string, input: EvidenceInput): Promise<void | undefined> {
  return runAction(async () => {
    const evidence = await api.addEvidence(claimId, input);
    recordChange({ kind: 'add-evidence', claimId, evidenceId: evidence.id, input });
    await refreshAfterChange();
  });
}

/** Every field the user can set, so Undo of a removal or an edit puts all of them back. */
const inputOf = (e: Evidence): EvidenceInput => ({
  url: e.url,
  citation: e.citation,
  note: e.note,
  title: e.title,
  accessedAt: e.accessedAt,
});

export function updateEvidence(evidence: Evidence, input: EvidenceInput): Promise<void | undefined> {
  return runAction(async () => {
    await api.updateEvidence(evidence.id, input);
    recordChange({
      kind: 'update-evidence',
      claimId: evidence.claimId,
      evidenceId: evidence.id,
      before: inputOf(evidence),
      after: input,
    });
    await refreshAfterChange();
  });
}

export function deleteEvidence(evidence: Evidence): Promise<void | undefined> {
  return runAction(async () => {
    await api.deleteEvidence(evidence.id);
    await refreshAfterChange();
    recordChange(
      { kind: 'delete-evidence', claimId: evidence.claimId, evidenceId: evidence.id, input: inputOf(evidence) },
      { toast: true },
    );
  });
}
