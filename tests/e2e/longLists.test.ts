/**
 * Projects whose lists are longer than the first page the window reads: the first rows show at
 * once, the rest arrives in pages, and then every article and claim is there to find, open and
 * filter, with the lists still windowed. Same harness: built renderer, headless Chromium, real file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createClaim } from '../../electron/claims/claimStore';
import { importTextArticle } from '../../electron/import/importText';
import { sampleProject } from '../helpers/tempProject';
import { openWorkbench, type Workbench } from './harness';

let wb: Workbench | undefined;
afterEach(async () => {
  await wb?.close();
  wb = undefined;
});

const EXTRA_ARTICLES = 130;
const CLAIMS = 250;

function longProject(): string {
  const s = sampleProject('Ana Ruiz');
  for (let i = 0; i < EXTRA_ARTICLES; i++) {
    importTextArticle(s.project, { text: `Briefing ${i + 1}\n\nNotes from the desk, number ${i + 1}.` });
  }
  for (let i = 0; i < CLAIMS; i++) {
    createClaim(s.project, {
      text: `Statement number ${i + 1} to check`,
      claimant: i % 2 ? 'Ministry' : 'Penal Forum',
      verdict: i % 3 === 0 ? 'disputed' : 'unverified',
      rationale: '',
    });
  }
  s.project.close();
  return s.file;
}

describe('long lists', () => {
  it('shows every article and claim of a long project, windowed, findable and openable', async () => {
    wb = await openWorkbench(longProject());
    const { page, ui } = wb;
    const articles = page.locator('nav[aria-label="Articles"]');
    const claims = page.locator('aside[aria-label="Claims"]');
    expect(await articles.locator('.pane-title .count').innerText()).toBe(String(EXTRA_ARTICLES + 2));
    expect(await claims.locator('.pane-title .count').innerText()).toBe(String(CLAIMS));
    // Windowed: far fewer rows in the page than claims in the project, and no "loading" line left.
    expect(await claims.locator('.claim-item').count()).toBeLessThan(60);
    expect(await page.getByText(/Loading .* more/).count()).toBe(0);

    // The last claim came with a later page: the search finds it.
    await page.getByLabel('Search claims').fill('number 250');
    await ui.settled();
    expect(await claims.locator('.claim-item').allInnerTexts()).toEqual([
      expect.stringContaining('Statement number 250 to check'),
    ]);
    await page.getByLabel('Search claims').fill('');
    // The verdict filter counts the whole list, not the first page.
    expect(await claims.getByRole('radio', { name: /Disputed/ }).innerText()).toContain(String(Math.ceil(CLAIMS / 3)));

    // The last article too: scroll to the end of the list and open it.
    const list = articles.locator('.article-list');
    await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await ui.openArticle(`Briefing ${EXTRA_ARTICLES}`);
    expect(await page.locator('.article-text').innerText()).toContain(`Notes from the desk, number ${EXTRA_ARTICLES}.`);
  });
});
