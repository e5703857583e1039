/**
 * Working with colleagues, end to end (built renderer, headless Chromium, real project files and
 * the real sync services): a colleague's copy merged through File → Merge from File with a
 * conflicting verdict, settled in the conflicts view; a shared folder linked, synced and unlinked
 * from its dialog; a project inside a Dropbox folder, opened read-only with a warning, and the
 * local copy or "Open here anyway" it offers; and the first-run name prompt and Settings, whose name goes on the next change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getArticleText } from '../../electron/articles/articleStore';
import { getClaimDetail } from '../../electron/claims/claimDetail';
import { getClaim } from '../../electron/claims/claimStore';
import { openProject } from '../../electron/project/openProject';
import { listConflicts } from '../../electron/sync/conflicts';
import { syncRound } from '../../electron/sync/syncFolder';
import { rangeOf, sampleProject, tempDir } from '../helpers/tempProject';
import { handlersFor } from './fixtures/handlersFor';
import { openWorkbench, type Workbench } from './harness';
import { unnamedControls } from './harness/accessibility';

const US = 'US Detainees Released';
const US_QUOTE = '116 prisoners were released on Monday alone';
const SHOTS = process.env.CLAIMDESK_SHOTS;

let wb: Workbench | undefined;
afterEach(async () => {
  await wb?.close();
  wb = undefined;
});

async function shot(name: string): Promise<void> {
  if (SHOTS && wb) await wb.ui.screenshot(path.join(SHOTS, `${name}.png`));
}

/**
 * The sample project with one claim (the US article's figure), closed, in `dir` (a new temp
 * folder by default), and a colleague's copy of it made while it was closed, as if mailed.
 */
async function projectWithColleagueCopy(dir = tempDir()) {
  const { file: made, project, us } = sampleProject();
  const claim = (
    await handlersFor(project).createClaimFromSpan({
      articleId: us.id,
      ...rangeOf(getArticleText(project, us.id), US_QUOTE),
    })
  ).claim;
  project.close();
  const file = path.join(dir, 'desk.claimdesk');
  if (file !== made) fs.renameSync(made, file);
  const colleagueFile = path.join(tempDir(), 'Ben.claimdesk');
  fs.copyFileSync(file, colleagueFile);
  return { file, colleagueFile, claimId: claim.id };
}

/** Ben, on his own copy, sets the claim's verdict (and, given a folder, shares it there). */
async function colleagueSetsVerdict(file: string, claimId: string, verdict: 'verified' | 'disputed', folder?: string) {
  const ben = openProject(file, { actor: 'Ben Okafor' });
  try {
    await handlersFor(ben).updateClaim(claimId, { verdict });
    if (folder) syncRound(ben, folder);
  } finally {
    ben.close();
  }
}

const dialog = (name: string) => wb!.page.getByRole('dialog', { name });

describe('merging a colleague’s copy', () => {
  it('shows the verdict conflict with both values, who and when, and settles it with the one picked', async () => {
    const { file, colleagueFile, claimId } = await projectWithColleagueCopy();
    await colleagueSetsVerdict(colleagueFile, claimId, 'verified');

    wb = await openWorkbench(file, { actor: 'Ana Ruiz' });
    const { ui, page } = wb;
    await ui.openArticle(US);
    await ui.selectClaim(US_QUOTE);
    await ui.setVerdict('disputed');

    // File → Merge from File: the dialog answers with Ben's copy.
    wb.syncHost.mergeFile = colleagueFile;
    await wb.emit({ type: 'menu', command: 'merge-file' });
    const merged = dialog('Merge from file');
    await merged.waitFor();
    expect(await merged.locator('.merge-headline').innerText()).toBe('Merged 1 change from Ben.claimdesk');
    expect(await merged.locator('.merge-fact-conflicts').innerText()).toMatch(/^1 conflict: you and your colleague/);
    await shot('sync-merge-result');

    // The conflicts view lists both verdicts, who set them and when.
    await merged.getByRole('button', { name: 'Review conflicts' }).click();
    await ui.settled();
    const view = dialog('Conflicts');
    await view.waitFor();
    const card = view.getByRole('article', { name: `Conflict: ${US_QUOTE}` });
    expect(await card.locator('.conflict-field').innerText()).toBe('VERDICT');
    // Until settled every copy shows the latest change: Ana's, made after Ben's.
    expect(await card.locator('.conflict-shown').innerText()).toMatch(/Every copy shows now:\s*✗\s*Disputed/);
    const versions = await card.locator('.conflict-version').evaluateAll((els) =>
      els.map((el) => ({
        value: el.querySelector('[data-verdict]')?.getAttribute('data-verdict'),
        by: el.querySelector('.conflict-by')?.textContent,
        at: el.querySelector('time')?.getAttribute('datetime'),
        when: el.querySelector('time')?.textContent,
      })),
    );
    expect(versions.map((v) => [v.value, v.by])).toEqual(
      expect.arrayContaining([
        ['disputed', 'Ana Ruiz'],
        ['verified', 'Ben Okafor'],
      ]),
    );
    for (const v of versions) {
      expect(Date.now() - Date.parse(v.at!)).toBeLessThan(120_000);
      expect(v.when).toMatch(/\d{1,2} \w{3} \d{4}, \d{2}:\d{2}:\d{2}/);
    }
    expect(await page.locator('.sync-pill-conflicts').innerText()).toBe('1 conflict');
    expect(await unnamedControls(page)).toEqual([]);
    await shot('sync-conflicts');

    // Keep Ben's verdict: the view empties, the claim shows it, and the file has no conflict left.
    await card.getByRole('button', { name: 'Keep Verified by Ben Okafor' }).click();
    await ui.settled();
    expect(await view.getByRole('status').innerText()).toMatch(/No conflicts/);
    await view.getByRole('button', { name: 'Done' }).click();
    await ui.settled();
    expect((await ui.claimDetail()).verdict).toBe('verified');
    expect(await page.locator('.sync-pill-conflicts').count()).toBe(0);
    expect(listConflicts(wb.workspace.project())).toEqual([]);
    expect(getClaim(wb.workspace.project(), claimId).verdict).toBe('verified');
  });

  it('shows the conflict on the claim itself, opens the view from there, and a new verdict settles it', async () => {
    const { file, colleagueFile, claimId } = await projectWithColleagueCopy();
    await colleagueSetsVerdict(colleagueFile, claimId, 'verified');
    wb = await openWorkbench(file, { actor: 'Ana Ruiz' });
    const { ui, page } = wb;
    await ui.openArticle(US);
    await ui.selectClaim(US_QUOTE);
    await ui.setVerdict('disputed');
    wb.syncHost.mergeFile = colleagueFile;
    await wb.emit({ type: 'menu', command: 'merge-file' });
    await dialog('Merge from file').getByRole('button', { name: 'Later' }).click();
    await ui.settled();

    const notice = page.locator('section[aria-label="Claim detail"] .conflict-notice');
    expect(await notice.innerText()).toMatch(/Conflict: 2 verdicts\s*Review/);
    await shot('sync-claim-notice');
    await notice.click();
    const view = dialog('Conflicts');
    await view.waitFor();
    await view
      .getByRole('group', { name: 'Set the verdict' })
      .getByRole('button', { name: /Unverified/ })
      .click();
    await ui.settled();
    expect(await view.getByRole('status').innerText()).toMatch(/No conflicts/);
    await page.keyboard.press('Escape');
    await ui.settled();
    expect((await ui.claimDetail()).verdict).toBe('unverified');
    expect(await notice.count()).toBe(0);
  });
});

describe('shared folder', () => {
  it('links a folder, reads a colleague’s changes, publishes ours, syncs again and unlinks', async () => {
    const { file, colleagueFile, claimId } = await projectWithColleagueCopy();
    const shared = tempDir('claimdesk-shared-');
    await colleagueSetsVerdict(colleagueFile, claimId, 'verified', shared);

    wb = await openWorkbench(file, { actor: 'Ana Ruiz' });
    const { ui, page } = wb;
    const pill = page.locator('.sync-pill-folder');
    expect(await pill.innerText()).toBe('Not shared');
    await pill.click();
    const folder = dialog('Shared folder');
    await folder.waitFor();
    expect(await folder.locator('.sync-folder-path').innerText()).toBe('Not linked to a shared folder');

    wb.syncHost.syncFolder = shared;
    await folder.getByRole('button', { name: 'Link folder…' }).click();
    await ui.settled();
    expect(await folder.locator('.sync-folder-path').innerText()).toBe(shared);
    expect(await folder.locator('.sync-status-line').innerText()).toMatch(/Available\s*Everything published/);
    const facts = async () =>
      Object.fromEntries(
        await folder
          .locator('.sync-fact')
          .evaluateAll((els) =>
            els.map((el) => [el.querySelector('dt')?.textContent, el.querySelector('dd')?.textContent]),
          ),
      );
    const first = await facts();
    expect(first.Published).toMatch(/^changes-.*\.claimdesk-changes$/);
    expect(first.Read).toMatch(/^1 file from colleagues, 1 change brought in/);
    expect(fs.readdirSync(shared).filter((f) => f.endsWith('.claimdesk-changes'))).toHaveLength(2);
    expect(await unnamedControls(page)).toEqual([]);
    await shot('sync-folder-linked');
    await page.keyboard.press('Escape');
    await ui.settled();

    // Ben's verdict arrived; a change of ours waits to be published, as the top bar says.
    await ui.openArticle(US);
    await ui.selectClaim(US_QUOTE);
    expect((await ui.claimDetail()).verdict).toBe('verified');
    expect(await pill.innerText()).toBe('Shared');
    await ui.setRationale('Ministry figure for Monday only.');
    expect(await pill.innerText()).toBe('1 to publish');
    await pill.click();
    await folder.getByRole('button', { name: 'Sync now' }).click();
    await ui.settled();
    expect((await facts()).Published).toMatch(/^changes-.*\.claimdesk-changes$/);
    expect(await folder.locator('.sync-status-line').innerText()).toMatch(/Everything published/);

    await folder.getByRole('button', { name: 'Unlink' }).click();
    await ui.settled();
    expect(await folder.locator('.sync-folder-path').innerText()).toBe('Not linked to a shared folder');
    expect(wb.syncHost.folderChanges).toBe(2);
  });

  /** Files SQLite keeps beside an open database, which a sync client would copy mid-save. */
  const walFilesIn = (folder: string) => fs.readdirSync(folder).filter((f) => /-(wal|shm)$/.test(f));

  async function openInDropbox() {
    const dropbox = path.join(tempDir(), 'Dropbox', 'Newsroom');
    fs.mkdirSync(dropbox, { recursive: true });
    const { file, claimId } = await projectWithColleagueCopy(dropbox);
    const bench = await openWorkbench(file);
    wb = bench;
    return { dropbox, file, claimId, bench, banner: bench.page.getByRole('alert', { name: 'Project location' }) };
  }

  it('opens a project in a Dropbox folder read-only, warns, and switches to a local copy linked to it', async () => {
    const { dropbox, file, bench, banner } = await openInDropbox();
    const { ui, page } = bench;

    expect(await banner.innerText()).toMatch(
      /This project file is in a synced or network folder \(it is inside "Dropbox", a folder a file-sync service copies\)\. SQLite’s write-ahead log is unsafe there.* It is open read-only for now\./s,
    );
    expect(await banner.getByRole('button', { name: 'Open here anyway' }).count()).toBe(1);
    expect(bench.workspace.project()).toMatchObject({ path: file, readOnly: true });
    expect(bench.workspace.project().readOnlyReason).toMatch(/^This project file is in a synced or network folder/);
    expect(await page.locator('.readonly-banner').count()).toBe(1);
    // The banner says why, not just that the project is read-only.
    expect(await page.locator('.readonly-banner').innerText()).toMatch(
      /^Read-only\. This project file is in a synced or network folder/,
    );
    expect(walFilesIn(dropbox)).toEqual([]);
    expect(await page.locator('.sync-pill-folder .sync-dot').count()).toBe(1);
    await shot('sync-location-warning');

    const local = path.join(tempDir('claimdesk-local-'), 'desk.claimdesk');
    bench.syncHost.localCopyPath = local;
    await banner.getByRole('button', { name: 'Make a local copy linked to this folder…' }).click();
    await ui.settled();
    expect(bench.syncHost.opened).toEqual([local]);
    expect(bench.workspace.project().path).toBe(local);
    expect(await page.locator('.topbar-project').getAttribute('title')).toBe(local);
    expect(await banner.count()).toBe(0);
    await page.locator('.sync-pill-folder').click();
    expect(await dialog('Shared folder').locator('.sync-folder-path').innerText()).toBe(dropbox);
    expect(fs.readdirSync(dropbox).some((f) => f.endsWith('.claimdesk-changes'))).toBe(true);
    expect(bench.workspace.project().readOnly).toBe(false);
    expect(await page.locator('.readonly-banner').count()).toBe(0);
    expect(walFilesIn(dropbox)).toEqual([]);
  });

  it('makes a project in a Dropbox folder writable where it is with "Open here anyway"', async () => {
    const { file, claimId, bench, banner } = await openInDropbox();
    const { ui, page } = bench;

    await banner.getByRole('button', { name: 'Open here anyway' }).click();
    await ui.settled();
    expect(bench.workspace.project()).toMatchObject({ path: file, readOnly: false });
    expect(bench.workspace.project().readOnlyReason).toBeUndefined();
    expect(await page.locator('.readonly-banner').count()).toBe(0);
    expect(await banner.count()).toBe(0);
    // The choice holds for the session: reopening the file keeps it writable.
    await bench.workspace.openRecent(file);
    expect(bench.workspace.project().readOnly).toBe(false);

    await ui.openArticle(US);
    await ui.selectClaim(US_QUOTE);
    await ui.setVerdict('disputed');
    expect(getClaimDetail(bench.workspace.project(), claimId).claim.verdict).toBe('disputed');
  });
});

describe('settings', () => {
  it('asks for the checker’s name on the first run, and records the saved name on the next change', async () => {
    const { file, claimId } = await projectWithColleagueCopy();
    wb = await openWorkbench(file, { firstRun: true });
    const { ui, page } = wb;

    const welcome = dialog('Welcome to Claimdesk');
    await welcome.waitFor();
    const name = welcome.getByLabel('Your name');
    expect(await name.inputValue()).toBe('Test Checker');
    expect(await welcome.innerText()).toMatch(/records it on every change you make/);
    await shot('settings-first-run');
    // Every change needs an author: Esc does not skip the question.
    await page.keyboard.press('Escape');
    await ui.settled();
    expect(await welcome.isVisible()).toBe(true);
    await name.fill('  ');
    expect(await welcome.getByRole('button', { name: 'Start checking' }).isDisabled()).toBe(true);
    await name.fill('Ana Ruiz');
    await welcome.getByRole('button', { name: 'Start checking' }).click();
    await ui.settled();
    expect(await welcome.isVisible()).toBe(false);
    expect(wb.host.settings).toMatchObject({ checkerName: 'Ana Ruiz', firstRun: false });
    expect(await page.locator('.topbar-actor-name').innerText()).toBe('Ana Ruiz');

    await ui.openArticle(US);
    await ui.selectClaim(US_QUOTE);
    await ui.setVerdict('disputed');
    const last = getClaimDetail(wb.workspace.project(), claimId).history.at(-1)!;
    expect(last).toMatchObject({ actor: 'Ana Ruiz', field: 'verdict', newValue: 'disputed' });

    // Settings from the checker's name in the top bar: a bad backup count is refused in place.
    await page.locator('.topbar-actor').click();
    const settings = dialog('Settings');
    await settings.waitFor();
    expect(await settings.getByLabel('Your name').inputValue()).toBe('Ana Ruiz');
    await settings.getByLabel('Backups to keep').fill('0');
    expect(await settings.locator('#settings-backups-help').innerText()).toBe('A whole number from 1 to 1000.');
    expect(await settings.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    await settings.getByLabel('Backups to keep').fill('25');
    await settings.getByLabel('Your name').fill('Ana Ruiz Pérez');
    expect(await unnamedControls(page)).toEqual([]);
    await shot('settings-dialog');
    await settings.getByRole('button', { name: 'Save' }).click();
    await ui.settled();
    expect(wb.host.settings).toMatchObject({ checkerName: 'Ana Ruiz Pérez', backupsToKeep: 25 });
    expect(await page.locator('.topbar-actor-name').innerText()).toBe('Ana Ruiz Pérez');
    await ui.setVerdict('verified');
    expect(getClaimDetail(wb.workspace.project(), claimId).history.at(-1)).toMatchObject({
      actor: 'Ana Ruiz Pérez',
      newValue: 'verified',
    });
  });
});
