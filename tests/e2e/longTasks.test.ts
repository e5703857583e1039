/**
 * Long work in the window, end to end: an export shows its steps with a progress bar, and Cancel
 * (enabled while it runs) stops it, leaving no file behind.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleProject } from '../helpers/tempProject';
import { openWorkbench, type Workbench } from './harness';

describe('a long export', () => {
  let wb: Workbench;

  beforeAll(async () => {
    const { file, project } = sampleProject();
    project.close();
    wb = await openWorkbench(file);
  });

  afterAll(async () => {
    await wb.close();
  });

  it('shows its progress, and Cancel stops it without saving anything', async () => {
    let printed = 0;
    // A PDF engine that takes its time, as a long report does.
    wb.host.printPdf = (_html, outFile) =>
      new Promise((resolve) =>
        setTimeout(() => {
          fs.writeFileSync(outFile, '%PDF-1.7 slow');
          printed++;
          resolve();
        }, 1500),
      );
    const { page } = wb;
    await wb.emit({ type: 'menu', command: 'export' });
    const dialog = page.locator('.export-dialog');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByText('Printing the PDF').waitFor();
    const bar = dialog.getByRole('progressbar', { name: 'Export progress' });
    expect(Number(await bar.getAttribute('value'))).toBeGreaterThan(0);

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.getByText('Export cancelled; nothing was saved.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Export…' }).isEnabled()).toBe(true);
    await expect.poll(() => printed, { timeout: 5000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(fs.readdirSync(wb.host.exportDir!)).toEqual([]);
    expect(wb.host.revealed).toEqual([]);
  });
});
