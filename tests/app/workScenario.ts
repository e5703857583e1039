/**
 * The main e2e scenario against the real app, as a checker works: Claimdesk is started on a new
 * project file named on its command line (as a double-click does), the two sample articles are
 * imported through File → Import, a passage is highlighted into a new claim, the claim is marked
 * disputed, a colleague's copy that marks it verified is merged (File → Merge from File, in the
 * app's merge worker) and shows the conflict, and File → Export writes a PDF report. The native
 * Open and Save dialogs are answered from the main process (Electron's `dialog` stubbed through
 * Playwright); everything else is real.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ElectronApplication, Page } from 'playwright-core';
import { listClaims, updateClaim } from '../../electron/claims/claimStore';
import { openProject } from '../../electron/project/openProject';
import { createUi } from '../e2e/harness/ui';

export interface WorkScenarioOptions {
  app: ElectronApplication;
  page: Page;
  /** The project file the app was started with. */
  projectFile: string;
  sampleFiles: string[];
  /** Where the export's Save dialog answers. */
  reportFile: string;
  check(condition: unknown, what: string): void;
}

const QUOTE = '116 prisoners were released on Monday alone';

/** True once `probe` is, within 10 seconds (the real app has no in-flight counter to wait on). */
async function poll(probe: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (await probe()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

export async function runWorkScenario({ app, page, projectFile, sampleFiles, reportFile, check }: WorkScenarioOptions) {
  await app.evaluate(
    ({ dialog, shell }, answers) => {
      const d = dialog as unknown as Record<string, unknown>;
      d.showOpenDialog = async () => ({ canceled: false, filePaths: answers.open });
      d.showSaveDialog = async () => ({ canceled: false, filePath: answers.save });
      (shell as unknown as Record<string, unknown>).showItemInFolder = () => undefined;
    },
    { open: sampleFiles, save: reportFile },
  );
  const clickMenu = (id: string) =>
    app.evaluate(({ Menu }, itemId) => Menu.getApplicationMenu()?.getMenuItemById(itemId)?.click(), id);
  // The real app has no in-flight counter; the steps wait on what the screen shows instead.
  const ui = createUi(page, { inFlight: 0, internalErrors: [] });

  const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getTitle());
  check(title.startsWith(path.basename(projectFile, '.claimdesk')), `the file on the command line is open (${title})`);

  await clickMenu('file.import');
  const summary = await ui.importSummary();
  check(
    summary.groups['Imported']?.length === 2,
    `File → Import brings in both samples (${JSON.stringify(summary.groups)})`,
  );
  await ui.closeImportSummary();

  await ui.openArticle('US Detainees Released');
  await ui.selectText(QUOTE, { mouse: true });
  await ui.createClaimFromSelection();
  check((await ui.claimDetail()).text.includes('116 prisoners'), 'the highlight became a claim');
  await ui.setVerdict('disputed');
  check(await poll(async () => (await ui.claimDetail()).verdict === 'disputed'), 'the claim is marked disputed');

  // A colleague's copy, taken while the app has the project open, in which Ben marks it verified.
  const colleagueFile = path.join(path.dirname(reportFile), 'Ben copy.claimdesk');
  const live = new Database(projectFile, { readonly: true });
  await live.backup(colleagueFile);
  live.close();
  const ben = openProject(colleagueFile, { actor: 'Ben' });
  updateClaim(ben, listClaims(ben)[0]!.id, { verdict: 'verified' });
  ben.close();
  await app.evaluate(({ dialog }, file) => {
    (dialog as unknown as Record<string, unknown>).showOpenDialog = async () => ({
      canceled: false,
      filePaths: [file],
    });
  }, colleagueFile);
  await clickMenu('file.merge');
  const merged = page.getByRole('dialog', { name: 'Merge from file' });
  await merged.waitFor({ timeout: 60_000 });
  const headline = await merged.locator('.merge-headline').innerText();
  check(headline.startsWith('Merged 1 change from Ben copy.claimdesk'), `File → Merge from File merges (${headline})`);
  const conflicts = await merged.locator('.merge-fact-conflicts').innerText();
  check(conflicts.startsWith('1 conflict'), `the two verdicts show as a conflict (${conflicts})`);
  await merged.getByRole('button', { name: 'Later' }).click();

  await clickMenu('file.export');
  const dialog = page.locator('.export-dialog');
  await dialog.getByRole('radio', { name: /PDF report/ }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await dialog.locator('.export-status-ok').waitFor({ timeout: 60_000 });
  const pdf = fs.readFileSync(reportFile);
  check(
    pdf.subarray(0, 5).toString('latin1') === '%PDF-' && pdf.length > 10_000,
    `the PDF report is written (${pdf.length} bytes)`,
  );
  await dialog.getByRole('button', { name: 'Done' }).click();
}
