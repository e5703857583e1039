/**
 * File → Export as a long task: the report is written under a temporary name beside the chosen
 * one, with a progress event for each step, and renamed into place only when it is complete. A
 * cancelled export (before or while the PDF prints) removes what it wrote, so neither a partial
 * report nor a stray temporary file is left, and a file the checker chose to replace is kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportProject, spansCsvPath, type ExportRequest, type ExportResult } from '../export/exportProject';
import type { Project } from '../project/project';
import type { HostServices } from './hostServices';
import { unlessCancelled, type TaskControl } from './longTasks';

/** The name a report is written under until it is complete (same folder, so the rename is atomic). */
export function pendingExportPath(out: string): string {
  const ext = path.extname(out);
  return path.join(path.dirname(out), `.${path.basename(out, ext)}.claimdesk-export-${process.pid}${ext}`);
}

const remove = (files: readonly string[]) => {
  for (const f of files) fs.rmSync(f, { force: true });
};

export async function exportWithProgress(
  project: Project,
  req: ExportRequest,
  printPdf: HostServices['printPdf'],
  control: TaskControl,
): Promise<ExportResult> {
  const total = req.format === 'pdf' ? 3 : 2;
  const pending = pendingExportPath(req.out);
  // Everything this export may write under temporary names, removed on cancel or failure.
  const scratch = [pending, spansCsvPath(pending), `${pending}.partial`, `${pending}.partial-${process.pid}`];
  control.progress('Gathering claims and articles', 0, total);
  await control.checkpoint();
  try {
    const result = await exportProject(project, { ...req, out: pending }, (html, outFile) => {
      control.progress('Printing the PDF', 1, total);
      return unlessCancelled(printPdf(html, outFile), control, 'export', () => remove(scratch));
    });
    control.progress('Saving', total - 1, total);
    await control.checkpoint();
    const finals = [req.out, spansCsvPath(req.out)];
    result.files.forEach((written, i) => fs.renameSync(written, finals[i]!));
    return { ...result, files: result.files.map((_, i) => finals[i]!) };
  } catch (err) {
    remove(scratch);
    throw err;
  }
}
