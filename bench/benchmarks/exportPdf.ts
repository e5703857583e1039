/**
 * Exporting a 300-page PDF report: exportProject end to end (report data, HTML, printing) against
 * Chromium printing the pre-rendered report HTML (printHtmlToPdf on the reportHtml string), the
 * same printer the CLI and tests use. The page count is read back from the file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportProject } from '../../electron/export/exportProject';
import { printHtmlToPdf } from '../../electron/export/printPdf';
import { loadReportData } from '../../electron/export/reportData';
import { reportHtml } from '../../electron/export/reportHtml';
import { openProject } from '../../electron/project/openProject';
import { pdfPages } from '../../tests/helpers/pdfTools';
import { mb, rssSampler, timed } from '../lib/measure';
import type { BenchResult } from '../lib/result';

export async function benchExportPdf(file: string): Promise<BenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-pdf-'));
  const project = openProject(file, { actor: 'Bench', readOnly: true });
  try {
    const html = reportHtml(loadReportData(project));
    const baseline = await timed(() => printHtmlToPdf(html, path.join(dir, 'baseline.pdf')));
    const rss = rssSampler();
    const ours = await timed(() => exportProject(project, { format: 'pdf', out: path.join(dir, 'report.pdf') }));
    const peak = mb(rss.stop());
    const pages = pdfPages(path.join(dir, 'report.pdf'));
    return {
      name: 'export PDF report',
      metric: `exportProject end to end, ${pages} pages`,
      ms: ours.ms,
      baselineName: 'printHtmlToPdf of the pre-rendered report HTML',
      baselineMs: baseline.ms,
      ratio: ours.ms / baseline.ms,
      target: '≤ 1.5× baseline',
      pass: ours.ms <= 1.5 * baseline.ms,
      nodePeakRssMb: peak,
      notes: [
        `report HTML ${(html.length / 1e6).toFixed(1)} MB; Chromium's own memory is a separate process, not counted`,
      ],
    };
  } finally {
    project.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
