/**
 * Export in every format from one report structure (reportData.ts). Every file is written (or the
 * PDF printed) under a temporary name beside its own and renamed only when all are complete, so an
 * interrupted export never leaves a half-written report. A caller may stop the export just before
 * that commit (ExportHooks.beforeCommit: the app's Cancel); the temporary files are removed and a
 * report it was to replace is kept. The PDF printer is a parameter: the app passes Electron's
 * printToPDF, the CLI and tests the system Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Project } from '../project/project';
import { claimReviewJsonLd, type ClaimReviewOptions } from './claimReview';
import { claimsCsv, spansCsv } from './csvReport';
import { markdownReport } from './markdownReport';
import { printHtmlToPdf } from './printPdf';
import { loadReportData, type ReportFilter } from './reportData';
import { reportHtml } from './reportHtml';
import { webAnnotationCollection } from './webAnnotations';

export const EXPORT_FORMATS = ['pdf', 'html', 'md', 'csv', 'claimreview', 'w3c'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest extends ClaimReviewOptions {
  format: ExportFormat;
  out: string;
  filter?: ReportFilter;
  /** Adds the change-history appendix to PDF and HTML reports. */
  history?: boolean;
  /** The report's title for this export only; the project's stored title otherwise. */
  title?: string;
}

export interface ExportResult {
  files: string[];
  claims: number;
  articles: number;
}

export type PdfPrinter = (html: string, outFile: string) => Promise<void>;

export interface ExportHooks {
  /** Runs when every file is complete under its temporary name; throwing (a cancel) writes nothing. */
  beforeCommit?: () => Promise<void>;
}

/** The name a file is written under until the export commits (same folder, so the rename is atomic). */
const pendingPath = (file: string) => `${file}.partial-${process.pid}`;

/** The spans CSV sits beside the claims CSV: report.csv → report-spans.csv. */
export function spansCsvPath(out: string): string {
  const ext = path.extname(out) || '.csv';
  return path.join(path.dirname(out), `${path.basename(out, path.extname(out))}-spans${ext}`);
}

export async function exportProject(
  project: Project,
  req: ExportRequest,
  printPdf: PdfPrinter = printHtmlToPdf,
  hooks: ExportHooks = {},
): Promise<ExportResult> {
  const data = loadReportData(project, req.filter, { title: req.title });
  const files = req.format === 'csv' ? [req.out, spansCsvPath(req.out)] : [req.out];
  const pending = files.map(pendingPath);
  const write = (i: number, content: string) => fs.writeFileSync(pending[i]!, content);
  try {
    switch (req.format) {
      case 'pdf':
        await printPdf(reportHtml(data, { history: req.history }), pending[0]!);
        break;
      case 'html':
        write(0, reportHtml(data, { history: req.history }));
        break;
      case 'md':
        write(0, markdownReport(data));
        break;
      case 'csv':
        write(0, claimsCsv(data));
        write(1, spansCsv(data));
        break;
      case 'claimreview':
        write(0, claimReviewJsonLd(data, req));
        break;
      case 'w3c':
        write(0, webAnnotationCollection(project, data));
        break;
    }
    await hooks.beforeCommit?.();
    pending.forEach((tmp, i) => fs.renameSync(tmp, files[i]!));
  } catch (err) {
    for (const tmp of pending) fs.rmSync(tmp, { force: true });
    throw err;
  }
  return { files, claims: data.claims.length, articles: data.articles.length };
}
