/**
 * A bare headless Chromium page for the baselines (static HTML, no app), launched the way the
 * harness launches its browser, plus the renderer's JS heap read through CDP Performance metrics.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../tests/helpers/chromium';

export async function bareBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs() });
}

export async function newBarePage(browser: Browser): Promise<Page> {
  return browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
}

/** JSHeapUsedSize of the page's renderer, in bytes (CDP Performance.getMetrics). */
export async function jsHeapUsed(page: Page): Promise<number | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  } finally {
    await cdp.detach();
  }
}
