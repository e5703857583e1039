/**
 * File → Export as a long task: a progress event for each step, and Cancel honoured until the
 * report is committed. exportProject writes under temporary names and renames only after its
 * beforeCommit checkpoint, so a cancelled export (before or while the PDF prints) leaves neither
 * a partial report nor a stray temporary file, and a file the checker chose to replace is kept.
 */
import fs from 'node:fs';
import { exportProject, type ExportRequest, type ExportResult } from '../export/exportProject';
import type { Project } from '../project/project';
import type { HostServices } from './hostServices';
import { unlessCancelled, type TaskControl } from './longTasks';

export async function exportWithProgress(
  project: Project,
  req: ExportRequest,
  printPdf: HostServices['printPdf'],
  control: TaskControl,
): Promise<ExportResult> {
  const total = req.format === 'pdf' ? 3 : 2;
  control.progress('Gathering claims and articles', 0, total);
  await control.checkpoint();
  return exportProject(
    project,
    req,
    (html, outFile) => {
      control.progress('Printing the PDF', 1, total);
      // An abandoned print still finishes later: what it writes then is removed.
      return unlessCancelled(printPdf(html, outFile), control, 'export', () => fs.rmSync(outFile, { force: true }));
    },
    {
      beforeCommit: async () => {
        control.progress('Saving', total - 1, total);
        await control.checkpoint();
      },
    },
  );
}
