/**
 * Serves the BUILT renderer (dist/renderer) on a fixed origin, as the app's custom protocol does:
 * same files, same CSP, no dev server. A small HTTP server on a loopback port answers, and the
 * browser is told to resolve the app's host name to it and every other host to nothing, so the
 * page is offline by design. (Playwright's request interception did the same job, but every file
 * took a round trip through the test process; the protocol handler in the app reads from disk.)
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const APP_HOST = 'claimdesk.test';
export const APP_ORIGIN = `http://${APP_HOST}`;
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

export interface RendererServer {
  /** Browser flags that send the app's host to this server and every other host nowhere. */
  chromiumArgs: string[];
  close(): Promise<void>;
}

function answer(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', APP_ORIGIN);
  if (req.headers.host?.split(':')[0] !== APP_HOST) {
    res.writeHead(421).end();
    return;
  }
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  const file = path.resolve(RENDERER_DIR, `.${rel}`);
  if (!file.startsWith(RENDERER_DIR + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${rel}`);
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  res.end(fs.readFileSync(file));
}

export async function startRendererServer(): Promise<RendererServer> {
  const server = http.createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    chromiumArgs: [`--host-resolver-rules=MAP ${APP_HOST} 127.0.0.1:${port}, MAP * ~NOTFOUND`],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
