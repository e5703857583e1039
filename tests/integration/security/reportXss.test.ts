/**
 * Hostile content in an exported HTML report, opened in a real (headless) Chromium: XSS payloads
 * in article HTML, titles, claim text, claimants, rationales and evidence URLs never run. Each
 * payload would set `window.__xss` or open a dialog; both are watched. The report is checked with
 * its Content-Security-Policy and again with the policy stripped, so escaping alone must hold.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateArticleMeta, getArticle } from '../../../electron/articles/articleStore';
import { createClaim } from '../../../electron/claims/claimStore';
import { addEvidence } from '../../../electron/evidence/evidenceStore';
import { exportProject } from '../../../electron/export/exportProject';
import { importArticleFile, importTextArticle } from '../../../electron/import/importText';
import { createClaimFromSpan } from '../../../electron/spans/spanStore';
import { chromiumArgs, chromiumPath } from '../../helpers/chromium';
import { newTempProject } from '../../helpers/tempProject';

const RUN = 'window.__xss=(window.__xss||0)+1;alert(1)';
const PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `"><svg onload="${RUN}">`,
  `</style></title></textarea><script>${RUN}</script>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<a href="javascript:${RUN}">click</a>`,
  `<details open ontoggle="${RUN}">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`,
];

const t = newTempProject();
let browser: Browser;
let reportFile: string;

beforeAll(async () => {
  const html = `<html><head><title>${PAYLOADS[0]}</title></head><body><article><h1>Hostile ${PAYLOADS[1]}</h1>
    ${PAYLOADS.map((p, i) => `<p>Paragraph ${i} with text around it. ${p} And more words after.</p>`).join('\n')}
    <p><a href="javascript:${RUN}">a link</a> <a href="https://example.org/ok">fine link</a></p></article></body></html>`;
  const htmlFile = path.join(t.dir, 'hostile.html');
  fs.writeFileSync(htmlFile, html);
  const imported = await importArticleFile(t.project, htmlFile);
  const other = importTextArticle(t.project, {
    text: `Plain ${PAYLOADS[2]}\n\nBody ${PAYLOADS[3]} text here.`,
  }).article;
  updateArticleMeta(t.project, other.id, {
    title: PAYLOADS[4]!,
    url: `javascript:${RUN}`,
    outlet: PAYLOADS[6]!,
    author: PAYLOADS[7]!,
  });
  for (const [i, payload] of PAYLOADS.entries()) {
    const c = createClaim(t.project, {
      text: payload,
      claimant: PAYLOADS[(i + 1) % PAYLOADS.length]!,
      verdict: 'disputed',
      rationale: PAYLOADS[(i + 2) % PAYLOADS.length]!,
    });
    addEvidence(t.project, c.id, {
      url: i % 2 ? `javascript:${RUN}` : `data:text/html,<script>${RUN}</script>`,
      citation: payload,
      note: payload,
    });
  }
  const text = getArticle(t.project, imported.article.id).plainText;
  createClaimFromSpan(
    t.project,
    { articleId: imported.article.id, start: 0, end: Math.min(30, text.length) },
    { text: PAYLOADS[5]! },
  );
  reportFile = path.join(t.dir, 'report.html');
  await exportProject(t.project, { format: 'html', out: reportFile, history: true });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs() });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  t.project.close();
  fs.rmSync(t.dir, { recursive: true, force: true });
});

async function openReport(file: string) {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`file://${file}`);
  // Give onerror/onload/ontoggle handlers a chance to fire.
  await page.waitForTimeout(300);
  // Click every link: none may run script.
  for (const link of await page.locator('a').all())
    await link.click({ modifiers: ['Alt'], timeout: 2000 }).catch(() => undefined);
  await page.waitForTimeout(100);
  const ran = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0);
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  await page.close();
  return { dialogs, ran, hrefs };
}

describe('hostile content in an exported report, in Chromium', () => {
  it('notices script that does run (the trap works)', async () => {
    const control = path.join(t.dir, 'control.html');
    fs.writeFileSync(control, `<!doctype html><p>${PAYLOADS[1]}</p>`);
    const { dialogs, ran } = await openReport(control);
    expect(ran).toBeGreaterThan(0);
    expect(dialogs.length).toBeGreaterThan(0);
  });

  it('runs no script and opens no dialog, with the report as exported', async () => {
    const { dialogs, ran, hrefs } = await openReport(reportFile);
    expect(dialogs).toEqual([]);
    expect(ran).toBe(0);
    for (const href of hrefs) expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  });

  it('runs no script even with the report’s Content-Security-Policy removed (escaping alone holds)', async () => {
    const stripped = path.join(t.dir, 'report-no-csp.html');
    const html = fs.readFileSync(reportFile, 'utf8');
    expect(html).toMatch(/http-equiv="Content-Security-Policy"/);
    fs.writeFileSync(stripped, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/g, ''));
    const { dialogs, ran } = await openReport(stripped);
    expect(dialogs).toEqual([]);
    expect(ran).toBe(0);
  });
});
