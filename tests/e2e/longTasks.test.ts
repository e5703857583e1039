/**
 * Long work in the window, end to end: an export shows its steps with a progress bar, and Cancel
 * (enabled while it runs) stops it, leaving no file behind. A large merge runs in its worker while
 * the window goes on answering: the checker reads claims, a change is refused with the reason, and
 * Cancel leaves the project as it was.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDivergedCopies, type DivergedCopies } from '../../electron/sync/benchFixtures';
import { canonicalProjectDump } from '../../electron/sync/projectDump';
import { sampleProject, tempDir } from '../helpers/tempProject';
import { openWorkbench, type Workbench } from './harness';
import { emitEvent } from './harness/fakePreload';

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

describe('a long merge', () => {
  let wb: Workbench;
  let copies: DivergedCopies;

  beforeAll(async () => {
    // Two copies 20,000 changes apart each way: the merge takes a second or two here.
    copies = createDivergedCopies(tempDir(), 20_000);
    wb = await openWorkbench(copies.a, {
      actor: 'Ana',
      expectedErrors: ['the merge of b.claimdesk is running', 'A merge is already running'],
    });
  }, 180_000);

  afterAll(async () => {
    await wb?.close();
  });

  const region = () => wb.page.getByRole('region', { name: 'Merge' });
  const startMerge = async () => {
    wb.syncHost.mergeFile = copies.b;
    // Not wb.emit, which waits for the calls it starts: this one runs for a while.
    await emitEvent(wb.page, { type: 'menu', command: 'merge-file' });
    await region().getByRole('progressbar', { name: 'Merge progress' }).waitFor();
  };

  it('stops at Cancel and leaves the project as it was', async () => {
    const project = wb.workspace.project();
    const before = canonicalProjectDump(project.db);
    await startMerge();
    await region().getByRole('button', { name: 'Cancel' }).click();
    await region().waitFor({ state: 'detached' });
    expect(await wb.page.getByRole('dialog', { name: 'Merge from file' }).count()).toBe(0);
    expect(canonicalProjectDump(project.db)).toBe(before);
    expect(project.busyWith).toBeUndefined();
  });

  it('keeps the window working while it merges, refusing changes with the reason, then shows what came in', async () => {
    const { page } = wb;
    await startMerge();
    // The claims list still answers: open a claim and try to change its verdict meanwhile.
    await page.locator('.claim-item').first().click();
    const verdict = page.locator('section[aria-label="Claim detail"]').getByRole('radiogroup', { name: 'Verdict' });
    await verdict.getByRole('radio', { name: 'Disputed', exact: true }).click();
    await expect.poll(() => wb.ui.toastText()).toMatch(/the merge of b\.claimdesk is running, so nothing was changed/);
    expect(await region().count()).toBe(1);
    // A second File → Merge from File meanwhile is refused; the first goes on, its progress shown.
    await emitEvent(page, { type: 'menu', command: 'merge-file' });
    await expect.poll(() => wb.ui.toastText()).toMatch(/^A merge is already running/);
    expect(await region().getByRole('progressbar', { name: 'Merge progress' }).count()).toBe(1);
    if (process.env.CLAIMDESK_SHOTS) await wb.ui.screenshot(`${process.env.CLAIMDESK_SHOTS}/merge-running.png`);
    const merged = page.getByRole('dialog', { name: 'Merge from file' });
    await merged.waitFor({ timeout: 30_000 });
    expect(await merged.locator('.merge-headline').innerText()).toMatch(/^Merged [\d,]+ changes from b\.claimdesk/);
    expect(wb.workspace.project().busyWith).toBeUndefined();
  });
});
