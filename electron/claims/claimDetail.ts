/** Everything the claim view shows about one claim: the claim, its appearances, evidence and history. */
import type { ClaimDetail } from '../../shared/domain/types';
import type { Project } from '../project/project';
import { getClaim } from './claimStore';
import { listAppearances } from '../spans/spanStore';
import { listEvidence } from '../evidence/evidenceStore';
import { claimHistory } from '../history/historyStore';

export function getClaimDetail(project: Project, id: string): ClaimDetail {
  return {
    claim: getClaim(project, id),
    appearances: listAppearances(project, id),
    evidence: listEvidence(project, id),
    history: claimHistory(project, id),
  };
}
