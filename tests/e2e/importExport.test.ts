/**
 * Import and export end to end, through the built renderer in headless Chromium over real project
 * files: File → Import with mixed real files (saved pages, a hostile page, Word, PDF, text, a file
 * that is not what its name says), dropping files of every kind and folders, a new version that orphans a
 * highlight, editing article metadata, a right-to-left article, and exporting a PDF and a
 * filtered CSV that land on disk and are revealed in the file manager.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getArticleSummary, listArticles } from '../../electron/articles/articleStore';
import { getClaimDetail } from '../../electron/claims/claimDetail';
import { pdfFlatText } from '../helpers/pdfTools';
import {
  newTempProject,
  rangeOf,
  sampleProject,
  sampleText,
  SAMPLE_DIR,
  tempDir,
  US_SAMPLE,
  VENEZUELA_SAMPLE,
} from '../helpers/tempProject';
import { makeDocx, makePdf } from '../fixtures/import/makeFixtures';
import { handlersFor } from './fixtures/handlersFor';
import { openWorkbench, type Workbench } from './harness';

const FIXTURES = path.resolve(__dirname, '../fixtures/import');
const SHOTS = process.env.CLAIMDESK_SCREENSHOTS;
const shot = async (wb: Workbench, name: string) => {
  if (SHOTS) await wb.ui.screenshot(path.join(SHOTS, name));
};

describe('importing files', () => {
  let wb: Workbench;
  let dir: string;
  const dialogs: string[] = [];

  beforeAll(async () => {
    const { file, project } = newTempProject();
    project.close();
    dir = tempDir('claimdesk-import-');
    await makeDocx(path.join(dir, 'ministry-figures.docx'));
    await makePdf(path.join(dir, 'prisoner-releases.pdf'), { pages: 2 });
    fs.writeFileSync(path.join(dir, 'not-really.pdf'), 'This is plain text wearing a PDF name.\n');
    wb = await openWorkbench(file);
    wb.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterAll(async () => {
    await wb?.close();
  });

  it('imports mixed files chosen in File → Import one by one, with progress and a summary naming the failure', async () => {
    const { ui, host, page } = wb;
    host.importFiles = [
      path.join(FIXTURES, 'news-page.html'),
      path.join(FIXTURES, 'xss-payloads.html'),
      path.join(SAMPLE_DIR, US_SAMPLE),
      path.join(SAMPLE_DIR, VENEZUELA_SAMPLE),
      path.join(dir, 'ministry-figures.docx'),
      path.join(dir, 'prisoner-releases.pdf'),
      path.join(dir, 'not-really.pdf'),
    ];
    await ui.recordImportProgress();
    await wb.emit({ type: 'menu', command: 'import-files' });
    const summary = await ui.importSummary();
    await shot(wb, 'import-summary.png');

    expect(await ui.importProgressSeen()).toEqual([
      'Importing 1 of 7 — news-page.html',
      'Importing 2 of 7 — xss-payloads.html',
      `Importing 3 of 7 — ${US_SAMPLE}`,
      `Importing 4 of 7 — ${VENEZUELA_SAMPLE}`,
      'Importing 5 of 7 — ministry-figures.docx',
      'Importing 6 of 7 — prisoner-releases.pdf',
      'Importing 7 of 7 — not-really.pdf',
    ]);
    expect(summary.title).toBe('Import finished');
    expect(summary.groups['Imported']).toHaveLength(6);
    expect(summary.groups['Imported']!.join('\n')).toContain('ministry-figures.docx');
    expect(summary.groups['Failed']).toHaveLength(1);
    expect(summary.groups['Failed']![0]).toMatch(/^not-really\.pdf \| .+/);
    expect(summary.groups['Failed']![0]).not.toContain(dir);

    const titles = listArticles(wb.workspace.project()).map((a) => a.title);
    expect(titles).toHaveLength(6);
    expect(titles).toContain('Ministry figures on prisoner releases do not add up');
    expect(await page.locator('.article-item').count()).toBe(6);

    // The hostile page came in as text: nothing of it ran, in the page or in the app.
    await ui.openArticle('Hostile');
    expect(await page.locator('.article-text').innerText()).toContain('Paragraph one has a');
    expect(await page.locator('.article-text script, .article-text iframe, .article-text img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(wb.errors).toEqual([]);

    // The same files again: all already present, nothing added.
    await ui.closeImportSummary();
    host.importFiles = [path.join(SAMPLE_DIR, US_SAMPLE), path.join(FIXTURES, 'news-page.html')];
    await page.getByRole('button', { name: 'Import files…' }).click();
    const again = await ui.importSummary();
    expect(again.groups['Already in the project']).toHaveLength(2);
    expect(again.groups['Imported']).toBeUndefined();
    expect(listArticles(wb.workspace.project())).toHaveLength(6);
    await ui.closeImportSummary();
  });

  it('imports files dropped on the window, names unsupported ones, and stops at Cancel', async () => {
    const { ui, page } = wb;
    const docx = fs.readFileSync(path.join(dir, 'ministry-figures.docx'));
    await ui.dropFiles([
      {
        name: 'buses.md',
        bytes:
          '---\ntitle: Mayor Promises 300 New Buses\noutlet: City Wire\n---\n\nThe mayor said 300 buses would arrive by June.\n',
      },
      { name: 'council.txt', bytes: 'Council Approves Budget\nThe council approved a budget of 12 million.\n' },
      { name: 'photos.zip', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]) },
      { name: 'again.docx', bytes: docx },
    ]);
    const summary = await ui.importSummary();
    expect(summary.groups['Imported']!.map((r) => r.split(' | ')[0])).toEqual([
      'Mayor Promises 300 New Buses',
      'Council Approves Budget',
    ]);
    expect(summary.groups['Already in the project']).toHaveLength(1);
    expect(summary.groups['Failed']).toEqual([expect.stringMatching(/^photos\.zip \| unsupported file type “\.zip”/)]);
    expect(
      getArticleSummary(
        wb.workspace.project(),
        listArticles(wb.workspace.project()).find((a) => a.title.startsWith('Mayor'))!.id,
      ).outlet,
    ).toBe('City Wire');
    await ui.closeImportSummary();

    // Cancel while the first of three files is being read: the other two are left out.
    const pdf = fs.readFileSync(path.join(dir, 'prisoner-releases.pdf'));
    await page.evaluate(() => {
      new MutationObserver((_m, observer) => {
        const cancel = [...document.querySelectorAll<HTMLButtonElement>('.import-progress button')].find(
          (b) => b.textContent === 'Cancel',
        );
        if (cancel) {
          observer.disconnect();
          cancel.click();
        }
      }).observe(document.body, { subtree: true, childList: true });
    });
    await ui.dropFiles([
      { name: 'copy.pdf', bytes: pdf },
      { name: 'one.txt', bytes: 'One\nFirst text that is never imported.\n' },
      { name: 'two.txt', bytes: 'Two\nSecond text that is never imported.\n' },
    ]);
    const cancelled = await ui.importSummary();
    expect(cancelled.title).toBe('Import cancelled');
    expect(cancelled.groups['Not imported']).toEqual(['one.txt', 'two.txt']);
    expect(listArticles(wb.workspace.project()).some((a) => a.title === 'One' || a.title === 'Two')).toBe(false);
    await ui.closeImportSummary();
  });

  it('imports every supported file in a dropped folder and its sub-folders, beside files dropped with it', async () => {
    const { ui, page } = wb;
    const inbox = path.join(dir, 'inbox');
    fs.mkdirSync(path.join(inbox, 'week 2'), { recursive: true });
    fs.mkdirSync(path.join(inbox, '.thumbnails'));
    fs.writeFileSync(
      path.join(inbox, 'a-harbour.txt'),
      'Harbour Dredging Begins\nDredging of the harbour began on Tuesday.\n',
    );
    fs.writeFileSync(
      path.join(inbox, 'b-bridge.md'),
      '# Bridge Closed For Repairs\n\nThe bridge will stay closed until May.\n',
    );
    fs.writeFileSync(
      path.join(inbox, 'week 2', 'c-page.html'),
      '<html lang="en"><head><title>Ferry Pier Reopens</title></head><body><article><h1>Ferry Pier Reopens</h1><p>The ferry pier reopened on Monday after repairs that took six weeks, the port authority said, and the first crossing left on time.</p><p>Commuters said the detour had added an hour to their day.</p></article></body></html>',
    );
    fs.writeFileSync(path.join(inbox, 'week 2', 'empty.txt'), '');
    fs.writeFileSync(path.join(inbox, 'photo.jpg'), 'not an article');
    fs.writeFileSync(path.join(inbox, '.notes.txt'), 'Hidden Notes\nNever imported.\n');
    fs.writeFileSync(path.join(inbox, '.thumbnails', 'x.txt'), 'Hidden Folder\nNever imported.\n');
    const photos = path.join(dir, 'photos');
    fs.mkdirSync(photos);
    fs.writeFileSync(path.join(photos, 'quay.jpg'), 'not an article');
    const loose = path.join(dir, 'loose-ferry.txt');
    fs.writeFileSync(loose, 'Ferry Timetable Changes\nThe ferry will leave an hour earlier from March.\n');

    // A real drop from the file manager, folder included (Chromium builds the entries from disk).
    await ui.recordImportProgress();
    const cdp = await page.context().newCDPSession(page);
    const data = { items: [], files: [inbox, photos, loose], dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
      await cdp.send('Input.dispatchDragEvent', { type, x: 700, y: 450, data });
    }
    await cdp.detach();
    const summary = await ui.importSummary();
    expect(await ui.importProgressSeen()).toEqual([
      'Importing 1 of 6 — inbox/a-harbour.txt',
      'Importing 2 of 6 — inbox/b-bridge.md',
      'Importing 3 of 6 — inbox/week 2/c-page.html',
      'Importing 4 of 6 — inbox/week 2/empty.txt',
      'Importing 5 of 6 — photos',
      'Importing 6 of 6 — loose-ferry.txt',
    ]);
    expect(summary.groups['Imported']!.map((r) => r.split(' | ')[1])).toEqual([
      'inbox/a-harbour.txt',
      'inbox/b-bridge.md',
      'inbox/week 2/c-page.html',
      'loose-ferry.txt',
    ]);
    expect(summary.groups['Failed']).toEqual([
      'inbox/week 2/empty.txt | is empty.',
      'photos | the folder holds no file Claimdesk imports.',
    ]);
    const titles = listArticles(wb.workspace.project()).map((a) => a.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Harbour Dredging Begins', 'Bridge Closed For Repairs', 'Ferry Timetable Changes']),
    );
    expect(titles.some((t) => t.startsWith('Hidden'))).toBe(false);
    await ui.closeImportSummary();
  });

  it('adds HTML pasted from a browser as a web page', async () => {
    const { ui, page } = wb;
    await page.getByRole('button', { name: 'Add article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add article' });
    const field = dialog.getByLabel('Article text');
    await field.focus();
    await field.evaluate((el) => {
      const data = new DataTransfer();
      data.setData(
        'text/html',
        '<html lang="en"><head><meta property="og:site_name" content="Harbour News"></head><body><article><h1>Port Reopens After Storm</h1><p>The port reopened on Friday after a three-day closure, the harbour master said. Ships that had waited offshore began to dock on Friday night, and officials expect traffic to return to normal by Monday.</p><p>Fishing crews said the closure cost them a week of catches.</p></article></body></html>',
      );
      data.setData('text/plain', 'Port Reopens After Storm\nThe port reopened on Friday.');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    expect(await dialog.getByRole('status').innerText()).toContain('Pasted from a web page');
    await shot(wb, 'paste-html.png');
    await dialog.getByRole('button', { name: 'Add article' }).click();
    await ui.settled();
    expect(await ui.openArticleTitle()).toBe('Port Reopens After Storm');
    expect(await page.locator('.article-text').innerText()).toContain('Fishing crews said the closure');
  });
});

describe('article versions and metadata', () => {
  let wb: Workbench;
  let ids: { us: string; ve: string };
  let claims: { kept: string; lost: string };
  let dir: string;

  beforeAll(async () => {
    const { file, project, us, ve } = sampleProject();
    const h = handlersFor(project);
    const text = (await h.getArticle(us.id)).plainText;
    const kept = await h.createClaimFromSpan({
      articleId: us.id,
      ...rangeOf(text, 'more than 400 prisoners had been freed'),
    });
    const lost = await h.createClaimFromSpan({
      articleId: us.id,
      ...rangeOf(text, '116 prisoners were released on Monday alone'),
      claimant: 'Ministry of Penitentiary Services',
    });
    await h.updateClaim(lost.claim.id, { verdict: 'disputed' });
    project.close();
    ids = { us: us.id, ve: ve.id };
    claims = { kept: kept.claim.id, lost: lost.claim.id };
    dir = tempDir('claimdesk-version-');
    // The outlet rewrote the sentence with the 116 figure; the rest stands.
    const rewritten = sampleText(US_SAMPLE).replace(
      /Venezuela’s Ministry of Penitentiary Services said at least 116 prisoners were released on Monday alone,[^\n]*/,
      'The ministry has since withdrawn its daily tally.',
    );
    fs.writeFileSync(path.join(dir, 'us-detainees-updated.txt'), rewritten);
    wb = await openWorkbench(file);
  });
  afterAll(async () => {
    await wb?.close();
  });

  it('imports a new version, re-anchoring one highlight and listing the lost one as orphaned on its claim', async () => {
    const { ui, page, host } = wb;
    await ui.openArticle('US Detainees');
    host.importFiles = [path.join(dir, 'us-detainees-updated.txt')];
    await page.getByRole('button', { name: 'Import new version…' }).click();
    const summary = await ui.importSummary();
    expect(summary.title).toMatch(/^New version of “US Detainees Released/);
    expect(summary.groups['New versions']![0]).toContain('1 highlight re-anchored, 1 orphaned');
    await ui.closeImportSummary();

    // The open article shows the new text with the surviving highlight.
    expect(await page.locator('.article-text').innerText()).toContain('withdrawn its daily tally');
    expect((await ui.quote('more than 400 prisoners had been freed')).covered).toBe(true);

    await ui.selectClaim('116 prisoners were released on Monday alone');
    await shot(wb, 'orphaned-appearance.png');
    const row = page.locator('.appearance[data-orphaned]');
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toContain('Not found in the current version');
    expect(await row.locator('button.appearance-main').count()).toBe(0);

    await row.getByRole('button', { name: 'Delete orphaned highlight' }).click();
    await ui.settled();
    expect(getClaimDetail(wb.workspace.project(), claims.lost).appearances).toHaveLength(0);
    expect(getClaimDetail(wb.workspace.project(), claims.kept).appearances).toHaveLength(1);
  });

  it('edits every metadata field in the article header and keeps them in the project file', async () => {
    const { ui, page } = wb;
    await ui.openArticle('Venezuela Starts Freeing');
    const header = page.locator('.article-header');
    const fill = async (label: string, value: string) => {
      const field = header.getByLabel(label, { exact: true });
      await field.fill(value);
      await field.press('Enter');
      await ui.settled();
    };
    await fill('Outlet', 'Caracas Monitor');
    await fill('Publication date', '2026-01-14');
    await fill('Author', 'Ines Duarte');
    await fill('Language', 'es');
    await fill('Source URL', 'https://caracasmonitor.example/releases');
    await header.getByRole('radio', { name: 'RTL' }).click();
    await ui.settled();
    await header.getByRole('radio', { name: 'LTR' }).click();
    await ui.settled();
    await fill('Article title', 'Venezuela frees prisoners, figures disputed');

    const link = header.locator('a.article-url');
    expect(await link.getAttribute('href')).toBe('https://caracasmonitor.example/releases');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noreferrer');
    expect(await header.getByLabel('Publication date').inputValue()).toBe('14 Jan 2026');

    await ui.reload();
    expect(getArticleSummary(wb.workspace.project(), ids.ve)).toMatchObject({
      title: 'Venezuela frees prisoners, figures disputed',
      outlet: 'Caracas Monitor',
      author: 'Ines Duarte',
      publishedAt: '2026-01-14',
      url: 'https://caracasmonitor.example/releases',
      language: 'es',
      direction: 'ltr',
    });
    await ui.openArticle('Venezuela frees prisoners');
    await shot(wb, 'article-metadata.png');
    expect(await page.locator('.article-sheet').getAttribute('lang')).toBe('es');
  });

  it('shows a right-to-left article right to left, and switches direction on request', async () => {
    const { ui, page } = wb;
    await ui.dropFiles([
      {
        name: 'arabic.txt',
        bytes:
          'الإفراج عن عشرات السجناء السياسيين في فنزويلا\nقالت وزارة الخدمات السجنية إن 116 سجيناً أُطلق سراحهم يوم الاثنين وحده.\nوقالت منظمة فورو بينال إنها تحققت من 56 حالة إفراج فقط حتى مساء الاثنين.\n',
      },
    ]);
    await ui.importSummary();
    await ui.closeImportSummary();
    const sheet = page.locator('.article-sheet');
    expect(await sheet.getAttribute('dir')).toBe('rtl');
    const paragraph = page.locator('.article-text p').first();
    expect(await paragraph.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
    // Right-aligned: the text hugs the sheet's right edge.
    const box = await paragraph.evaluate((p) => {
      const r = document.createRange();
      r.selectNodeContents(p);
      const text = r.getBoundingClientRect();
      const block = p.getBoundingClientRect();
      return { gapRight: block.right - text.right, gapLeft: text.left - block.left };
    });
    expect(box.gapRight).toBeLessThan(box.gapLeft);
    await shot(wb, 'rtl-article.png');

    await page.locator('.article-header').getByRole('radio', { name: 'LTR' }).click();
    await ui.settled();
    expect(await sheet.getAttribute('dir')).toBe('ltr');
    const arabic = listArticles(wb.workspace.project()).find((a) => a.title.startsWith('الإفراج'))!;
    expect(arabic.direction).toBe('ltr');
  });
});

describe('exporting', () => {
  let wb: Workbench;

  beforeAll(async () => {
    const { file, project, us, ve } = sampleProject();
    const h = handlersFor(project);
    const usText = (await h.getArticle(us.id)).plainText;
    const veText = (await h.getArticle(ve.id)).plainText;
    const released = await h.createClaimFromSpan({
      articleId: us.id,
      ...rangeOf(usText, '116 prisoners were released on Monday alone'),
    });
    await h.linkSpan({
      articleId: ve.id,
      claimId: released.claim.id,
      ...rangeOf(veText, '116 detainees have been freed since January 9'),
    });
    await h.updateClaim(released.claim.id, { verdict: 'disputed', rationale: 'A one-day total and a running total.' });
    const four = await h.createClaimFromSpan({
      articleId: us.id,
      ...rangeOf(usText, 'released at least 4 American citizens'),
    });
    await h.updateClaim(four.claim.id, { verdict: 'verified' });
    project.close();
    wb = await openWorkbench(file);
  });
  afterAll(async () => {
    await wb?.close();
  });

  const dialog = () => wb.page.getByRole('dialog', { name: 'Export' });

  it('exports the PDF report chosen in File → Export, shows the file written and reveals it', async () => {
    const { ui, host } = wb;
    await wb.emit({ type: 'menu', command: 'export' });
    expect(await dialog().isVisible()).toBe(true);
    await dialog()
      .getByRole('radio', { name: /PDF report/ })
      .check();
    await dialog()
      .getByLabel(/Include change history/)
      .check();
    await shot(wb, 'export-dialog.png');
    await dialog().getByRole('button', { name: 'Export…' }).click();
    expect(await dialog().getByRole('button', { name: 'Exporting…' }).isDisabled()).toBe(true);
    await dialog().locator('.export-status-ok').waitFor({ timeout: 45_000 });
    await shot(wb, 'export-done.png');

    const pdf = path.join(host.exportDir!, 'test report.pdf');
    expect(fs.existsSync(pdf)).toBe(true);
    expect(host.revealed).toEqual([pdf]);
    expect(await dialog().locator('.export-status-ok').innerText()).toContain(
      'Saved test report.pdf — 2 claims from 2 articles',
    );
    expect(pdfFlatText(pdf)).toContain('116 prisoners were released on Monday alone');
    await dialog().getByRole('button', { name: 'Done' }).click();
    await ui.settled();
    expect(await dialog().isVisible()).toBe(false);
  });

  it('exports a CSV of the disputed claims only, opened with Ctrl+Shift+E', async () => {
    const { ui, host, page } = wb;
    await page.keyboard.press('Control+Shift+E');
    await ui.settled();
    await dialog().getByRole('radio', { name: /CSV/ }).check();
    const verdicts = dialog().getByRole('group', { name: 'Verdicts' });
    await verdicts.getByRole('checkbox', { name: /Verified/ }).uncheck();
    await verdicts.getByRole('checkbox', { name: /Unverified/ }).uncheck();
    await dialog().getByRole('button', { name: 'Export…' }).click();
    await dialog().locator('.export-status-ok').waitFor();
    const csv = fs.readFileSync(path.join(host.exportDir!, 'test report.csv'), 'utf8');
    const rows = csv.trim().split(/\r?\n/);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('116 prisoners were released on Monday alone');
    expect(rows[1]).toContain('disputed');
    expect(csv).not.toContain('American citizens');
    expect(await dialog().locator('.export-status-ok').innerText()).toContain('test report-spans.csv');
    await dialog().getByRole('button', { name: 'Done' }).click();
    await dialog().waitFor({ state: 'hidden' });
  });

  it('closes quietly when the save dialog is cancelled, and reads back its own W3C annotations when dropped', async () => {
    const { ui, host } = wb;
    const exportDir = host.exportDir!;
    host.exportDir = null;
    await wb.emit({ type: 'menu', command: 'export' });
    await dialog().waitFor();
    await dialog()
      .getByRole('radio', { name: /W3C annotations/ })
      .check();
    await dialog().getByRole('button', { name: 'Export…' }).click();
    await ui.settled();
    expect(await dialog().isVisible()).toBe(false);
    expect(await ui.toastText()).toBe('');

    // The dialog keeps the choices made earlier in the session: here, disputed claims only.
    host.exportDir = exportDir;
    await wb.emit({ type: 'menu', command: 'export' });
    await dialog().waitFor();
    const verdicts = dialog().getByRole('group', { name: 'Verdicts' });
    expect(await verdicts.getByRole('checkbox', { name: /Verified/ }).isChecked()).toBe(false);
    await verdicts.getByRole('checkbox', { name: /Verified/ }).check();
    await verdicts.getByRole('checkbox', { name: /Unverified/ }).check();
    await dialog()
      .getByRole('radio', { name: /W3C annotations/ })
      .check();
    await dialog().getByRole('button', { name: 'Export…' }).click();
    await dialog().locator('.export-status-ok').waitFor();
    await dialog().getByRole('button', { name: 'Done' }).click();
    await ui.dropFiles([
      { name: 'annotations.jsonld', bytes: fs.readFileSync(path.join(exportDir, 'test report.jsonld')) },
    ]);
    const summary = await ui.importSummary();
    expect(summary.groups['Annotation files']).toEqual([
      'annotations.jsonld | 0 highlights restored, 3 already present',
    ]);
  });
});
