/**
 * Changing a claim and its evidence. Deleting a claim asks nothing; Undo restores it with all its
 * highlights. Removing evidence is undone by adding the same evidence back.
 */
import type { Evidence } from '../../shared/domain/types';
import type { MethodArgs } from '../../shared/ipc/contract';
import { api } from '../api/client';
import { claimState } from '../stores/claimStore';
import { refreshAfterChange } from './refresh';
import { offerUndo, runAction } from './runAction';

type ClaimPatch = MethodArgs<'updateClaim'>[1];
type EvidenceInput = MethodArgs<'addEvidence'>[1];

export function updateClaim(id: string, patch: ClaimPatch): Promise<void | undefined> {
  return runAction(async () => {
    await api.updateClaim(id, patch);
    await refreshAfterChange();
  });
}

export function deleteClaim(id: string): Promise<void | undefined> {
  return runAction(async () => {
    await api.deleteClaim(id);
    await claimState().select(null);
    await refreshAfterChange();
    offerUndo('Claim deleted', async () => {
      await api.restoreClaim(id);
      await claimState().select(id);
      await refreshAfterChange();
    });
  });
}

export function addEvidence(claimId: string, input: EvidenceInput): Promise<void | undefined> {
  return runAction(async () => {
    await api.addEvidence(claimId, input);
    await refreshAfterChange();
  });
}

export function updateEvidence(id: string, input: EvidenceInput): Promise<void | undefined> {
  return runAction(async () => {
    await api.updateEvidence(id, input);
    await refreshAfterChange();
  });
}

export function deleteEvidence(evidence: Evidence): Promise<void | undefined> {
  return runAction(async () => {
    await api.deleteEvidence(evidence.id);
    await refreshAfterChange();
    offerUndo('Evidence removed', async () => {
      await api.addEvidence(evidence.claimId, { url: evidence.url, citation: evidence.citation, note: evidence.note });
      await refreshAfterChange();
    });
  });
}
