/**
 * Opening the long article and creating highlights in it, through the real harness (built
 * renderer in headless Chromium, real Node services over the project file), each against the same
 * work done by Chromium on static HTML: parsing and laying out the article with its `<mark>`s,
 * and wrapping one more passage in a `<mark>`.
 */
import type { Page } from 'playwright-core';
import { getArticle } from '../../electron/articles/articleStore';
import { listHighlights } from '../../electron/spans/spanStore';
import { openWorkbench } from '../../tests/e2e/harness';
import { bareBrowser, jsHeapUsed, newBarePage } from '../lib/browser';
import { mb, median, percentile, rssSampler, timed } from '../lib/measure';
import type { BenchResult } from '../lib/result';
import { staticArticleHtml } from '../lib/staticArticle';
import type { LongArticleWorkload } from '../workloads/longArticle';

const OPENS = 3;
const CREATIONS = 20;

/** In the page: click an article in the list, wait until its marks are in the DOM and laid out. */
function openInPage({ title, minMarks }: { title: string; minMarks: number }): Promise<number> {
  const item = [...document.querySelectorAll<HTMLElement>('nav[aria-label="Articles"] .article-item')].find((el) =>
    el.textContent?.includes(title),
  );
  if (!item) throw new Error(`no article “${title}” in the list`);
  const t0 = performance.now();
  item.click();
  return new Promise((resolve) => {
    const poll = () => {
      const pane = document.querySelector('.article-pane:not([aria-busy])');
      const marks = pane ? pane.querySelectorAll('.article-text mark').length : 0;
      if (marks >= minMarks) {
        void document.documentElement.getBoundingClientRect().height; // force layout
        resolve(performance.now() - t0);
      } else requestAnimationFrame(poll);
    };
    poll();
  });
}

/**
 * In the page: click "New claim" and wait until a mark of a new span is in the DOM, focused, and
 * laid out. A MutationObserver sees it the moment it lands (as the baseline's forced layout does),
 * not at the next animation frame.
 */
export function createInPage(): Promise<number> {
  const root = document.querySelector('.article-text')!;
  const known = new Set<string>();
  for (const m of root.querySelectorAll<HTMLElement>('mark[data-span-ids]'))
    for (const id of (m.dataset.spanIds ?? '').split(' ')) known.add(id);
  const button = [...document.querySelectorAll<HTMLButtonElement>('.selection-popover button')].find((b) =>
    /New claim/.test(b.textContent ?? ''),
  );
  if (!button) throw new Error('no “New claim” button');
  const shown = () =>
    [...root.querySelectorAll<HTMLElement>('mark.is-focused')].some((m) =>
      (m.dataset.spanIds ?? '').split(' ').some((id) => !known.has(id)),
    );
  return new Promise((resolve) => {
    let t0 = 0;
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      void document.documentElement.getBoundingClientRect().height; // force layout
      resolve(performance.now() - t0);
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    t0 = performance.now();
    button.click();
  });
}

/** In the page: wrap the n-th free passage of the static article in a new <mark>, until laid out. */
function insertMarkInPage({ quote }: { quote: string }): number {
  const root = document.querySelector('.static-article')!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const t0 = performance.now();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(quote);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + quote.length);
    const mark = document.createElement('mark');
    range.surroundContents(mark);
    void document.documentElement.getBoundingClientRect().height;
    return performance.now() - t0;
  }
  throw new Error(`“${quote}” not found in the static article`);
}

/** Quotes of un-highlighted passages, each unique in the text, spread through the article. */
export function freeQuotes(w: LongArticleWorkload, count: number): string[] {
  const covered = new Uint8Array(w.plainText.length + 1);
  for (const s of w.spans) covered.fill(1, s.start, s.end);
  const quotes: string[] = [];
  const step = Math.floor(w.plainText.length / (count + 1));
  for (let at = step; quotes.length < count && at < w.plainText.length - 100; at += step) {
    for (let s = at; s < Math.min(w.plainText.length - 60, at + step); s++) {
      const q = w.plainText.slice(s, s + 40);
      if (covered.subarray(s, s + 40).some((c) => c === 1) || /\n|^\s|\s$/.test(q)) continue;
      if (w.plainText.indexOf(q) !== w.plainText.lastIndexOf(q)) continue;
      quotes.push(q);
      break;
    }
  }
  return quotes;
}

async function heapOf(page: Page): Promise<number | undefined> {
  return jsHeapUsed(page);
}

export async function benchLongArticle(w: LongArticleWorkload): Promise<BenchResult[]> {
  const quotes = freeQuotes(w, CREATIONS + 1);
  const notes: string[] = [];
  // Baselines: static HTML of the same text and highlights.
  const project = (await import('../../electron/project/openProject')).openProject(w.file, {
    actor: 'Bench',
    readOnly: true,
  });
  const html = staticArticleHtml(getArticle(project, w.articleId).body, listHighlights(project, w.articleId));
  project.close();
  const browser = await bareBrowser();
  const staticOpen: number[] = [];
  const staticInsert: number[] = [];
  let staticHeap: number | undefined;
  try {
    for (let i = 0; i < OPENS; i++) {
      const page = await newBarePage(browser);
      const { ms } = await timed(async () => {
        await page.setContent(html);
        await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      });
      staticOpen.push(ms);
      if (i === OPENS - 1) {
        for (const quote of quotes.slice(1)) staticInsert.push(await page.evaluate(insertMarkInPage, { quote }));
        staticHeap = await heapOf(page);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }

  // The app, through the harness.
  const rss = rssSampler();
  const wb = await openWorkbench(w.file, { actor: 'Bench' });
  const opens: number[] = [];
  const creations: number[] = [];
  let heap: number | undefined;
  try {
    for (let i = 0; i < OPENS; i++) {
      await wb.ui.openArticle('Bench: a short note');
      opens.push(await wb.page.evaluate(openInPage, { title: w.title, minMarks: w.spans.length }));
      await wb.ui.settled();
    }
    // The first creation warms the code paths up (JIT); it is reported but not in the p95.
    let warmUp = 0;
    for (const [i, quote] of quotes.entries()) {
      await wb.ui.selectText(quote);
      const ms = await wb.page.evaluate(createInPage);
      if (i === 0) warmUp = ms;
      else creations.push(ms);
      await wb.ui.settled();
    }
    notes.push(`warm-up creation ${warmUp.toFixed(0)} ms (not counted)`);
    heap = await heapOf(wb.page);
    const rows = wb.workspace
      .project()
      .db.prepare('SELECT count(*) AS n FROM spans WHERE article_id = ?')
      .get(w.articleId) as { n: number };
    if (rows.n !== w.spans.length + quotes.length)
      throw new Error(`expected ${w.spans.length + quotes.length} span rows, found ${rows.n}`);
  } finally {
    await wb.close();
  }
  const peak = mb(rss.stop());
  const open = median(opens);
  const openBase = median(staticOpen);
  const p95 = percentile(creations, 95);
  const insertBase = percentile(staticInsert, 95);
  return [
    {
      name: 'open long article',
      metric: `median of ${OPENS} opens (${w.plainText.length.toLocaleString('en')} chars, ${w.spans.length} highlights)`,
      ms: open,
      baselineName: 'static <mark> HTML: setContent + layout',
      baselineMs: openBase,
      ratio: open / openBase,
      target: '≤ 2× baseline',
      pass: open <= 2 * openBase,
      nodePeakRssMb: peak,
      rendererHeapMb: mb(heap),
      notes: [`opens ms: ${opens.map((x) => x.toFixed(0)).join(', ')}`, `static heap ${mb(staticHeap)} MB`],
    },
    {
      name: 'create one highlight',
      metric: `p95 of ${creations.length} creations (New claim click → mark shown, row committed)`,
      ms: p95,
      baselineName: 'static DOM: insert one <mark> + layout (p95)',
      baselineMs: insertBase,
      ratio: p95 / insertBase,
      target: 'p95 ≤ 50 ms',
      pass: p95 <= 50,
      nodePeakRssMb: peak,
      rendererHeapMb: mb(heap),
      notes: [
        `median ${median(creations).toFixed(1)} ms; all: ${creations.map((x) => x.toFixed(0)).join(', ')}`,
        ...notes,
      ],
    },
  ];
}
