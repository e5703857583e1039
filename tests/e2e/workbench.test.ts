/**
 * The workbench core, end to end: the built renderer in headless Chromium over a real project
 * file and the real services. The first scenario is the one the issue asks for; the others cover
 * the smaller flows a checker uses every day.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { getArticleText } from '../../electron/articles/articleStore';
import { getClaimDetail } from '../../electron/claims/claimDetail';
import { listHighlights } from '../../electron/spans/spanStore';
import { rangeOf, sampleProject } from '../helpers/tempProject';
import { handlersFor } from './fixtures/handlersFor';
import { openWorkbench, type Workbench } from './harness';

const US = 'US Detainees Released';
const VE = 'Venezuela Starts Freeing';
const US_QUOTE = '116 prisoners were released on Monday alone';
const VE_QUOTE = '116 detainees have been freed since January 9';

let wb: Workbench | undefined;
afterEach(async () => {
  await wb?.close();
  wb = undefined;
});

describe('workbench', () => {
  it('links highlights in two articles to one disputed claim that survives a reload, and undoes a deleted highlight', async () => {
    const { file, project, us, ve } = sampleProject();
    project.close();
    wb = await openWorkbench(file);
    const { ui } = wb;

    // Highlight the figure in the first article and make a claim of it.
    await ui.openArticle(US);
    await ui.selectText(US_QUOTE);
    expect(await ui.popoverQuote()).toBe(US_QUOTE);
    await ui.createClaimFromSelection();
    expect((await ui.claimDetail()).text).toBe(US_QUOTE);

    // Highlight the same figure in the second article (a real mouse drag) and link it to that claim.
    await ui.openArticle(VE);
    await ui.selectText(VE_QUOTE, { mouse: true });
    expect(await ui.popoverQuote()).toBe(VE_QUOTE);
    await ui.linkSelectionTo(US_QUOTE);
    await ui.setVerdict('disputed');
    await ui.setRationale('One figure, two meanings: a one-day total and a running total since 9 January.');

    const before = await ui.claimDetail();
    expect(before.verdict).toBe('disputed');
    expect(before.appearances).toHaveLength(2);

    // The database holds it all.
    const db = wb.workspace.project();
    const usHighlights = listHighlights(db, us.id);
    const veHighlights = listHighlights(db, ve.id);
    expect(usHighlights).toHaveLength(1);
    expect(veHighlights).toHaveLength(1);
    expect(usHighlights[0]!.claimId).toBe(veHighlights[0]!.claimId);
    const claimId = usHighlights[0]!.claimId;
    const stored = getClaimDetail(db, claimId);
    expect(stored.claim.verdict).toBe('disputed');
    expect(stored.claim.rationale).toMatch(/^One figure, two meanings/);
    expect(usHighlights[0]).toMatchObject(rangeOf(getArticleText(db, us.id), US_QUOTE));
    expect(veHighlights[0]).toMatchObject(rangeOf(getArticleText(db, ve.id), VE_QUOTE));

    // Reload on the same file: highlights, verdict cue, rationale and appearances all come back.
    await ui.reload();
    await ui.openArticle(VE);
    const veMark = await ui.quote(VE_QUOTE);
    expect(veMark.covered).toBe(true);
    expect(veMark.marks.every((m) => m.verdict === 'disputed' && m.underline === 'wavy')).toBe(true);
    expect(veMark.marks.at(-1)?.endSymbol).toBe('✗');
    await ui.openArticle(US);
    const usMark = await ui.quote(US_QUOTE);
    expect(usMark.covered).toBe(true);
    expect(usMark.marks.every((m) => m.verdict === 'disputed')).toBe(true);

    await ui.clickHighlight(US_QUOTE);
    const after = await ui.claimDetail();
    expect(after.verdict).toBe('disputed');
    expect(after.rationale).toMatch(/^One figure, two meanings/);
    expect(after.appearances).toHaveLength(2);

    // An overlapping highlight for a second claim: the shared words carry both.
    await ui.selectText('at least 116 prisoners', { mouse: true });
    expect(await ui.popoverQuote()).toBe('at least 116 prisoners');
    await ui.createClaimFromSelection();
    const overlap = await ui.quote('116 prisoners');
    expect(overlap.marks.length).toBeGreaterThan(0);
    expect(overlap.marks.every((m) => m.spanIds.length === 2 && m.claimIds.length === 2)).toBe(true);
    expect(listHighlights(wb.workspace.project(), us.id)).toHaveLength(2);

    // Delete the claim's highlight in the second article, then undo.
    await ui.selectClaim(US_QUOTE);
    await ui.deleteAppearance(VE);
    expect(await ui.toastText()).toBe('Highlight deleted');
    expect(listHighlights(wb.workspace.project(), ve.id)).toHaveLength(0);
    expect((await ui.claimDetail()).appearances).toHaveLength(1);
    await ui.undo();
    expect(listHighlights(wb.workspace.project(), ve.id)).toHaveLength(1);
    expect((await ui.claimDetail()).appearances).toHaveLength(2);

    // Still there after another reload.
    await ui.reload();
    await ui.openArticle(VE);
    expect((await ui.quote(VE_QUOTE)).covered).toBe(true);
    await ui.clickHighlight(VE_QUOTE);
    expect((await ui.claimDetail()).appearances).toHaveLength(2);
  });
});

/** A sample project with one claim highlighted in both articles and a second claim overlapping the first. */
async function seededProject() {
  const { file, project, us, ve } = sampleProject();
  const h = handlersFor(project);
  const usText = getArticleText(project, us.id);
  const veText = getArticleText(project, ve.id);
  const figure = await h.createClaimFromSpan({ articleId: us.id, ...rangeOf(usText, US_QUOTE) });
  const veSpan = await h.linkSpan({ articleId: ve.id, claimId: figure.claim.id, ...rangeOf(veText, VE_QUOTE) });
  await h.updateClaim(figure.claim.id, { verdict: 'disputed' });
  const daily = await h.createClaimFromSpan({
    articleId: us.id,
    ...rangeOf(usText, 'Ministry of Penitentiary Services said at least 116 prisoners were released'),
    text: 'The Ministry published a daily figure',
  });
  project.close();
  return { file, us, ve, figure: figure.claim, daily: daily.claim, veSpan };
}

describe('workbench, smaller flows', () => {
  it('adds a pasted article, titled by its first line, and says so when the same text is pasted again', async () => {
    const { file, project } = sampleProject();
    project.close();
    wb = await openWorkbench(file);
    const { ui, page } = wb;
    const text =
      'Mayor Promises 300 New Buses\nBy Jo Park\nThe mayor said 300 buses would arrive by June.\nCritics noted the budget covers 120.';

    await ui.pasteArticle(text);
    expect(await ui.openArticleTitle()).toBe('Mayor Promises 300 New Buses');
    expect(await page.locator('.article-item').count()).toBe(3);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await ui.toastText()).toBe('Added “Mayor Promises 300 New Buses”');
    expect((await ui.quote('300 buses would arrive by June')).covered).toBe(false);

    await ui.openArticle(US);
    await ui.pasteArticle(text);
    expect(await ui.toastText()).toBe('“Mayor Promises 300 New Buses” is already in the project');
    expect(await ui.openArticleTitle()).toBe('Mayor Promises 300 New Buses');
    expect(await page.locator('.article-item').count()).toBe(3);
  });

  it('selects a claim by clicking its highlight, picking the innermost of overlapping highlights and cycling on', async () => {
    const { file, figure, daily } = await seededProject();
    wb = await openWorkbench(file);
    const { ui, page } = wb;
    await ui.openArticle(US);

    await ui.clickHighlight('on Monday alone');
    expect((await ui.claimDetail()).text).toBe(figure.text);

    await ui.clickHighlight('Ministry of Penitentiary');
    expect((await ui.claimDetail()).text).toBe(daily.text);

    // "116 prisoners" is under both: the shorter span (the figure) first, then the next click cycles.
    await ui.clickHighlight('116 prisoners');
    expect((await ui.claimDetail()).text).toBe(figure.text);
    await expect.poll(() => page.locator('.overlap-chooser .popover-item').count()).toBe(2);
    await ui.clickHighlight('116 prisoners');
    expect((await ui.claimDetail()).text).toBe(daily.text);
    await page
      .locator('.overlap-chooser')
      .getByRole('menuitemradio', { name: /116 prisoners/ })
      .click();
    await ui.settled();
    expect((await ui.claimDetail()).text).toBe(figure.text);

    // The selected claim's highlights are outlined, and only those.
    const marks = await ui.quote(US_QUOTE);
    expect(marks.marks.every((m) => m.classes.includes('is-selected'))).toBe(true);
    expect((await ui.quote('Ministry of Penitentiary')).marks.some((m) => m.classes.includes('is-selected'))).toBe(
      false,
    );
  });

  it('jumps to an appearance in another article, scrolling to the highlight and flashing it', async () => {
    const { file, figure, veSpan } = await seededProject();
    wb = await openWorkbench(file);
    const { ui, page } = wb;
    await ui.openArticle(US);
    await ui.selectClaim(figure.text);
    await ui.openAppearance(VE);

    expect(await ui.openArticleTitle()).toBe('Venezuela Starts Freeing Prisoners Under US Pressure');
    const mark = page.locator(`.article-text mark[data-span-ids~="${veSpan.id}"]`).first();
    await expect.poll(() => mark.evaluate((m) => m.classList.contains('is-flashing'))).toBe(true);
    await expect
      .poll(() =>
        mark.evaluate((m) => {
          const r = m.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    expect(await page.locator('.appearance[data-focused]').innerText()).toContain('Venezuela Starts Freeing');
  });

  it('deletes a claim without asking and restores it, highlights included, with Undo', async () => {
    const { file, figure, us } = await seededProject();
    wb = await openWorkbench(file);
    const { ui, page } = wb;
    await ui.openArticle(US);
    await ui.selectClaim(figure.text);
    await page.getByRole('button', { name: 'Delete claim' }).click();
    await ui.settled();
    expect(await ui.toastText()).toBe('Claim deleted');
    expect(await page.locator('.claim-item', { hasText: figure.text }).count()).toBe(0);
    expect((await ui.quote('on Monday alone')).covered).toBe(false);
    expect(listHighlights(wb.workspace.project(), us.id)).toHaveLength(1);

    await page.keyboard.press('Control+z');
    await ui.settled();
    expect(await page.locator('.claim-item', { hasText: figure.text }).count()).toBe(1);
    expect((await ui.quote('on Monday alone')).covered).toBe(true);
    expect(listHighlights(wb.workspace.project(), us.id)).toHaveLength(2);
  });

  it('deletes the clicked highlight with the Delete key', async () => {
    const { file, us } = await seededProject();
    wb = await openWorkbench(file);
    const { ui, page } = wb;
    await ui.openArticle(US);
    await ui.clickHighlight('on Monday alone');
    await page.keyboard.press('Delete');
    await ui.settled();
    expect(await ui.toastText()).toBe('Highlight deleted');
    expect((await ui.quote('on Monday alone')).covered).toBe(false);
    expect(listHighlights(wb.workspace.project(), us.id)).toHaveLength(1);
  });

  it('reaches highlights with Tab, selecting each one’s claim, and deletes the focused one with Delete', async () => {
    const { file, us, daily, figure } = await seededProject();
    wb = await openWorkbench(file);
    const { ui, page } = wb;
    await ui.openArticle(US);
    await page.locator('.article-text').focus();
    await page.keyboard.press('Tab');
    await ui.settled();
    expect((await ui.claimDetail()).text).toBe(daily.text);
    await page.keyboard.press('Tab');
    await ui.settled();
    expect((await ui.claimDetail()).text).toBe(figure.text);
    await page.keyboard.press('Delete');
    await ui.settled();
    expect(await ui.toastText()).toBe('Highlight deleted');
    expect(listHighlights(wb.workspace.project(), us.id).map((h) => h.claimId)).toEqual([daily.id]);
  });

  it('records evidence and claimant edits, and lists every change in the history', async () => {
    const { file, figure } = await seededProject();
    wb = await openWorkbench(file);
    const { ui, page } = wb;
    await ui.openArticle(US);
    await ui.selectClaim(figure.text);
    await ui.setClaimant('Ministry of Penitentiary Services');
    await ui.addEvidence({
      url: 'https://example.org/tally',
      citation: 'Foro Penal tally',
      note: 'Counts 56 releases.',
    });
    const evidence = page.locator('section[aria-label="Claim detail"] .evidence');
    expect(await evidence.count()).toBe(1);
    expect(await evidence.innerText()).toContain('Foro Penal tally');

    await evidence.getByRole('button', { name: 'Edit evidence' }).click();
    await page
      .getByRole('form', { name: 'Edit evidence' })
      .getByLabel('Evidence note')
      .fill('Counts 56 verified releases.');
    await page.getByRole('form', { name: 'Edit evidence' }).getByRole('button', { name: 'Save' }).click();
    await ui.settled();
    expect(await evidence.innerText()).toContain('Counts 56 verified releases.');

    await evidence.getByRole('button', { name: 'Remove evidence' }).click();
    await ui.settled();
    expect(await evidence.count()).toBe(0);
    await ui.undo();
    expect(await evidence.count()).toBe(1);

    const history = (await ui.claimDetail()).history.join('\n');
    expect(history).toContain('Test Checker edited claimant');
    expect(history).toContain('Test Checker added evidence');
    expect(history).toContain('Test Checker edited evidence note');
    expect(history).toContain('Test Checker removed evidence');
    expect(history).toContain('set verdict');
  });
});
