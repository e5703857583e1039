/**
 * The implementation of every IPC method, on top of the stores. Arguments arrive already parsed
 * by the contract's schemas (see dispatch.ts); this file only maps methods to services.
 */
import type { ClaimdeskHandlers } from '../../shared/ipc/contract';
import type { ViewState } from '../../shared/ipc/schemas';
import { ClaimdeskError } from '../../shared/ipc/result';
import { getArticle, getArticleSummary, listArticlesPage, updateArticleMeta } from '../articles/articleStore';
import { deleteClaim, getClaim, listClaimsPage, restoreClaim, updateClaim } from '../claims/claimStore';
import { getClaimDetail } from '../claims/claimDetail';
import { addEvidence, deleteEvidence, updateEvidence } from '../evidence/evidenceStore';
import { importArticleBytes, importTextArticle } from '../import/importText';
import { projectTitle } from '../project/openProject';
import { setProjectTitle } from '../project/projectTitle';
import type { Project } from '../project/project';
import { createClaimFromSpan, deleteSpan, linkSpan, listHighlights, restoreSpan } from '../spans/spanStore';
import type { Workspace } from './workspace';
import { searchHandlers } from '../search/searchHandlers';
import { matchingHandlers } from '../matching/matchingHandlers';
import { NO_HOST, type HostServices } from './hostServices';
import { importExportHandlers } from './importExportHandlers';
import { LongTasks } from './longTasks';
import { mergeOffThread } from './mergeOffThread';
import { NO_SYNC_HOST, syncHandlers, type SyncHost } from '../sync/syncHandlers';

export function createHandlers(
  ws: Workspace,
  host: HostServices = NO_HOST,
  syncHost: SyncHost = NO_SYNC_HOST,
): ClaimdeskHandlers {
  const p = () => ws.project();
  const tasks = new LongTasks((event) => host.notify?.(event));
  return {
    ...importExportHandlers(p, host, tasks),
    ...searchHandlers(p),
    ...matchingHandlers(p),
    ...syncHandlers(p, syncHost),
    // Merge from file runs as a long task (progress events, cancelTask('merge')), in the merge worker.
    mergeFile: () => {
      // A second Merge from File while one runs would cancel it: refused, the first goes on.
      if (tasks.isRunning('merge')) {
        throw new ClaimdeskError('unavailable', 'A merge is already running; wait for it to finish, or cancel it.');
      }
      return tasks.run('merge', async (control) => {
        const project = p();
        const file = await syncHost.chooseMergeFile();
        if (!file) return null;
        // Another project may have been opened while the dialog was up: merging into it was not asked for.
        if (p() !== project) {
          throw new ClaimdeskError('conflict', `${file}: another project was opened meanwhile; nothing was merged.`);
        }
        return mergeOffThread(project, file, control);
      });
    },
    cancelTask: (task) => tasks.cancel(task),
    getSettings: () => host.getSettings(),
    updateSettings: (patch) => host.updateSettings(patch),
    getViewState: () => rememberedView(p(), host),
    saveViewState: ({ project, ...patch }) => {
      const open = p();
      if (project === open.path) host.viewState?.save(open.path, patch);
      return null;
    },
    getProject: () => projectInfo(p()),
    setProjectTitle: (title) => {
      setProjectTitle(p(), title);
      return projectInfo(p());
    },

    listArticles: ({ offset, limit }) => listArticlesPage(p(), offset, limit),
    getArticle: (id) => getArticle(p(), id),
    addArticle: (input) => importTextArticle(p(), input),
    importFile: ({ name, dataBase64 }) => importArticleBytes(p(), name, Buffer.from(dataBase64, 'base64')),
    importNewVersion: (articleId, { name, dataBase64 }) =>
      importArticleBytes(p(), name, Buffer.from(dataBase64, 'base64'), articleId),
    updateArticleMeta: (id, patch) => updateArticleMeta(p(), id, patch),
    listHighlights: (articleId) => {
      getArticleSummary(p(), articleId);
      return listHighlights(p(), articleId);
    },

    listClaims: ({ offset, limit }) => listClaimsPage(p(), offset, limit),
    getClaimDetail: (id) => getClaimDetail(p(), id),
    createClaimFromSpan: ({ articleId, start, end, ...fields }) =>
      createClaimFromSpan(p(), { articleId, start, end }, fields),
    linkSpan: ({ claimId, ...range }) => linkSpan(p(), claimId, range),
    updateClaim: (id, patch) => updateClaim(p(), id, patch),
    deleteClaim: (id) => {
      deleteClaim(p(), id);
      return null;
    },
    restoreClaim: (id) => restoreClaim(p(), id),
    deleteSpan: (id) => {
      deleteSpan(p(), id);
      return null;
    },
    restoreSpan: (id) => restoreSpan(p(), id),

    addEvidence: (claimId, input) => addEvidence(p(), claimId, input),
    updateEvidence: (id, input) => updateEvidence(p(), id, input),
    deleteEvidence: (id) => {
      deleteEvidence(p(), id);
      return null;
    },

    recentProjects: () => ws.recentProjects(),
    fileCommand: async (command) => {
      await ws.fileCommand(command);
      return null;
    },
    openRecent: async (file) => {
      await ws.openRecent(file);
      return null;
    },
  };
}

/**
 * The article and claim remembered as open in `project`, each only while it is still there (deleted
 * or merged away since: none), so the window can open them at once without first reading the
 * whole lists.
 */
function rememberedView(project: Project, host: HostServices): ViewState {
  const saved = host.viewState?.get(project.path);
  return {
    selectedArticleId: stillThere(saved?.selectedArticleId, (id) => getArticleSummary(project, id)),
    selectedClaimId: stillThere(saved?.selectedClaimId, (id) => getClaim(project, id)),
  };
}

function stillThere(id: string | null | undefined, find: (id: string) => unknown): string | null {
  if (!id) return null;
  try {
    find(id);
    return id;
  } catch (err) {
    if (err instanceof ClaimdeskError && err.type === 'not-found') return null;
    throw err;
  }
}

function projectInfo(project: Project) {
  return {
    path: project.path,
    title: projectTitle(project),
    readOnly: project.readOnly,
    actor: project.actor,
    ...(project.readOnlyReason ? { readOnlyReason: project.readOnlyReason } : {}),
  };
}
