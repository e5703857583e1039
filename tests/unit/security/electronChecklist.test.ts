/**
 * The Electron security checklist items not already covered in tests/unit/shell: no remote module
 * anywhere, one window factory, the renderer's own CSP meta tag strict, every navigation and
 * window.open denied for any URL (property-tested), external links only for http(s) after a click, and every
 * permission but the clipboard write denied, whatever the origin.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMainWindow } from '../../../electron/shell/createMainWindow';
import { isExternalLink, permissionAllowed } from '../../../electron/shell/webContentsGuards';
import pkg from '../../../package.json';
import { FakeBrowserWindow, preventable } from '../shell/fakeElectron';

const root = path.resolve(__dirname, '../../..');
const sourcesUnder = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourcesUnder(rel);
    return /\.(ts|tsx|mjs|cjs|js)$/.test(e.name) ? [rel] : [];
  });
const appSources = [...sourcesUnder('electron'), ...sourcesUnder('renderer'), ...sourcesUnder('shared')];

function openWindow() {
  const opened: string[] = [];
  const win = createMainWindow(FakeBrowserWindow, {
    preloadPath: '/app/preload.cjs',
    devTools: false,
    openExternal: (url) => opened.push(url),
  });
  return { win, opened };
}

const anyUrl = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'app://claimdesk/index.html',
    'app://claimdesk/../../etc/passwd',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'chrome://settings',
    'about:blank',
    'HTTPS://EXAMPLE.ORG/',
  ),
  fc.string(),
);

describe('Electron security checklist', () => {
  it('uses no remote module: not a dependency, not enabled, not required anywhere', () => {
    const deps = { ...pkg.dependencies, ...pkg.devDependencies } as Record<string, string>;
    expect(Object.keys(deps)).not.toContain('@electron/remote');
    for (const file of appSources) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      expect(text, file).not.toMatch(/@electron\/remote|enableRemoteModule|\bremote\.require|enableBlinkFeatures/);
    }
  });

  it('creates windows only through createMainWindow (one set of locked-down preferences)', () => {
    const creators = appSources.filter((f) => /new BrowserWindow\(/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(creators).toEqual([path.join('electron', 'shell', 'createMainWindow.ts')]);
    const { win } = openWindow();
    const prefs = win.options.webPreferences!;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(prefs).not.toHaveProperty('enableRemoteModule');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it("has a strict CSP in the renderer's own index.html: scripts only from the app, no eval, no inline script", () => {
    const html = fs.readFileSync(path.join(root, 'renderer', 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const directives = new Map(
      csp!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k!, v]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|\*|https?:/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('denies every navigation and every window.open, whatever the URL; only clicked http(s) goes to the browser', () => {
    fc.assert(
      fc.property(anyUrl, fc.boolean(), (url, clicked) => {
        const { win, opened } = openWindow();
        if (clicked) win.webContents.userClicks();
        const nav = preventable();
        win.webContents.fire('will-navigate', nav, url);
        expect(nav.defaultPrevented).toBe(true);
        const redirect = preventable();
        win.webContents.fire('will-redirect', redirect, url);
        expect(redirect.defaultPrevented).toBe(true);
        expect(win.webContents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
        for (const sent of opened) expect(new URL(sent).protocol).toMatch(/^https?:$/);
        // One click lets exactly one link out (navigation and window.open both asked); none without.
        expect(opened).toEqual(clicked && isExternalLink(url) ? [url] : []);
      }),
      { numRuns: 300 },
    );
  });

  it('hands only http and https links to shell.openExternal', () => {
    expect(isExternalLink('https://example.org/a')).toBe(true);
    expect(isExternalLink('http://example.org/a')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/x',
      'ms-msdt:x',
      'app://claimdesk/',
      'not a url',
    ]) {
      expect(isExternalLink(url), url).toBe(false);
    }
  });

  it('denies every permission except clipboard writes from the app page, for any origin', () => {
    const permissions = [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'midiSysex',
      'pointerLock',
      'fullscreen',
      'openExternal',
      'clipboard-read',
      'display-capture',
      'hid',
      'serial',
      'usb',
      'unknown',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...permissions),
        fc.oneof(fc.webUrl(), fc.constant('app://claimdesk/index.html')),
        (permission, origin) => {
          expect(permissionAllowed(permission, origin)).toBe(false);
        },
      ),
    );
    expect(permissionAllowed('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
  });
});
