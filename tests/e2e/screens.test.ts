/**
 * Around the workbench core: the welcome screen, read-only projects, adding .txt files (dropped on
 * the window), keyboard use of the selection popover, and events from the main process (menu commands,
 * project changed). Same harness: built renderer, headless Chromium, real project files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listHighlights } from '../../electron/spans/spanStore';
import { sampleProject, sampleText, US_SAMPLE } from '../helpers/tempProject';
import { handlersFor } from './fixtures/handlersFor';
import { projectTitle } from '../../electron/project/openProject';
import { buildDemoProject } from './fixtures/demoProject';
import { openWorkbench, type Workbench } from './harness';
import { lowContrastText } from './harness/contrast';

let wb: Workbench | undefined;
afterEach(async () => {
  await wb?.close();
  wb = undefined;
});

function closedSampleProject() {
  const s = sampleProject();
  s.project.close();
  return s;
}

describe('welcome screen', () => {
  it('offers new, open, sample and recent projects when none is open, and opens a recent one', async () => {
    const { file } = closedSampleProject();
    wb = await openWorkbench(null, { recent: [file] });
    const { page, ui } = wb;
    for (const name of ['New project…', 'Open project…', 'Open sample project']) {
      expect(await page.getByRole('button', { name }).count()).toBe(1);
    }
    // File dialogs belong to the main process; the harness has none and says so.
    await page.getByRole('button', { name: /New project/ }).click();
    await ui.settled();
    expect(await ui.toastText()).toContain('needs a file dialog');

    await page.getByRole('button', { name: /^test/ }).click();
    await ui.settled();
    expect(await page.locator('.article-item').count()).toBe(2);
    expect(await page.getByLabel('Project title').inputValue()).toBe('test');
  });
});

describe('project title', () => {
  it('renames the project from the top bar, into the project file', async () => {
    const { file } = closedSampleProject();
    wb = await openWorkbench(file);
    const { page, ui } = wb;
    const title = page.getByLabel('Project title');
    await title.fill('Venezuela prisoner releases');
    await title.press('Enter');
    await ui.settled();
    expect(projectTitle(wb.workspace.project())).toBe('Venezuela prisoner releases');
    await ui.reload();
    expect(await page.getByLabel('Project title').inputValue()).toBe('Venezuela prisoner releases');
  });
});

describe('read-only project', () => {
  it('shows a banner and no editing controls', async () => {
    const { file } = closedSampleProject();
    wb = await openWorkbench(file, { readOnly: true });
    const { page, ui } = wb;
    expect(await page.getByRole('status').filter({ hasText: 'Read-only' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Add article' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Import files…' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Import new version…' }).count()).toBe(0);
    expect(await page.locator('.article-header input, .article-header textarea').count()).toBe(0);

    // Selecting text (to copy it, say) offers no claim to create.
    await ui.openArticle('US Detainees');
    await page.evaluate(() => {
      const node = document
        .createTreeWalker(document.querySelector('.article-text')!, NodeFilter.SHOW_TEXT)
        .nextNode()!;
      document.getSelection()!.setBaseAndExtent(node, 0, node, 10);
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.getSelection()?.toString().length)).toBe(10);
    expect(await page.locator('.selection-popover').count()).toBe(0);
  });
});

describe('adding .txt files', () => {
  it('adds .txt files dropped on the window one after another, and opens the one already present', async () => {
    const { file } = closedSampleProject();
    wb = await openWorkbench(file);
    const { page, ui } = wb;
    await ui.dropFiles([
      { name: 'buses.txt', bytes: 'Mayor Promises 300 New Buses\nThe mayor said 300 buses would arrive by June.\n' },
    ]);
    await ui.importSummary();
    expect(await ui.openArticleTitle()).toBe('Mayor Promises 300 New Buses');

    await ui.dropFiles([
      { name: 'budget.txt', bytes: 'Council Approves Budget\nThe council approved a budget of 12 million.\n' },
    ]);
    await ui.importSummary();
    expect(await ui.openArticleTitle()).toBe('Council Approves Budget');
    expect(await page.locator('.article-item').count()).toBe(4);

    // The same text again adds nothing and opens the article already there.
    await ui.openArticle('Council Approves');
    await ui.dropFiles([{ name: 'again.txt', bytes: sampleText(US_SAMPLE) }]);
    const summary = await ui.importSummary();
    expect(summary.groups['Already in the project']).toEqual([
      'US Detainees Released, Political Prisoner Debate Flares | again.txt',
    ]);
    expect(await ui.openArticleTitle()).toBe('US Detainees Released, Political Prisoner Debate Flares');
    expect(await page.locator('.article-item').count()).toBe(4);
  });
});

describe('selection popover keyboard', () => {
  it('creates a claim with Enter and closes with Esc', async () => {
    const { file, us } = closedSampleProject();
    wb = await openWorkbench(file);
    const { page, ui } = wb;
    await ui.openArticle('US Detainees');
    await ui.selectText('more than 400 prisoners had been freed');
    await page.keyboard.press('Escape');
    await page.locator('.selection-popover').waitFor({ state: 'detached' });

    await ui.selectText('more than 400 prisoners had been freed');
    await page.keyboard.press('Enter');
    await ui.settled();
    expect((await ui.claimDetail()).text).toBe('more than 400 prisoners had been freed');
    expect(listHighlights(wb.workspace.project(), us.id)).toHaveLength(1);
  });
});

describe('main-process events', () => {
  it('reloads on project-changed and runs menu commands', async () => {
    const { file } = closedSampleProject();
    wb = await openWorkbench(file);
    const { page, ui } = wb;

    // Another window (here: the services directly) adds an article; the main process says so.
    await handlersFor(wb.workspace.project()).addArticle({ text: 'Port Reopens\nThe port reopened on Friday.\n' });
    await wb.emit({ type: 'project-changed' });
    expect(await page.locator('.article-item').count()).toBe(3);

    await wb.emit({ type: 'menu', command: 'add-article' });
    expect(await page.getByRole('dialog', { name: 'Add article' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await ui.settled();

    // Edit → Find… (Ctrl/Cmd+K) opens the search palette with its box focused.
    await wb.emit({ type: 'menu', command: 'find-claim' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Search articles, claims and evidence',
    );
  });
});

describe('theme', () => {
  it('follows the operating system’s dark setting: dark surfaces, light article text', async () => {
    const { file } = closedSampleProject();
    wb = await openWorkbench(file, { colorScheme: 'dark' });
    const { page, ui } = wb;
    await ui.openArticle('US Detainees');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(3 * 60);
    const text = await page.evaluate(() => getComputedStyle(document.querySelector('.article-text')!).color);
    expect(
      text
        .match(/\d+/g)!
        .map(Number)
        .reduce((a, c) => a + c, 0),
    ).toBeGreaterThan(3 * 200);
  });

  it('keeps text contrast AA in the dark theme, on highlights and in the claim detail', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-dark-'));
    const file = path.join(dir, 'demo.claimdesk');
    await buildDemoProject(file);
    wb = await openWorkbench(file, { colorScheme: 'dark' });
    const { page, ui } = wb;
    await ui.openArticle('US Detainees');
    await ui.selectClaim('116 prisoners were released in a single day');
    expect(await page.locator('.article-text mark').count()).toBeGreaterThan(0);
    expect(await lowContrastText(page)).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
