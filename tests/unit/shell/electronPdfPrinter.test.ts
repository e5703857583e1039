import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  electronPdfPrinter,
  REPORT_PRINT_OPTIONS,
  type BrowserWindowClass,
} from '../../../electron/shell/electronPdfPrinter';
import { tempDir } from '../../helpers/tempProject';

function fakeWindowClass(log: {
  options?: BrowserWindowConstructorOptions;
  loaded?: string;
  html?: string;
  printed?: unknown;
  destroyed?: boolean;
  navigation?: (e: { preventDefault(): void }) => void;
  openHandler?: () => unknown;
}) {
  return class {
    webContents = {
      printToPDF: async (opts: unknown) => {
        log.printed = opts;
        return Buffer.from('%PDF-1.7 fake');
      },
      on: (event: string, handler: (e: { preventDefault(): void }) => void) => {
        if (event === 'will-navigate') log.navigation = handler;
        return this.webContents;
      },
      setWindowOpenHandler: (handler: () => unknown) => {
        log.openHandler = handler;
      },
    };
    constructor(options: BrowserWindowConstructorOptions) {
      log.options = options;
    }
    async loadFile(file: string) {
      log.loaded = file;
      log.html = fs.readFileSync(file, 'utf8');
    }
    isDestroyed() {
      return log.destroyed === true;
    }
    destroy() {
      log.destroyed = true;
    }
  } as unknown as BrowserWindowClass;
}

describe('the app’s PDF printer', () => {
  it('prints the report HTML from a hidden window with JavaScript off, backgrounds on and the CSS page size', async () => {
    const log: Parameters<typeof fakeWindowClass>[0] = {};
    const out = path.join(tempDir(), 'report.pdf');
    await electronPdfPrinter(fakeWindowClass(log))('<html><body>report</body></html>', out);
    expect(log.options).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(log.html).toBe('<html><body>report</body></html>');
    expect(log.printed).toEqual(REPORT_PRINT_OPTIONS);
    expect(REPORT_PRINT_OPTIONS).toMatchObject({ printBackground: true, preferCSSPageSize: true });
    expect(fs.readFileSync(out, 'utf8')).toBe('%PDF-1.7 fake');
    expect(log.destroyed).toBe(true);
    expect(fs.existsSync(path.dirname(log.loaded!))).toBe(false);
  });

  it('never lets the print window navigate or open windows', async () => {
    const log: Parameters<typeof fakeWindowClass>[0] = {};
    await electronPdfPrinter(fakeWindowClass(log))('<p>x</p>', path.join(tempDir(), 'r.pdf'));
    let prevented = false;
    log.navigation!({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(log.openHandler!()).toEqual({ action: 'deny' });
  });
});
