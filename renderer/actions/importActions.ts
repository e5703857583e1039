/**
 * Importing files: picked with File → Import (the main process reads them; the window only sees
 * names and tokens), dropped on the window (read here and sent as bytes), or picked as a new
 * version of the open article. Files go one at a time, so the panel can show progress and Cancel
 * can stop before the next file; each file is all or nothing in the main process.
 */
import type { MethodResult } from '../../shared/ipc/contract';
import { ClaimdeskError } from '../../shared/ipc/result';
import { api, errorMessage } from '../api/client';
import { articleState } from '../stores/articleStore';
import { claimState } from '../stores/claimStore';
import { importState, type ImportRow } from '../stores/importStore';
import { undoState } from '../stores/undoStore';
import type { DroppedFile } from '../utils/droppedFiles';
import { fileToBase64, importKindOf, refusalOf, withoutFileName } from '../utils/importFiles';
import { openArticle } from './navigation';
import { runAction } from './runAction';

type Outcome = MethodResult<'importFile'>;
type Annotations = MethodResult<'importAnnotations'>;

/** One file of a batch: its name, and the work that imports it. */
interface ImportJob {
  name: string;
  /** The name the main process's messages start with, when not `name` (a file inside a dropped folder). */
  fileName?: string;
  run(): Promise<ImportRow>;
}

const articleRow = (name: string, { article, duplicate, newVersion }: Outcome): ImportRow => {
  const base = { name, articleId: article.id, title: article.title || name };
  if (newVersion) return { kind: 'new-version', ...base, ...newVersion };
  return duplicate ? { kind: 'duplicate', ...base } : { kind: 'added', ...base };
};

const annotationRow = (name: string, r: Annotations): ImportRow => ({
  kind: 'annotations',
  name,
  restored: r.restored,
  alreadyPresent: r.alreadyPresent,
  unplaced: r.unplaced.length,
});

const busy = (): boolean => {
  if (importState().status !== 'running') return false;
  undoState().show({ message: 'An import is already running: wait for it, or cancel it.', tone: 'info' });
  return true;
};

/** Runs the jobs in order, recording each outcome; stops before the next file once cancelled. */
async function runImport(jobs: readonly ImportJob[], heading = ''): Promise<void> {
  const store = importState();
  store.start(jobs.length, heading);
  undoState().clear();
  let next = 0;
  for (; next < jobs.length; next++) {
    if (importState().cancelRequested) break;
    const job = jobs[next]!;
    importState().progress(next + 1, job.name);
    try {
      importState().record(await job.run());
    } catch (err) {
      const message = withoutFileName(errorMessage(err), job.fileName ?? job.name);
      importState().record({ kind: 'failed', name: job.name, message });
    }
  }
  importState().finish(jobs.slice(next).map((j) => j.name));
  await refreshAfterImport(importState().rows);
}

/** Shows what changed: the lists, the open article (a new version changes its text) and the claim. */
async function refreshAfterImport(rows: readonly ImportRow[]): Promise<void> {
  await runAction(
    async () => {
      await Promise.all([articleState().loadList(), claimState().loadList()]);
      await Promise.all([articleState().reloadSelected(), claimState().reloadDetail()]);
      const touched = rows.filter((r) => 'articleId' in r);
      const last = touched[touched.length - 1];
      if (last && 'articleId' in last) await openArticle(last.articleId);
    },
    { navigation: true },
  );
}

/** File → Import (menu, Ctrl/Cmd+I, the sidebar button): the native picker, then each file in order. */
export async function importFromPicker(): Promise<void> {
  if (busy()) return;
  const picked = await runAction(() => api.pickImportFiles());
  if (!picked || picked.length === 0) return;
  await runImport(
    picked.map(({ token, name }) => ({
      name,
      run: async () => {
        const result = await api.importPickedFile(token, {});
        return result.kind === 'article' ? articleRow(name, result.outcome) : annotationRow(name, result.result);
      },
    })),
  );
}

/**
 * Files dropped on the window: articles of every supported type and W3C annotation files, each
 * named by its place in the drop ("inbox/page.html") since folders are opened (utils/droppedFiles.ts).
 */
export async function importDroppedFiles(dropped: readonly DroppedFile[]): Promise<void> {
  if (busy() || dropped.length === 0) return;
  await runImport(
    dropped.map((d) => ({
      name: d.path,
      ...('file' in d ? { fileName: d.file.name } : {}),
      run: async (): Promise<ImportRow> => {
        if (!('file' in d)) return { kind: 'failed', name: d.path, message: d.problem };
        const { file } = d;
        const refusal = refusalOf(file);
        if (refusal) return { kind: 'failed', name: d.path, message: refusal };
        // Read only now, file by file, so a large drop never holds every file in memory at once.
        const payload = { name: file.name, dataBase64: await fileToBase64(file) };
        return importKindOf(file.name) === 'annotations'
          ? annotationRow(d.path, await api.importAnnotations(payload))
          : articleRow(d.path, await api.importFile(payload));
      },
    })),
  );
}

/** "Import new version…": one picked file replaces the article's text; its highlights are re-found. */
export async function importNewVersion(articleId: string, title: string): Promise<void> {
  if (busy()) return;
  const picked = await runAction(() => api.pickImportFiles());
  const first = picked?.[0];
  if (!first) return;
  await runImport(
    [
      {
        name: first.name,
        run: async () => {
          const result = await api.importPickedFile(first.token, { replaceArticleId: articleId });
          if (result.kind !== 'article') {
            throw new ClaimdeskError('invalid-input', 'is an annotation file, not a new version of an article.');
          }
          return articleRow(first.name, result.outcome);
        },
      },
    ],
    `New version of “${title || 'Untitled article'}”`,
  );
}
