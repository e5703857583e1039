import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath, serveAppRequest } from '../../../electron/shell/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shell/contentSecurityPolicy';
import { tempDir } from './tempDir';

function builtRenderer() {
  const dir = tempDir();
  const root = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Claimdesk</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');
  return { dir, root };
}

const get = (url: string, root: string) => serveAppRequest({ url, method: 'GET' }, root);

describe('the app protocol', () => {
  it('serves the renderer page and its assets with the CSP header', async () => {
    const { root } = builtRenderer();
    const page = await get('app://claimdesk/index.html', root);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>Claimdesk</title>');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const script = await get('app://claimdesk/assets/index-abc.js', root);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('app://claimdesk/', root)).status).toBe(200);
  });

  it('has a strict policy: scripts only from the app, no eval, no network, no plugins', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k!, v]),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|https?:/);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('refuses paths that climb out of the renderer folder', async () => {
    const { root } = builtRenderer();
    const attacks = [
      'app://claimdesk/../secret.txt',
      'app://claimdesk/%2e%2e/secret.txt',
      'app://claimdesk/assets/..%2f..%2fsecret.txt',
      'app://claimdesk/..%5csecret.txt',
      'app://claimdesk/assets%2f..%2f..%2fsecret.txt',
      'app://claimdesk/%00index.html',
      'app://claimdesk/%E0%A4%A',
    ];
    for (const url of attacks) {
      const r = await get(url, root);
      expect(r.status, url).toBe(404);
      expect(await r.text()).not.toContain('outside the renderer');
    }
  });

  it('does not follow a symlink that points outside the folder', async () => {
    const { dir, root } = builtRenderer();
    fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(root, 'link.txt'));
    expect((await get('app://claimdesk/link.txt', root)).status).toBe(404);
  });

  it('answers only for the app host, and only GET/HEAD', async () => {
    const { root } = builtRenderer();
    expect(resolveAppPath('app://elsewhere/index.html', root)).toBeNull();
    expect(resolveAppPath('https://claimdesk/index.html', root)).toBeNull();
    expect((await serveAppRequest({ url: 'app://claimdesk/index.html', method: 'POST' }, root)).status).toBe(405);
    expect((await get('app://claimdesk/missing.js', root)).status).toBe(404);
    expect((await get('app://claimdesk/assets', root)).status).toBe(404);
  });
});
