/** The `search` IPC method (shared/ipc/contract.ts) on top of searchProject. */
import type { ClaimdeskHandlers } from '../../shared/ipc/contract';
import type { Project } from '../project/project';
import { searchProject } from './searchProject';

export function searchHandlers(project: () => Project): Pick<ClaimdeskHandlers, 'search'> {
  return {
    search: ({ query, limit }) => searchProject(project(), query, { limit }),
  };
}
