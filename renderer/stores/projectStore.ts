/**
 * Which project this window shows (or the welcome screen when none is open), and the recent
 * project list the welcome screen offers.
 */
import { create } from 'zustand';
import type { ProjectInfo } from '../../shared/domain/types';
import { ClaimdeskError } from '../../shared/ipc/result';
import { api, errorMessage } from '../api/client';

export type ProjectStatus = 'loading' | 'welcome' | 'open' | 'failed';

interface ProjectState {
  status: ProjectStatus;
  project: ProjectInfo | null;
  recent: string[];
  /** Why the project could not be shown (status 'failed'). */
  message: string;
  load(): Promise<void>;
  /** The open project's details as the main process returned them after a change (a new title). */
  setInfo(project: ProjectInfo): void;
}

export const useProjectStore = create<ProjectState>()((set, get) => ({
  status: 'loading',
  project: null,
  recent: [],
  message: '',
  load: async () => {
    try {
      const project = await api.getProject();
      set({ status: 'open', project, message: '' });
    } catch (err) {
      if (err instanceof ClaimdeskError && err.type === 'unavailable') {
        const recent = await api.recentProjects().catch(() => []);
        set({ status: 'welcome', project: null, recent, message: '' });
      } else {
        set({ status: 'failed', project: null, message: errorMessage(err) });
      }
    }
  },
  setInfo: (project) => {
    if (get().project?.path === project.path) set({ project });
  },
}));

/** True when the open project may be changed from this window. */
export const useCanEdit = (): boolean => useProjectStore((s) => s.project !== null && !s.project.readOnly);

export const projectState = () => useProjectStore.getState();
