/**
 * Where the app's own UI lives: the built renderer is served on `app://claimdesk/`, a custom
 * standard scheme, so the window has a real, fixed origin to check IPC senders and CSP against
 * (file:// pages all share one opaque origin with every other local file).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'claimdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs of the app's own pages and assets. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    // Node reports origin "null" for non-special schemes, so compare the parts.
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/** The part of Electron's WebFrameMain the IPC door looks at. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
}

/**
 * Only the top frame of a page the app itself served may call the API. The frame is null when
 * it navigated away or was destroyed before the message arrived: refused as well.
 */
export function isTrustedFrame(frame: FrameLike | null | undefined): boolean {
  if (!frame) return false;
  try {
    return frame.parent === null && isAppUrl(frame.url);
  } catch {
    // A disposed frame throws on property access.
    return false;
  }
}
