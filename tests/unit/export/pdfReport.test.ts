import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateArticleMeta } from '../../../electron/articles/articleStore';
import { createClaim } from '../../../electron/claims/claimStore';
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
  await exportProject(t.project, { format: 'pdf', out: pdf, history: true });
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
    expect(text).toContain('Checkers Ana Ruiz');
    expect(text).toContain('Claimdesk fact-check report');
    expect(text).toContain(`Page 2 of ${pages}`);
    expect(text).toContain('Appendix: change history');
    expect(text).toContain('verdict: unverified → disputed');
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
