/** The `suggestClaims` and `claimFigures` IPC methods (shared/ipc/contract.ts) on top of the matching services. */
import type { ClaimdeskHandlers } from '../../shared/ipc/contract';
import type { Project } from '../project/project';
import { claimFigures } from './claimFigures';
import { suggestClaims } from './suggestClaims';

export function matchingHandlers(project: () => Project): Pick<ClaimdeskHandlers, 'suggestClaims' | 'claimFigures'> {
  return {
    suggestClaims: (range) => suggestClaims(project(), range),
    claimFigures: (claimId) => claimFigures(project(), claimId),
  };
}
