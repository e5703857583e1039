/**
 * Preferences the desktop app keeps for the checker, end to end through the built renderer: the
 * export defaults chosen in Settings are where the Export dialog starts, and a project reopens on
 * the article and the claim that were open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTextArticle } from '../../electron/import/importText';
import { FIRST_PAGE } from '../../renderer/stores/pagedList';
import { sampleProject } from '../helpers/tempProject';
import { openWorkbench, type Workbench } from './harness';

describe('desktop preferences', () => {
  let wb: Workbench;

  beforeAll(async () => {
    const { file, project } = sampleProject();
    project.close();
    wb = await openWorkbench(file);
  });

  afterAll(async () => {
    await wb.close();
  });

  it('starts the Export dialog from the export defaults saved in Settings', async () => {
    const { page } = wb;
    await wb.emit({ type: 'menu', command: 'settings' });
    const settings = page.locator('.settings-dialog');
    await settings.getByLabel('Default export format').selectOption('html');
    await settings.getByLabel('Include the change history appendix').check();
    await settings.getByRole('group', { name: 'Default verdicts' }).getByLabel('Verified', { exact: true }).uncheck();
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.waitFor({ state: 'hidden' });
    expect(wb.host.settings.exportDefaults).toEqual({
      format: 'html',
      history: true,
      verdicts: ['unverified', 'disputed'],
    });

    await wb.emit({ type: 'menu', command: 'export' });
    const dialog = page.locator('.export-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('input[name="export-format"]:checked').inputValue()).toBe('html');
    expect(await dialog.getByLabel(/Include change history/).isChecked()).toBe(true);
    const verdicts = dialog.getByRole('group', { name: 'Verdicts' });
    const checked = (await verdicts.locator('label:has(input:checked)').allTextContents()).join(' | ');
    expect(checked).toMatch(/Disputed/);
    expect(checked).toMatch(/Unverified/);
    expect(checked).not.toMatch(/\bVerified/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('reopens the project on the article that was open', async () => {
    const first = await wb.ui.openArticleTitle();
    const other = first.startsWith('Venezuela')
      ? 'US Detainees Released, Political Prisoner Debate Flares'
      : 'Venezuela Starts Freeing Prisoners Under US Pressure';
    await wb.ui.openArticle(other);
    await wb.ui.reload();
    expect(await wb.ui.openArticleTitle()).toBe(other);
  });

  it('reopens the project on the claim that was open, and without one once it was closed', async () => {
    const { ui, page } = wb;
    await ui.openArticle('US Detainees Released, Political Prisoner Debate Flares');
    await ui.selectText('116 prisoners were released on Monday alone');
    await ui.createClaimFromSelection();
    // Another article opened meanwhile: both are put back.
    await ui.openArticle('Venezuela Starts Freeing Prisoners Under US Pressure');
    await ui.reload();
    expect(await ui.openArticleTitle()).toBe('Venezuela Starts Freeing Prisoners Under US Pressure');
    expect((await ui.claimDetail()).text).toBe('116 prisoners were released on Monday alone');

    const claimPane = page.locator('section[aria-label="Claim detail"]');
    await claimPane.getByRole('button', { name: 'Close claim' }).click();
    await claimPane.waitFor({ state: 'detached' });
    await ui.reload();
    expect(await ui.openArticleTitle()).toBe('Venezuela Starts Freeing Prisoners Under US Pressure');
    expect(await claimPane.count()).toBe(0);
  });
});

describe('a project longer than the first page of its list', () => {
  let wb: Workbench;
  let file: string;
  let remembered: string;

  beforeAll(async () => {
    const s = sampleProject();
    file = s.file;
    const briefings = Array.from({ length: 72 }, (_, i) =>
      importTextArticle(s.project, { text: `Briefing ${i + 1}\n\nNotes from the desk, number ${i + 1}.` }),
    );
    remembered = briefings[64]!.article.id;
    s.project.close();
    wb = await openWorkbench(file);
  });

  afterAll(async () => {
    await wb.close();
  });

  it('reopens on the remembered article even when it is not among the first rows read', async () => {
    // Briefing 65 comes after the two samples: past the first page the window reads at once.
    expect(FIRST_PAGE).toBeLessThan(2 + 65);
    wb.host.views.set(wb.workspace.current()!.path, { selectedArticleId: remembered, selectedClaimId: null });
    await wb.ui.reload();
    expect(await wb.ui.openArticleTitle()).toBe('Briefing 65');
  });
});
