/**
 * Prints report HTML to PDF with the system Chromium (the CLI and tests; the app uses Electron's
 * printToPDF on the same HTML, from a window with JavaScript off). Here scripts are shut out by the
 * report's own CSP (`default-src 'none'`): Chromium's headless printer does not print with
 * `scriptEnabled=false`. The profile is a fresh temp folder.
 * The PDF is written under a temporary name and renamed, so a failed print leaves nothing behind.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ClaimdeskError } from '../../shared/ipc/result';
import { findSystemChromium, offlineChromiumFlags } from './systemChromium';

export interface PrintOptions {
  chromium?: string;
  /** Give up after this long (a 300-page report prints in well under a minute). */
  timeoutMs?: number;
}

export async function printHtmlToPdf(html: string, outFile: string, opts: PrintOptions = {}): Promise<void> {
  const chromium = opts.chromium ?? findSystemChromium();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-print-'));
  const source = path.join(work, 'report.html');
  const tmpPdf = path.join(work, 'report.pdf');
  fs.writeFileSync(source, html);
  const args = [
    ...offlineChromiumFlags(),
    `--user-data-dir=${path.join(work, 'profile')}`,
    '--no-pdf-header-footer',
    '--run-all-compositor-stages-before-draw',
    `--print-to-pdf=${tmpPdf}`,
    pathToFileURL(source).href,
  ];
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(chromium, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr = (stderr + d.toString()).slice(-4000);
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000);
      child.on('error', (err) => {
        clearTimeout(timer);
        reject(new ClaimdeskError('unavailable', `Could not start ${chromium} to print the PDF: ${err.message}`));
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (code === 0 && fs.existsSync(tmpPdf) && fs.statSync(tmpPdf).size > 0) resolve();
        else
          reject(
            new ClaimdeskError(
              'internal',
              `Chromium could not print the report (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n').pop() ?? ''}`,
            ),
          );
      });
    });
    fs.copyFileSync(tmpPdf, `${outFile}.partial`);
    fs.renameSync(`${outFile}.partial`, outFile);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
