/**
 * Export in every format from one report structure (reportData.ts). Files are written under a
 * temporary name and renamed, so an interrupted export never leaves a half-written report. The PDF
 * printer is a parameter: the app passes Electron's printToPDF, the CLI and tests the system Chromium.
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

export function writeFileAtomic(file: string, content: string): void {
  const tmp = `${file}.partial-${process.pid}`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

/** The spans CSV sits beside the claims CSV: report.csv → report-spans.csv. */
export function spansCsvPath(out: string): string {
  const ext = path.extname(out) || '.csv';
  return path.join(path.dirname(out), `${path.basename(out, path.extname(out))}-spans${ext}`);
}

export async function exportProject(
  project: Project,
  req: ExportRequest,
  printPdf: PdfPrinter = printHtmlToPdf,
): Promise<ExportResult> {
  const data = loadReportData(project, req.filter, { title: req.title });
  const files = [req.out];
  switch (req.format) {
    case 'pdf':
      await printPdf(reportHtml(data, { history: req.history }), req.out);
      break;
    case 'html':
      writeFileAtomic(req.out, reportHtml(data, { history: req.history }));
      break;
    case 'md':
      writeFileAtomic(req.out, markdownReport(data));
      break;
    case 'csv':
      writeFileAtomic(req.out, claimsCsv(data));
      writeFileAtomic(spansCsvPath(req.out), spansCsv(data));
      files.push(spansCsvPath(req.out));
      break;
    case 'claimreview':
      writeFileAtomic(req.out, claimReviewJsonLd(data, req));
      break;
    case 'w3c':
      writeFileAtomic(req.out, webAnnotationCollection(project, data));
      break;
  }
  return { files, claims: data.claims.length, articles: data.articles.length };
}
