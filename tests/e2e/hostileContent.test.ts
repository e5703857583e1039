/**
 * Hostile content in the app (built renderer, headless Chromium, a real project file): XSS
 * payloads stored in an article's title, outlet and author, a claim's text, claimant and
 * rationale, and evidence titles and addresses (put there through the stores, as a merged
 * colleague's copy or an imported file could) are shown as text and never run: no script sets
 * the marker, no alert opens, nothing is logged as an error, and no element of a payload appears
 * in the page. A `javascript:` address is never rendered as a link, and clicking where it shows
 * runs nothing. (Hostile article HTML is tested in importExport.test.ts, reports in
 * tests/integration/security/reportXss.test.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { updateArticleMeta } from '../../electron/articles/articleStore';
import { updateClaim } from '../../electron/claims/claimStore';
import { addEvidence } from '../../electron/evidence/evidenceStore';
import { importTextArticle } from '../../electron/import/importText';
import { createClaimFromSpan } from '../../electron/spans/spanStore';
import { newTempProject } from '../helpers/tempProject';
import { openWorkbench, type Workbench } from './harness';

/** Each payload would set window.__pwned (and open an alert) if the page ever ran it. */
const payload = (where: string) =>
  [
    `<img src=x onerror="window.__pwned='${where}';alert('${where}')">`,
    `<svg onload="window.__pwned='${where}'"></svg>`,
    `"><script>window.__pwned='${where}'</script>`,
    `<a href="javascript:window.__pwned='${where}'">${where}</a>`,
  ].join(' ');

const TITLE = `Ministry report ${payload('title')}`;
const CLAIM = `Claim about 116 prisoners ${payload('claim')}`;

let wb: Workbench | undefined;
afterEach(async () => {
  await wb?.close();
  wb = undefined;
});

function hostileProject() {
  const t = newTempProject();
  const { article } = importTextArticle(t.project, {
    text: `${TITLE}\n\nThe ministry said 116 prisoners were freed on Monday. Observers counted fewer.`,
  });
  updateArticleMeta(t.project, article.id, {
    outlet: payload('outlet'),
    author: payload('author'),
    url: "javascript:window.__pwned='article-url'",
  });
  const { claim } = createClaimFromSpan(t.project, { articleId: article.id, start: 0, end: 40 }, { text: CLAIM });
  updateClaim(t.project, claim.id, {
    claimant: payload('claimant'),
    rationale: payload('rationale'),
    verdict: 'disputed',
  });
  addEvidence(t.project, claim.id, { url: "javascript:window.__pwned='evidence-url'", title: 'Scripted source' });
  addEvidence(t.project, claim.id, { url: " JaVaScRiPt:window.__pwned='evidence-url-2'", title: '' });
  addEvidence(t.project, claim.id, {
    url: `https://example.org/"><script>window.__pwned='evidence-https'</script>`,
    title: payload('evidence-title'),
    citation: payload('citation'),
    note: payload('note'),
  });
  t.project.close();
  return t.file;
}

describe('hostile content in the app', () => {
  it('shows XSS payloads in titles, claims, claimants, rationales and evidence as text, running none', async () => {
    wb = await openWorkbench(hostileProject());
    const { page, ui } = wb;
    const alerts: string[] = [];
    page.on('dialog', (d) => {
      alerts.push(d.message());
      void d.dismiss();
    });

    await ui.openArticle('Ministry report');
    await ui.selectClaim('Claim about 116 prisoners');
    const detail = page.locator('section[aria-label="Claim detail"]');
    const scripted = detail.locator('.evidence-title', { hasText: 'Scripted source' });
    await scripted.waitFor();

    // Every field shows its payload as the characters that were stored.
    const text = await page.locator('body').innerText();
    for (const where of ['title', 'outlet', 'claim', 'claimant', 'evidence-title', 'citation', 'note']) {
      expect(text, where).toContain(`window.__pwned='${where}';alert('${where}')`);
    }
    expect(await detail.getByLabel('Rationale').inputValue()).toBe(payload('rationale'));
    // No element of any payload made it into the page.
    expect(await page.locator('img[src="x"], svg[onload], [onerror], [onload]').count()).toBe(0);
    expect(await page.locator('script:not([src])').count()).toBe(0);

    // javascript: addresses are never links; the https one with a payload is a link only to itself.
    expect(await page.locator('a[href]:not([href^="http:"]):not([href^="https:"]):not([href^="#"])').count()).toBe(0);
    expect(await detail.getByRole('link', { name: 'Scripted source' }).count()).toBe(0);
    await scripted.click();
    await detail.locator('.evidence-title', { hasText: 'evidence-url-2' }).click();
    await ui.settled();

    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(alerts).toEqual([]);
    expect(wb.errors).toEqual([]);
  });
});
