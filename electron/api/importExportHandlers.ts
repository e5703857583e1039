/**
 * The IPC handlers that reach outside the project: importing files the user picked in a native
 * dialog (the renderer gets opaque tokens, never paths it could choose itself), importing dropped
 * annotation files, and exporting reports to a place the user chose.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ClaimdeskHandlers } from '../../shared/ipc/contract';
import { ClaimdeskError } from '../../shared/ipc/result';
import type { ExportFormat } from '../export/exportProject';
import { importArticleFile } from '../import/importText';
import { importWebAnnotations, readWebAnnotations } from '../import/webAnnotationImport';
import { projectTitle } from '../project/openProject';
import type { Project } from '../project/project';
import { exportWithProgress } from './exportWithProgress';
import type { HostServices } from './hostServices';
import { LongTasks } from './longTasks';

type Handlers = Pick<ClaimdeskHandlers, 'pickImportFiles' | 'importPickedFile' | 'importAnnotations' | 'exportReport'>;

const EXTENSION: Record<ExportFormat, string> = {
  pdf: 'pdf',
  html: 'html',
  md: 'md',
  csv: 'csv',
  claimreview: 'jsonld',
  w3c: 'jsonld',
};

const isAnnotationFile = (file: string) => /\.(jsonld|json)$/i.test(file);

export function importExportHandlers(
  project: () => Project,
  host: HostServices,
  tasks: LongTasks = new LongTasks(),
): Handlers {
  /** Paths the user picked, by token; a token is good for one import. */
  const picked = new Map<string, string>();
  return {
    pickImportFiles: async () => {
      const files = await host.chooseImportFiles();
      return files.map((file) => {
        const token = randomUUID();
        picked.set(token, file);
        return { token, name: path.basename(file) };
      });
    },
    importPickedFile: async (token, { replaceArticleId }) => {
      const file = picked.get(token);
      if (!file)
        throw new ClaimdeskError('not-found', 'That file is no longer selected; choose it again with File → Import.');
      picked.delete(token);
      if (isAnnotationFile(file) && !replaceArticleId) {
        const annotations = readWebAnnotations(fs.readFileSync(file, 'utf8'));
        if (!annotations) {
          throw new ClaimdeskError('invalid-input', `${path.basename(file)}: is not a W3C Web Annotation file.`);
        }
        return { kind: 'annotations', result: importWebAnnotations(project(), annotations, path.basename(file)) };
      }
      return { kind: 'article', outcome: await importArticleFile(project(), file, replaceArticleId) };
    },
    importAnnotations: ({ name, dataBase64 }) =>
      importWebAnnotations(project(), Buffer.from(dataBase64, 'base64').toString('utf8'), name),
    // A long task: progress events while it writes, and cancelTask('export') removes what it wrote.
    exportReport: ({ format, articleIds, claimIds, verdicts, history, organization }) =>
      tasks.run('export', async (control) => {
        const p = project();
        const out = await host.chooseExportPath(format, `${projectTitle(p)} report.${EXTENSION[format]}`);
        if (!out) return null;
        const result = await exportWithProgress(
          p,
          { format, out, history, organization, filter: { articleIds, claimIds, verdicts } },
          host.printPdf,
          control,
        );
        host.revealFile(result.files[0]!);
        return result;
      }),
  };
}
