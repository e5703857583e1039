import { beforeEach, describe, expect, it } from 'vitest';
import { createMainWindow } from '../../../electron/shell/createMainWindow';
import { denyPermissions, permissionAllowed } from '../../../electron/shell/webContentsGuards';
import { FakeBrowserWindow, preventable } from './fakeElectron';

function openWindow() {
  const opened: string[] = [];
  const win = createMainWindow(FakeBrowserWindow, {
    preloadPath: '/app/dist/electron/preload.cjs',
    devTools: false,
    openExternal: (url) => opened.push(url),
  });
  return { win, opened };
}

describe('the main window', () => {
  beforeEach(() => {
    FakeBrowserWindow.created.length = 0;
  });

  it('isolates the page: context isolation, sandbox, no Node, web security on, our preload', () => {
    const { win } = openWindow();
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('loads the app page over the app scheme and shows the window once it is painted', () => {
    const { win } = openWindow();
    expect(win.loadedUrl).toBe('app://claimdesk/index.html');
    expect(win.shown).toBe(false);
    win.fire('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('keeps its own title when the page sets <title>', () => {
    const { win } = openWindow();
    const e = preventable();
    win.fire('page-title-updated', e);
    expect(e.defaultPrevented).toBe(true);
  });

  it('refuses every navigation, sending web links the user clicked to the browser instead', () => {
    const { win, opened } = openWindow();
    for (const url of [
      'https://news.example/article',
      'app://claimdesk/other.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]) {
      const e = preventable();
      win.webContents.userClicks();
      win.webContents.fire('will-navigate', e, url);
      expect(e.defaultPrevented).toBe(true);
    }
    expect(opened).toEqual(['https://news.example/article']);
  });

  it('refuses redirects and webviews', () => {
    const { win } = openWindow();
    const redirect = preventable();
    win.webContents.fire('will-redirect', redirect, 'https://elsewhere.example/');
    const webview = preventable();
    win.webContents.fire('will-attach-webview', webview);
    expect(redirect.defaultPrevented && webview.defaultPrevented).toBe(true);
  });

  it('opens no new windows; clicked http(s) links go to the browser, other schemes nowhere', () => {
    const { win, opened } = openWindow();
    const handler = win.webContents.windowOpenHandler!;
    const clickThen = (url: string) => {
      win.webContents.userClicks();
      return handler({ url });
    };
    expect(clickThen('https://www.state.gov/statement')).toEqual({ action: 'deny' });
    expect(clickThen('http://example.org/')).toEqual({ action: 'deny' });
    expect(clickThen('file:///home/user/.ssh/id_rsa')).toEqual({ action: 'deny' });
    expect(clickThen('smb://server/share')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.state.gov/statement', 'http://example.org/']);
  });
});

describe('permissions', () => {
  it('denies every permission request except clipboard writes from the app page', () => {
    let request:
      ((wc: unknown, p: string, cb: (g: boolean) => void, d: { requestingUrl?: string }) => void) | undefined;
    let check: ((wc: unknown, p: string, origin: string) => boolean) | undefined;
    denyPermissions({
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
    });
    const answers: [string, string, boolean][] = [];
    for (const [permission, url] of [
      ['media', 'app://claimdesk/index.html'],
      ['geolocation', 'app://claimdesk/index.html'],
      ['notifications', 'app://claimdesk/index.html'],
      ['clipboard-read', 'app://claimdesk/index.html'],
      ['clipboard-sanitized-write', 'https://evil.example/'],
      ['clipboard-sanitized-write', 'app://claimdesk/index.html'],
    ] as const) {
      request!(null, permission, (granted) => answers.push([permission, url, granted]), { requestingUrl: url });
    }
    expect(answers.filter(([, , granted]) => granted)).toEqual([
      ['clipboard-sanitized-write', 'app://claimdesk/index.html', true],
    ]);
    expect(answers).toHaveLength(6);
    expect(check!(null, 'media', 'app://claimdesk')).toBe(false);
    expect(check!(null, 'clipboard-sanitized-write', 'app://claimdesk')).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });
});
