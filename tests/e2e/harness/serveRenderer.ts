/**
 * Serves the BUILT renderer (dist/renderer) on a fixed origin through Playwright's request
 * interception, as the app's custom protocol does: same files, same CSP, no dev server.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const APP_ORIGIN = 'http://claimdesk.test';
export const RENDERER_DIR = path.resolve(__dirname, '../../../dist/renderer');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

export function assertRendererBuilt(): void {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`${RENDERER_DIR}/index.html is missing: run \`node scripts/build.mjs renderer\` first.`);
  }
}

export async function serveRenderer(context: BrowserContext): Promise<void> {
  await context.route(`${APP_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/favicon.ico') return route.fulfill({ status: 204, body: '' });
    const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.resolve(RENDERER_DIR, `.${rel}`);
    if (!file.startsWith(RENDERER_DIR + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return route.fulfill({ status: 404, body: `Not found: ${rel}` });
    }
    return route.fulfill({
      status: 200,
      headers: { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' },
      body: fs.readFileSync(file),
    });
  });
  // Nothing else may be fetched: the app is offline by design.
  await context.route(/^(?!http:\/\/claimdesk\.test\/)/, (route) => route.abort('blockedbyclient'));
}
