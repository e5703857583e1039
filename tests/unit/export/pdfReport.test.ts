import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateArticleMeta } from '../../../electron/articles/articleStore';
import { createClaim, updateClaim } from '../../../electron/claims/claimStore';
import { addEvidence } from '../../../electron/evidence/evidenceStore';
import { exportProject } from '../../../electron/export/exportProject';
import { importTextArticle } from '../../../electron/import/importText';
import { getArticle } from '../../../electron/articles/articleStore';
import { createClaimFromSpan } from '../../../electron/spans/spanStore';
import { annotatedSample } from '../../helpers/annotatedSample';
import { pdfFlatText, pdfFonts, pdfPages, qpdfCheck, renderPage } from '../../helpers/pdfTools';
import { rangeOf } from '../../helpers/tempProject';

const t = annotatedSample();
const pdf = path.join(t.dir, 'report.pdf');
const ARABIC = 'أفرجت السلطات الفنزويلية عن 116 سجيناً يوم الاثنين';
const TITLE = 'Venezuela prisoner releases, January 2026';
const pageText = (file: string, page: number) =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );

beforeAll(async () => {
  const { article } = importTextArticle(t.project, {
    text: `تقرير عن الإفراج عن السجناء\n\n${ARABIC}، لكن منظمات حقوقية قالت إن العدد الحقيقي أقل بكثير.\n\nשחרור אסירים בוונצואלה: הנתונים שנויים במחלוקת.`,
  });
  const text = getArticle(t.project, article.id).plainText;
  createClaimFromSpan(
    t.project,
    { articleId: article.id, ...rangeOf(text, ARABIC) },
    { verdict: 'disputed', text: 'السلطات أفرجت عن 116 سجيناً' },
  );
  // A second checker gives a rationale: the cover names both.
  updateClaim({ ...t.project, actor: 'Bo Lind' }, t.claims.assembly.id, { rationale: 'No list was published.' });
  await exportProject(t.project, { format: 'pdf', out: pdf, history: true, title: TITLE });
}, 60_000);
afterAll(() => t.project.close());

describe('the PDF report', () => {
  it('holds every claim, every verdict label and the article text as real, searchable text', () => {
    const text = pdfFlatText(pdf);
    for (const claim of [
      '116 prisoners were freed on Monday',
      'At least four US citizens were released',
      'The ministry’s figure is 116',
      'more than 400 prisoners had been freed',
    ]) {
      expect(text).toContain(claim);
    }
    for (const label of ['Verified', 'Disputed', 'Unverified']) expect(text).toContain(label);
    expect(text).toContain('Foro Penal had verified only 56 releases by Monday evening');
    expect(text).toContain('A US State Department spokesperson welcomed the development');
    expect(text).toContain('Among those freed are several high-profile political detainees');
  });

  it('has a cover, running header, page numbers and the history appendix', () => {
    const text = pdfFlatText(pdf);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(text).toContain('FACT-CHECK REPORT');
    expect(text).toContain('Claimdesk fact-check report');
    expect(text).toContain(`Page 2 of ${pages}`);
    expect(text).toContain('Appendix: change history');
    expect(text).toContain('verdict: unverified → disputed');
  });

  it('has a cover with the given title, the checkers, the articles’ dates and the counts', () => {
    const cover = pageText(pdf, 1);
    expect(cover).toContain(TITLE);
    expect(cover).not.toMatch(/\btest\b/); // the file name is not the title
    expect(cover).toContain('Prepared by Ana Ruiz, Bo Lind');
    expect(cover).toContain('Articles published 14 January 2026');
    expect(cover).toContain('5 1 3 1 3 7 claims unverified disputed verified articles highlights');
    // The running header of every other page carries the title too.
    expect(pageText(pdf, 2)).toContain(`${TITLE} Claimdesk fact-check report`);
  });

  it('quotes each appearance in its whole sentence, never cut mid-word', () => {
    const text = pdfFlatText(pdf);
    expect(text).toContain(
      'Venezuela’s Ministry of Penitentiary Services said at least 116 prisoners were released on Monday alone, adding to confusion over the true scale and pace of the process.',
    );
    expect(text).not.toContain('…tentiary');
    expect(text).not.toContain('over the t…');
  });

  it('names the article, outlet, author and date on each appearance card', () => {
    const text = pdfFlatText(pdf);
    expect(text).toContain('Clash Report · published 14 January 2026');
    expect(text).toContain('by Aksah Italo · published 14 January 2026');
  });

  it('flags differing figures between a claim’s appearances, as the app does', () => {
    expect(pdfFlatText(pdf)).toContain('Figures differ: at least 4 ≠ at least 1');
  });

  it('puts a marker after the word a highlight ends in, not inside it', () => {
    const text = pdfFlatText(pdf);
    expect(text).toContain('116 prisoners were ?3 released');
    expect(text).not.toMatch(/prisoners we \S*3 re/);
  });

  it('shows empty fields as a dash', () => {
    const text = pdfFlatText(pdf);
    expect(text).not.toMatch(/none recorded|not recorded/);
    expect(text).toContain('#3 The ministry’s figure is 116 ? Unverified');
    expect(text).toMatch(/Claimant — Rationale — Evidence —/);
  });

  it('shows a claim found in two articles with both wordings side by side', () => {
    const text = pdfFlatText(pdf);
    expect(text).toContain('Appears 2 times — wording side by side');
    expect(text).toContain('116 prisoners were released on Monday alone');
    expect(text).toContain('116 detainees have been freed since January 9');
  });

  it('renders Arabic and Hebrew articles as text', () => {
    const text = pdfFlatText(pdf);
    expect(text).toContain('السلطات');
    expect(text).toContain('בוונצואלה');
  });

  it('embeds every font and passes qpdf’s structural check', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    const check = qpdfCheck(pdf);
    expect(check.output).toContain('No syntax or stream encoding errors found');
    expect(check.ok).toBe(true);
  });

  it('renders pages to images for a person to look at', () => {
    const png = renderPage(pdf, 1, path.join(t.dir, 'cover'));
    expect(fs.statSync(png).size).toBeGreaterThan(5_000);
  });
});

describe('hostile content in reports', () => {
  it('never carries script or javascript: links into the HTML report', async () => {
    updateArticleMeta(t.project, t.us.id, { title: '<script>alert("title")</script>', url: 'javascript:alert(1)' });
    const c = createClaim(t.project, {
      text: '<img src=x onerror=alert(1)>',
      claimant: '"><svg onload=alert(2)>',
      verdict: 'disputed',
      rationale: '</style><script>alert(3)</script>',
    });
    addEvidence(t.project, c.id, { url: 'javascript:alert(4)', citation: '<iframe src=javascript:alert(5)>' });
    const out = path.join(t.dir, 'report.html');
    await exportProject(t.project, { format: 'html', out });
    const html = fs.readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script|<img|<svg|<iframe|href="javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`);
  });
});
