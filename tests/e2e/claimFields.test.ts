/**
 * Claim fields and claim filters, end to end on the two sample articles (built renderer, headless
 * Chromium, real project files): a claim's date, assignee (picked from the names already used) and
 * tags saved to the project; the Filter popover's faceted counts by tag, assignee and article,
 * combined, shown as chips and cleared; the filtered-out empty state; evidence with a title and an
 * access date; and Undo of a tag removal.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getArticleText } from '../../electron/articles/articleStore';
import { getClaimDetail } from '../../electron/claims/claimDetail';
import { getClaim } from '../../electron/claims/claimStore';
import { openProject } from '../../electron/project/openProject';
import { rangeOf, sampleProject } from '../helpers/tempProject';
import { handlersFor } from './fixtures/handlersFor';
import { openWorkbench, type Workbench } from './harness';

const US = 'US Detainees Released';
const US_QUOTE = '116 prisoners were released on Monday alone';
const VE_QUOTE = '116 detainees have been freed since January 9';
const VE_QUOTE_2 = 'at least two U.S. citizens remain detained';
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
 * The sample project with three claims: the US article's figure (no fields set yet), and two from
 * the Venezuelan article already tagged and assigned, so the names and tags can be suggested.
 */
async function projectWithThreeClaims() {
  const { file, project, us, ve } = sampleProject();
  const h = handlersFor(project);
  const at = (articleId: string, quote: string) => ({
    articleId,
    ...rangeOf(getArticleText(project, articleId), quote),
  });
  const figure = (await h.createClaimFromSpan(at(us.id, US_QUOTE))).claim;
  const freed = (await h.createClaimFromSpan(at(ve.id, VE_QUOTE))).claim;
  const detained = (await h.createClaimFromSpan(at(ve.id, VE_QUOTE_2))).claim;
  await h.updateClaim(freed.id, { assignee: 'Ana Ruiz', tags: ['Venezuela', 'prisoners'] });
  await h.updateClaim(detained.id, { assignee: 'Ben Okafor', tags: ['Venezuela'] });
  project.close();
  return { file, us, ve, figure, freed, detained };
}

describe('claim fields', () => {
  it('saves the claim date, an assignee picked from the suggestions and tags added with Enter and comma', async () => {
    const { file, figure } = await projectWithThreeClaims();
    wb = await openWorkbench(file);
    const { ui, page } = wb;
    const saved = () => getClaim(wb!.workspace.project(), figure.id);
    await ui.openArticle(US);
    await ui.selectClaim(figure.text);

    await ui.setClaimDate('2026-01-12');
    expect(saved().claimDate).toBe('2026-01-12');

    // "be" suggests Ben Okafor, already assigned in the project.
    await ui.setAssignee('be', 'Ben Okafor');
    expect(saved().assignee).toBe('Ben Okafor');

    await ui.addTags(['economy']);
    await ui.addTags(['Priority'], { comma: true });
    // "venezuela" typed in another case takes the project's spelling; a repeated tag is not added twice.
    await ui.addTags(['venezuela', 'economy ']);
    expect(saved().tags).toEqual(['economy', 'Priority', 'Venezuela']);
    expect(await ui.claimTags()).toEqual(['economy', 'Priority', 'Venezuela']);

    // Backspace in the empty tag input removes the last tag.
    await page.getByRole('combobox', { name: 'Add tag' }).focus();
    await ui.press('Backspace');
    expect(saved().tags).toEqual(['economy', 'Priority']);
    await shot('claim-fields');

    // After a reload everything comes from disk.
    await ui.reload();
    await ui.selectClaim(figure.text);
    expect(await ui.claimTags()).toEqual(['economy', 'Priority']);
    await expect.poll(() => page.getByLabel('Claim date').inputValue()).toBe('2026-01-12');
    expect(await page.getByRole('combobox', { name: 'Assignee' }).inputValue()).toBe('Ben Okafor');
    await shot('claim-fields-saved');
  });

  it('undoes a tag removal with Ctrl+Z, and redoes it', async () => {
    const { file, freed } = await projectWithThreeClaims();
    wb = await openWorkbench(file);
    const { ui, page } = wb;
    const tags = () => getClaim(wb!.workspace.project(), freed.id).tags;
    await ui.selectClaim(freed.text);
    await ui.removeTag('prisoners');
    expect(tags()).toEqual(['Venezuela']);

    // Esc leaves the tag input (where Ctrl+Z would be the text's own undo).
    await ui.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).not.toBe('Add tag');
    await ui.press('Control+z');
    expect(tags()).toEqual(['prisoners', 'Venezuela']);
    expect(await ui.toastText()).toBe('Undone: Tag “prisoners” removed');
    expect(await ui.claimTags()).toEqual(['prisoners', 'Venezuela']);

    await ui.press('Control+Shift+z');
    expect(tags()).toEqual(['Venezuela']);
  });

  it('adds evidence with a title and an access date, and lists it with the title as the link', async () => {
    const { file, figure } = await projectWithThreeClaims();
    wb = await openWorkbench(file);
    const { ui, page } = wb;
    await ui.selectClaim(figure.text);
    await ui.addEvidence({
      url: 'https://foropenal.com/reporte',
      title: 'Reporte sobre la represión en Venezuela',
      citation: 'Foro Penal',
      accessedAt: '2026-01-14',
      note: 'Counts 56 releases, not 116.',
    });
    const [evidence] = getClaimDetail(wb.workspace.project(), figure.id).evidence;
    expect(evidence).toMatchObject({
      url: 'https://foropenal.com/reporte',
      title: 'Reporte sobre la represión en Venezuela',
      citation: 'Foro Penal',
      accessedAt: '2026-01-14',
    });
    const item = page.locator('.evidence').first();
    const link = item.getByRole('link', { name: 'Reporte sobre la represión en Venezuela' });
    expect(await link.getAttribute('href')).toBe('https://foropenal.com/reporte');
    expect(await item.locator('.evidence-accessed').innerText()).toBe('accessed 14 Jan 2026');
    await shot('evidence-title-accessed');

    // Editing keeps the date unless it is changed, and shows the new title.
    await item.hover();
    await item.getByRole('button', { name: 'Edit evidence' }).click();
    const form = page.getByRole('form', { name: 'Edit evidence' });
    expect(await form.getByLabel('Date accessed').inputValue()).toBe('2026-01-14');
    await shot('evidence-form');
    await form.getByLabel('Evidence title').fill('Foro Penal report, January 2026');
    await form.getByRole('button', { name: 'Save' }).click();
    await ui.settled();
    expect(getClaimDetail(wb.workspace.project(), figure.id).evidence[0]!.title).toBe(
      'Foro Penal report, January 2026',
    );
    await expect.poll(() => page.getByRole('link', { name: 'Foro Penal report, January 2026' }).count()).toBe(1);
  });
});

describe('claim filters', () => {
  it('filters by tag, assignee and the open article with faceted counts, shows chips, and clears', async () => {
    const { file, us, figure, freed } = await projectWithThreeClaims();
    // The US figure is also tagged Venezuela and assigned to Ana, so the facets overlap.
    const project = openProject(file, { actor: 'Test Checker', readOnly: false });
    await handlersFor(project).updateClaim(figure.id, { assignee: 'Ana Ruiz', tags: ['Venezuela', 'economy'] });
    project.close();
    wb = await openWorkbench(file);
    const { ui, page } = wb;
    await ui.openArticle(US);
    expect(await ui.listedClaims()).toHaveLength(3);

    await ui.openFilters();
    expect(await ui.filterOptions('Tag')).toEqual([
      { label: 'Venezuela', count: 3, checked: false },
      { label: 'economy', count: 1, checked: false },
      { label: 'prisoners', count: 1, checked: false },
    ]);
    // The open article comes first, marked.
    const articles = await ui.filterOptions('Article');
    expect(articles[0]).toEqual({ label: us.title, count: 1, checked: false });
    expect(await ui.filterOptions('Assignee')).toEqual([
      { label: 'Ana Ruiz', count: 2, checked: false },
      { label: 'Ben Okafor', count: 1, checked: false },
    ]);

    // Tag Venezuela: all three. Counts in the other sections follow; the tag section's do not.
    await ui.toggleFilter('Tag', 'Venezuela');
    expect(await ui.listedClaims()).toHaveLength(3);
    // Tag economy as well widens within the section (either tag), so the list stays at three.
    await ui.toggleFilter('Tag', 'economy');
    expect(await ui.filterOptions('Tag')).toEqual([
      { label: 'Venezuela', count: 3, checked: true },
      { label: 'economy', count: 1, checked: true },
      { label: 'prisoners', count: 1, checked: false },
    ]);
    await ui.toggleFilter('Tag', 'economy');

    await ui.toggleFilter('Assignee', 'Ana Ruiz');
    expect((await ui.listedClaims()).sort()).toEqual([figure.text, freed.text].sort());
    // With Ana picked, the tag counts are Ana's claims: economy only on the figure.
    expect(await ui.filterOptions('Tag')).toEqual([
      { label: 'Venezuela', count: 2, checked: true },
      { label: 'economy', count: 1, checked: false },
      { label: 'prisoners', count: 1, checked: false },
    ]);
    // The assignee counts ignore the assignee pick itself: Ben still has his one Venezuela claim.
    expect(await ui.filterOptions('Assignee')).toEqual([
      { label: 'Ana Ruiz', count: 2, checked: true },
      { label: 'Ben Okafor', count: 1, checked: false },
    ]);

    await ui.toggleFilter('Article', us.title);
    await shot('claim-filter-popover');
    await ui.closeFilters();
    expect(await ui.listedClaims()).toEqual([figure.text]);
    expect(await ui.activeFilters()).toEqual(['Article: ' + us.title, 'Tag: Venezuela', 'Assignee: Ana Ruiz']);
    expect(await page.locator('.claims-panel .pane-title').innerText()).toMatch(/CLAIMS 1 OF 3/i);
    expect(await page.getByRole('button', { name: /^Filter/ }).innerText()).toContain('3');
    await shot('claim-filter-chips');

    // Removing the article chip brings back Ana's Venezuelan claim.
    await page.getByRole('button', { name: `Remove filter Article: ${us.title}` }).click();
    await ui.settled();
    expect((await ui.listedClaims()).sort()).toEqual([figure.text, freed.text].sort());

    // A verdict with no match among them: the empty state offers to clear the filters.
    await page
      .getByRole('radiogroup', { name: 'Show claims' })
      .getByRole('radio', { name: /Verified/ })
      .click();
    await ui.settled();
    const empty = page.locator('.claim-filter-empty');
    expect(await empty.innerText()).toContain('No claims match these filters.');
    await shot('claim-filter-empty');
    await empty.getByRole('button', { name: 'Clear filters' }).click();
    await ui.settled();
    expect(await ui.listedClaims()).toHaveLength(3);
    expect(await ui.activeFilters()).toEqual([]);
  });
});
