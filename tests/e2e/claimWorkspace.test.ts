/**
 * The claim workspace, end to end on the two sample articles (built renderer, headless Chromium,
 * real project files): the search palette, claim suggestions in the selection popover, appearances
 * with differing figures side by side, undo/redo across articles and a reload, a keyboard-only
 * session, and an accessibility walk of the main screens.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getArticleText } from '../../electron/articles/articleStore';
import { getClaimDetail } from '../../electron/claims/claimDetail';
import { listClaims } from '../../electron/claims/claimStore';
import { listHighlights } from '../../electron/spans/spanStore';
import { rangeOf, sampleProject } from '../helpers/tempProject';
import { buildDemoProject } from './fixtures/demoProject';
import { handlersFor } from './fixtures/handlersFor';
import { openWorkbench, type Workbench } from './harness';
import { controlCount, unnamedControls } from './harness/accessibility';
import { lowContrastText } from './harness/contrast';

const US = 'US Detainees Released';
const VE = 'Venezuela Starts Freeing';
const US_QUOTE = '116 prisoners were released on Monday alone';
const VE_QUOTE = '116 detainees have been freed since January 9';
const SHOTS = process.env.CLAIMDESK_SHOTS;

let wb: Workbench | undefined;
afterEach(async () => {
  await wb?.close();
  wb = undefined;
});

async function shot(name: string): Promise<void> {
  if (SHOTS && wb) await wb.ui.screenshot(path.join(SHOTS, `${name}.png`));
}

/** The sample project with one claim made from the US article's "116 … on Monday alone". */
async function projectWithFigureClaim() {
  const { file, project, us, ve } = sampleProject();
  const h = handlersFor(project);
  const figure = await h.createClaimFromSpan({
    articleId: us.id,
    ...rangeOf(getArticleText(project, us.id), US_QUOTE),
  });
  project.close();
  return { file, us, ve, claim: figure.claim };
}

describe('search palette', () => {
  it('finds “Rodríguez” when typed without the accent and jumps to the passage in the article', async () => {
    const { file, project } = sampleProject();
    project.close();
    wb = await openWorkbench(file);
    const { ui, page } = wb;

    await ui.search('rodriguez');
    const results = await ui.searchResults();
    expect(results.article?.length).toBeGreaterThan(0);
    expect(results.article!.every((hit) => hit.marked.includes('Rodríguez'))).toBe(true);
    await shot('search-palette');

    const first = results.article![0]!.title;
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Search' }).waitFor({ state: 'hidden' });
    await ui.settled();
    expect(await ui.openArticleTitle()).toBe(first);
    await expect.poll(() => ui.passageShown()).toBe('Rodríguez');
    await shot('search-jump');
  });
});

describe('claim suggestions', () => {
  it('suggests the claim sharing figure 116 first, with its reason, and links it with one click', async () => {
    const { file, ve, claim } = await projectWithFigureClaim();
    wb = await openWorkbench(file);
    const { ui } = wb;
    await ui.openArticle(VE);
    await ui.selectText(VE_QUOTE);
    const suggestions = await ui.suggestions();
    expect(suggestions[0]!.text).toBe(claim.text);
    expect(suggestions[0]!.reasons).toContain('shares figure 116');
    await shot('suggestions');
    // Suggesting never links by itself.
    expect(listHighlights(wb.workspace.project(), ve.id)).toHaveLength(0);

    await ui.page.locator('.popover-suggestion').first().click();
    await ui.settled();
    const linked = listHighlights(wb.workspace.project(), ve.id);
    expect(linked.map((h) => h.claimId)).toEqual([claim.id]);
    expect((await ui.claimDetail()).appearances).toHaveLength(2);
  });

  it('asks once more before creating a claim the passage likely restates, never twice by accident', async () => {
    // The desk already wrote the Venezuelan figure down as a claim, from the US article's wording.
    const { file, project, us, ve } = sampleProject();
    const { claim } = await handlersFor(project).createClaimFromSpan({
      articleId: us.id,
      ...rangeOf(getArticleText(project, us.id), US_QUOTE),
      text: '116 detainees freed since January 9',
    });
    project.close();
    wb = await openWorkbench(file);
    const { ui, page } = wb;
    const db = () => wb!.workspace.project();
    await ui.openArticle(VE);

    // Enter pressed before the suggestions arrive waits for them, then asks.
    await ui.selectText(VE_QUOTE);
    await ui.press('Enter');
    const warning = page.locator('.popover-same-warning');
    await warning.waitFor();
    expect(await warning.innerText()).toContain(claim.text);
    expect((await ui.suggestions())[0]!.reasons).toContain('likely the same claim');
    expect(listClaims(db())).toHaveLength(1);
    await shot('likely-same-claim');

    // Shift+Enter links it instead.
    await ui.press('Shift+Enter');
    expect(listHighlights(db(), ve.id).map((h) => h.claimId)).toEqual([claim.id]);
    expect(listClaims(db())).toHaveLength(1);

    // Asked twice, the checker gets the new claim they insist on.
    await ui.press('Control+z');
    await ui.selectText(VE_QUOTE);
    await ui.suggestions();
    await ui.press('Enter');
    await warning.waitFor();
    expect(await page.locator('.popover-new').innerText()).toContain('New claim anyway');
    await ui.press('Enter');
    expect(listClaims(db()).map((c) => c.text)).toEqual([claim.text, VE_QUOTE]);
    expect(listHighlights(db(), ve.id)).toHaveLength(1);
  });
});

describe('appearances', () => {
  it('shows both appearances of a claim, whom each article credits, and says their figures differ: 56 against at least 116', async () => {
    const { file, project, us } = sampleProject();
    const h = handlersFor(project);
    const text = getArticleText(project, us.id);
    const { claim } = await h.createClaimFromSpan({
      articleId: us.id,
      ...rangeOf(text, 'only 56 detainees had been released'),
      text: 'Few detainees have been released',
    });
    await h.linkSpan({ articleId: us.id, claimId: claim.id, ...rangeOf(text, 'at least 116 prisoners were released') });
    project.close();
    wb = await openWorkbench(file);
    const { ui, page } = wb;
    await ui.openArticle(US);
    await ui.selectClaim(claim.text);

    const detail = page.locator('section[aria-label="Claim detail"]');
    expect((await ui.claimDetail()).appearances).toHaveLength(2);
    const banner = detail.getByRole('note', { name: 'Figures differ' });
    await banner.waitFor();
    const said = await banner.innerText();
    expect(said).toContain('Figures differ');
    expect(said).toMatch(/56 ≠ at least 116|at least 116 ≠ 56/);
    // Each quote marks its own figure as the one that differs (a sign and an underline, not colour alone).
    const flagged = await detail.locator('.appearance .figure-differs').allInnerTexts();
    expect(flagged.map((t) => t.replace('⚠', '').replace('(figure differs)', '').trim()).sort()).toEqual([
      'at least 116',
      'only 56',
    ]);
    await shot('appearances');

    await detail.getByRole('button', { name: 'Compare' }).click();
    const compare = page.getByRole('dialog', { name: 'Appearances side by side' });
    await compare.waitFor();
    expect(await compare.locator('.compare-column').count()).toBe(2);
    expect(await compare.getByRole('note', { name: 'Figures differ' }).count()).toBe(1);
    // Whom the article credits with each figure, beside the claimant the desk recorded.
    const credited = await compare.locator('.compare-meta div', { hasText: 'Attributed to' }).allInnerTexts();
    expect(credited.map((t) => t.replace('Attributed to', '').trim()).sort()).toEqual([
      'The human rights group Penal Forum',
      'Venezuela’s Ministry of Penitentiary Services',
    ]);
    await shot('compare');
    await page.keyboard.press('Escape');
    await compare.waitFor({ state: 'hidden' });
  });
});

describe('undo and redo', () => {
  it('undoes and redoes a claim, its verdict and a link across two articles, also after a reload', async () => {
    const { file, project, us, ve } = sampleProject();
    project.close();
    wb = await openWorkbench(file);
    const { ui } = wb;
    const db = () => wb!.workspace.project();

    await ui.openArticle(US);
    await ui.selectText(US_QUOTE);
    await ui.createClaimFromSelection();
    await ui.setVerdict('disputed');
    await ui.openArticle(VE);
    await ui.selectText(VE_QUOTE);
    await ui.linkSelectionTo(US_QUOTE);
    const claimId = listHighlights(db(), us.id)[0]!.claimId;
    expect(listHighlights(db(), ve.id)).toHaveLength(1);

    await ui.press('Control+z');
    expect(await ui.toastText()).toBe('Undone: Highlight linked');
    expect(listHighlights(db(), ve.id)).toHaveLength(0);
    expect((await ui.quote(VE_QUOTE)).covered).toBe(false);

    await ui.press('Control+z');
    expect(getClaimDetail(db(), claimId).claim.verdict).toBe('unverified');

    // The claim was made in the other article: undoing it opens that article.
    await ui.press('Control+z');
    expect(await ui.toastText()).toBe('Undone: Claim created');
    expect(await ui.openArticleTitle()).toMatch(/^US Detainees Released/);
    expect(listHighlights(db(), us.id)).toHaveLength(0);
    expect((await ui.quote(US_QUOTE)).covered).toBe(false);

    // Same session, window reloaded: the stack is still there.
    await ui.reload();
    await ui.press('Control+Shift+z');
    expect(await ui.toastText()).toBe('Redone: Claim created');
    expect(listHighlights(db(), us.id)).toHaveLength(1);
    expect((await ui.quote(US_QUOTE)).covered).toBe(true);

    await ui.press('Control+y');
    expect(getClaimDetail(db(), claimId).claim.verdict).toBe('disputed');
    expect((await ui.claimDetail()).verdict).toBe('disputed');

    await ui.press('Control+Shift+z');
    expect(await ui.openArticleTitle()).toMatch(/^Venezuela Starts Freeing/);
    expect(listHighlights(db(), ve.id)).toHaveLength(1);
    expect((await ui.quote(VE_QUOTE)).covered).toBe(true);

    // The toast's button is the same undo.
    await ui.undo();
    expect(listHighlights(db(), ve.id)).toHaveLength(0);
    await ui.press('Control+Shift+z', 'Control+Shift+z');
    expect(await ui.toastText()).toBe('Nothing to redo');
    expect(listHighlights(db(), ve.id)).toHaveLength(1);
  });

  it('undoes evidence removal, a claimant edit and an article title edit', async () => {
    const { file, claim, us } = await projectWithFigureClaim();
    wb = await openWorkbench(file);
    const { ui, page } = wb;
    const db = () => wb!.workspace.project();
    await ui.openArticle(US);
    await ui.selectClaim(claim.text);
    await ui.setClaimant('Ministry of Penitentiary Services');
    await ui.addEvidence({ citation: 'Foro Penal tally', note: 'Counts 56 releases.' });
    await page.getByRole('button', { name: 'Remove evidence' }).click();
    await ui.settled();
    expect(getClaimDetail(db(), claim.id).evidence).toHaveLength(0);
    const title = page.getByLabel('Article title');
    await title.fill('A new title');
    await title.blur();
    await ui.settled();

    await page.locator('.article-text').focus();
    await ui.press('Control+z');
    expect(await ui.openArticleTitle()).toBe(us.title);
    await ui.press('Control+z');
    expect(getClaimDetail(db(), claim.id).evidence.map((e) => e.citation)).toEqual(['Foro Penal tally']);
    await ui.press('Control+z');
    expect(getClaimDetail(db(), claim.id).evidence).toHaveLength(0);
    await ui.press('Control+z');
    expect(getClaimDetail(db(), claim.id).claim.claimant).toBe('');
    // Redo re-adds the evidence, then the stack follows its new id when undoing again.
    await ui.press('Control+Shift+z', 'Control+Shift+z');
    expect(getClaimDetail(db(), claim.id).evidence).toHaveLength(1);
    await ui.press('Control+Shift+z');
    expect(getClaimDetail(db(), claim.id).evidence).toHaveLength(0);
  });
});

describe('keyboard only', () => {
  it('links the top suggestion with Shift+Enter, creates a claim with Enter, sets its verdict with 2, moves between highlights with J/K and undoes', async () => {
    const { file, ve, claim } = await projectWithFigureClaim();
    wb = await openWorkbench(file);
    const { ui, page } = wb;
    const db = () => wb!.workspace.project();
    await ui.openArticle(VE);

    await ui.selectText(VE_QUOTE);
    await ui.suggestions();
    await ui.press('Shift+Enter');
    expect(listHighlights(db(), ve.id).map((h) => h.claimId)).toEqual([claim.id]);

    const quote = 'at least two U.S. citizens remain detained';
    await ui.selectText(quote);
    await ui.press('Enter');
    expect((await ui.claimDetail()).text).toBe(quote);
    const created = listHighlights(db(), ve.id).find((h) => h.claimId !== claim.id)!;

    await ui.press('2');
    expect(getClaimDetail(db(), created.claimId).claim.verdict).toBe('disputed');
    expect((await ui.claimDetail()).verdict).toBe('disputed');

    // Highlights in reading order; J goes forward, K back, each selecting its claim.
    const order = listHighlights(db(), ve.id).map((h) => h.claimId);
    await ui.press('Escape', 'j');
    expect((await ui.claimDetail()).text).toBe(order[0] === claim.id ? claim.text : quote);
    await ui.press('j');
    expect((await ui.claimDetail()).text).toBe(order[1] === claim.id ? claim.text : quote);
    await ui.press('k');
    expect((await ui.claimDetail()).text).toBe(order[0] === claim.id ? claim.text : quote);

    await ui.press('Control+z');
    expect(getClaimDetail(db(), created.claimId).claim.verdict).toBe('unverified');
    await ui.press('Control+z');
    expect(listHighlights(db(), ve.id).map((h) => h.claimId)).toEqual([claim.id]);

    await ui.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    expect(await sheet.innerText()).toContain('Link to the top suggested claim');
    await shot('shortcuts');
    await ui.press('Escape');
    await sheet.waitFor({ state: 'hidden' });
  });
});

describe('keyboard selection', () => {
  it('selects words in the read-only article with Shift+arrows, without a mouse, and makes a claim of them', async () => {
    const { file, project, ve } = sampleProject();
    const firstWords = getArticleText(project, ve.id).trimStart().split(/\s+/).slice(0, 3).join(' ');
    project.close();
    wb = await openWorkbench(file);
    const { ui, page } = wb;
    await ui.openArticle(VE);
    // The article text is a tab stop; from there a selection starts at the first paragraph in view.
    await page.locator('.article-text').focus();
    await ui.press('Control+Shift+ArrowRight', 'Control+Shift+ArrowRight', 'Control+Shift+ArrowRight');
    expect((await ui.popoverQuote()).trim()).toBe(firstWords);
    await ui.press('Shift+ArrowLeft');
    expect((await ui.popoverQuote()).trim()).toBe(firstWords.slice(0, -1));
    await ui.press('Shift+ArrowRight', 'Enter');
    expect((await ui.claimDetail()).text).toBe(firstWords);
    expect(listHighlights(wb.workspace.project(), ve.id)).toHaveLength(1);
  });
});

describe('accessibility', () => {
  it('names every control on the main screens for screen readers, with text contrast AA', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-a11y-'));
    const file = path.join(dir, 'demo.claimdesk');
    await buildDemoProject(file);
    wb = await openWorkbench(file);
    const { ui, page } = wb;
    const check = async (screen: string) => {
      expect(await controlCount(page), screen).toBeGreaterThan(0);
      expect(await unnamedControls(page), screen).toEqual([]);
      expect(await lowContrastText(page), screen).toEqual([]);
    };

    // The contrast check itself catches faint text (grey #aaa on white is 2.3:1).
    await page.evaluate(() => {
      const p = Object.assign(document.createElement('p'), { id: 'faint', textContent: 'faint' });
      p.style.cssText = 'color: #aaa; background: #fff';
      document.body.append(p);
    });
    expect((await lowContrastText(page)).map((f) => f.text)).toContain('faint');
    await page.evaluate(() => document.getElementById('faint')!.remove());

    await ui.openArticle(US);
    await ui.selectClaim('116 prisoners were released in a single day');
    await check('workbench with a claim selected');
    // Regression: the claim text shrank to one line in a tall detail pane, hiding its second line.
    const claimText = page.locator('section[aria-label="Claim detail"]').getByLabel('Claim text');
    expect(await claimText.evaluate((t) => t.scrollHeight - t.clientHeight)).toBeLessThanOrEqual(1);

    await ui.selectText('more than 400 prisoners');
    await ui.suggestions();
    await check('selection popover with suggestions');
    await ui.press('Escape');

    await ui.search('prisoners');
    await check('search palette with results');
    await ui.press('Escape');

    await ui.press('?');
    await check('shortcut sheet');
    await ui.press('Escape');

    await page.getByRole('button', { name: 'Compare' }).click();
    await ui.settled();
    await check('appearances side by side');
    await ui.press('Escape');

    await page.getByRole('button', { name: /Export/ }).click();
    await ui.settled();
    await check('export dialog');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
