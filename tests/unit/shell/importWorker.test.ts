/**
 * Imported files are parsed in a worker thread (electron/import/articleParseWorker.ts): the same
 * draft as in this thread, the same errors, the main thread free to answer meanwhile, and a
 * fallback to this thread when no worker can start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../../../shared/ipc/result';
import { readArticleFile } from '../../../electron/import/readArticleFile';
import { workerArticleReader, type ArticleReader } from '../../../electron/import/readArticleOffThread';
import { buildWorker } from '../../helpers/buildWorker';
import { tempDir } from './tempDir';

let ENTRY: string;

beforeAll(async () => {
  const built = await buildWorker('electron/import/articleParseWorker.ts', 'importWorker');
  ENTRY = built.entry;
  return built.remove;
});
const NEWS_PAGE = path.resolve(__dirname, '../../fixtures/import/news-page.html');

const readers: ArticleReader[] = [];
afterEach(async () => {
  for (const r of readers.splice(0)) await r.close();
});
const reader = (entry: string = ENTRY) => {
  const r = workerArticleReader(entry);
  readers.push(r);
  return r;
};

/** A saved web page of about `paragraphs` paragraphs, as a long report would be. */
function largePage(paragraphs: number): Buffer {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>Paragraph ${i}: officials said ${i} prisoners were released on Monday, while rights groups counted more in <a href="https://example.org/${i}">their report</a>.</p>`,
  ).join('\n');
  return Buffer.from(
    `<!doctype html><html lang="en"><head><title>Long report</title></head><body><article><h1>Long report</h1>${body}</article></body></html>`,
  );
}

describe('parsing imported files in a worker thread', () => {
  it('gives the same article as parsing in this thread', async () => {
    const bytes = fs.readFileSync(NEWS_PAGE);
    const r = reader();
    const draft = await r.read('news-page.html', bytes);
    expect(r.parsedInWorker).toBe(1);
    expect(draft).toEqual(await readArticleFile('news-page.html', bytes));
  });

  it('keeps the main thread responsive while a large page is parsed', async () => {
    const r = reader();
    await r.read('warm-up.html', largePage(5)); // the worker's start-up is not what is measured
    const bytes = largePage(3_000);
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(performance.now()), 5);
    const started = performance.now();
    const draft = await r.read('long.html', bytes);
    const took = performance.now() - started;
    clearInterval(timer);
    const gaps = ticks.slice(1).map((t, i) => t - ticks[i]!);
    expect(draft.blocks.length).toBeGreaterThan(2_900);
    expect(r.parsedInWorker).toBe(2);
    // The parse takes a good while; the timer kept firing all along.
    expect(took).toBeGreaterThan(300);
    expect(ticks.length).toBeGreaterThan(took / 5 / 4);
    expect(Math.max(...gaps)).toBeLessThan(took / 3);
  }, 60_000);

  it('refuses a bad file with the same message, naming it', async () => {
    const r = reader();
    const failure = await r.read('report.pdf', Buffer.from('<html>not a pdf</html>')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ClaimdeskError);
    expect(failure).toMatchObject({
      type: 'invalid-input',
      message: expect.stringMatching(/^report\.pdf: is not a PDF/),
    });
  });

  it('parses in this thread when no worker can start', async () => {
    const r = reader(path.join(tempDir(), 'no-such-worker.cjs'));
    const draft = await r.read('news-page.html', fs.readFileSync(NEWS_PAGE));
    expect(draft.blocks.length).toBeGreaterThan(0);
    expect(r.parsedInWorker).toBe(0);
  });
});
