/**
 * What a page in the app may not do: navigate anywhere (the UI is a single page; a link click in
 * an article would otherwise replace the app), open windows, attach webviews, or get device
 * permissions. Links to http(s) pages open in the user's browser instead, and only when the user
 * just clicked or pressed a key (one link per gesture, see userGesture.ts): a script's own
 * window.open or navigation goes nowhere. The Electron objects are parameters so the rules can be
 * checked with fakes.
 */
import { isAppUrl } from './appOrigin';
import { UserGesture } from './userGesture';

export interface Preventable {
  preventDefault(): void;
}

/** The part of Electron's WebContents the guards use. */
export interface GuardableContents {
  on(event: 'will-navigate', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  on(event: 'input-event', listener: (event: unknown, input: { type?: string }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Only web links leave the app, and only to the system browser. */
export function isExternalLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export interface GuardOptions {
  /** The clock the gesture rule reads (tests move it on). */
  now?: () => number;
}

export function guardWebContents(
  contents: GuardableContents,
  openExternal: (url: string) => unknown,
  opts: GuardOptions = {},
): void {
  const gesture = new UserGesture(opts.now);
  contents.on('input-event', (_event, input) => gesture.note(input));
  const leave = (url: string) => {
    // The gesture is spent only by a link that may leave, so a refused URL does not use up the click.
    if (isExternalLink(url) && gesture.consume()) void Promise.resolve(openExternal(url)).catch(() => undefined);
  };
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    leave(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    leave(url);
    return { action: 'deny' };
  });
}

/**
 * The one permission granted: writing to the clipboard from the app's own page (a "copy" button
 * uses navigator.clipboard). Camera, microphone, location, notifications, etc. are all refused.
 */
export function permissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return permission === 'clipboard-sanitized-write' && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

/** The part of Electron's Session the permission rules use. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
}

export function denyPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details?.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, origin) => permissionAllowed(permission, origin));
}
