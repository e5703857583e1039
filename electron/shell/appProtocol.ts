/**
 * Serves the built renderer (dist/renderer) on the app scheme. Only files inside that folder are
 * served: the URL path is decoded, normalised and resolved, and anything that lands outside the
 * folder (`..`, encoded slashes, symlinks pointing out) is refused. Every response carries the
 * Content-Security-Policy, so the policy holds even if the HTML's own meta tag is missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

/** Registered before app ready: a standard, secure scheme behaves like https for the page. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/**
 * The file under `rootDir` an app URL names, or null when the URL is not the app's or points
 * outside the folder. Does not touch the disk (see serveAppRequest for symlinks).
 */
export function resolveAppPath(url: string, rootDir: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  // URL parsing already folds literal `..`; an encoded one (%2e%2e) or a backslash is an attack.
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return null;
  const relative = path.posix.normalize(decoded === '/' || decoded === '' ? '/index.html' : decoded);
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${relative}`);
  return isInside(root, file) ? file : null;
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY },
  });
}

/** Answers one request of the app scheme from `rootDir`. */
export async function serveAppRequest(request: { url: string; method: string }, rootDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
  const file = resolveAppPath(request.url, rootDir);
  if (!file) return textResponse(404, 'Not found');
  let body: Buffer;
  try {
    // A symlink inside the folder must not lead outside it.
    const real = await fs.promises.realpath(file);
    if (!isInside(await fs.promises.realpath(rootDir), real)) return textResponse(404, 'Not found');
    body = await fs.promises.readFile(real);
  } catch {
    return textResponse(404, 'Not found');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    },
  });
}

/** The part of Electron's `protocol` module used here. */
export interface ProtocolLike {
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

export function registerAppProtocol(protocol: ProtocolLike, rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rootDir));
}
