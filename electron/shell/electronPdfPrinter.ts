/**
 * The app's PDF engine for reports: Electron's printToPDF from a hidden window with JavaScript
 * disabled, on the same report HTML the command line prints with the system Chromium. The HTML is
 * loaded from a temporary file (a 300-page report is too big for a data: URL), the page size and
 * margins come from the report's own @page CSS, and backgrounds are printed so highlights keep
 * their colours and patterns.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import type { PdfPrinter } from '../export/exportProject';

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => Pick<
  BrowserWindow,
  'loadFile' | 'destroy' | 'isDestroyed'
> & {
  webContents: Pick<BrowserWindow['webContents'], 'printToPDF' | 'on' | 'setWindowOpenHandler'>;
};

export const REPORT_PRINT_OPTIONS: PrintToPDFOptions = {
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
  generateDocumentOutline: true,
};

export function electronPdfPrinter(Window: BrowserWindowClass): PdfPrinter {
  return async (html, outFile) => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-report-'));
    const source = path.join(work, 'report.html');
    fs.writeFileSync(source, html);
    const win = new Window({
      show: false,
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
      },
    });
    // The report links out (evidence URLs); a print window never follows them.
    win.webContents.on('will-navigate', (event) => event.preventDefault());
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    try {
      await win.loadFile(source);
      const pdf = await win.webContents.printToPDF(REPORT_PRINT_OPTIONS);
      fs.writeFileSync(`${outFile}.partial`, pdf);
      fs.renameSync(`${outFile}.partial`, outFile);
    } finally {
      if (!win.isDestroyed()) win.destroy();
      fs.rmSync(work, { recursive: true, force: true });
    }
  };
}
