/**
 * External links leave the app only after a user click: a page script's own window.open or
 * navigation to an http(s) page goes nowhere, each click lets one link out (no flood of tabs),
 * a click spent long ago does not count, and non-web schemes never leave even after a click.
 */
import { describe, expect, it } from 'vitest';
import { guardWebContents } from '../../../electron/shell/webContentsGuards';
import { GESTURE_LIFETIME_MS } from '../../../electron/shell/userGesture';
import { FakeWebContents, preventable } from './fakeElectron';

function guardedPage() {
  const opened: string[] = [];
  let clock = 1_000_000;
  const contents = new FakeWebContents();
  guardWebContents(contents, (url) => opened.push(url), { now: () => clock });
  const windowOpen = (url: string) => contents.windowOpenHandler!({ url });
  const navigate = (url: string) => {
    const e = preventable();
    contents.fire('will-navigate', e, url);
    return e.defaultPrevented;
  };
  const wait = (ms: number) => (clock += ms);
  return { contents, opened, windowOpen, navigate, wait };
}

describe('external links', () => {
  it('opens nothing when a script calls window.open or navigates with no user click', () => {
    const page = guardedPage();
    expect(page.windowOpen('https://tracker.example/pixel')).toEqual({ action: 'deny' });
    expect(page.navigate('https://phish.example/login')).toBe(true);
    // Moving the mouse or scrolling is not a click.
    page.contents.fire('input-event', {}, { type: 'mouseMove' });
    page.contents.fire('input-event', {}, { type: 'mouseWheel' });
    expect(page.windowOpen('https://tracker.example/pixel')).toEqual({ action: 'deny' });
    expect(page.opened).toEqual([]);
  });

  it('opens a clicked link in the browser, and only one link per click', () => {
    const page = guardedPage();
    page.contents.userClicks();
    expect(page.windowOpen('https://www.state.gov/statement')).toEqual({ action: 'deny' });
    // A script riding on the same click to open more tabs gets none.
    for (let i = 0; i < 20; i++) page.windowOpen(`https://spam.example/${i}`);
    expect(page.navigate('https://spam.example/nav')).toBe(true);
    expect(page.opened).toEqual(['https://www.state.gov/statement']);
    page.contents.userClicks();
    page.navigate('https://news.example/article');
    expect(page.opened).toEqual(['https://www.state.gov/statement', 'https://news.example/article']);
  });

  it('accepts a key press (Enter on a focused link) as the user acting', () => {
    const page = guardedPage();
    page.contents.fire('input-event', {}, { type: 'rawKeyDown' });
    page.windowOpen('https://example.org/by-keyboard');
    expect(page.opened).toEqual(['https://example.org/by-keyboard']);
  });

  it('does not count a click from long ago (a script on a timer)', () => {
    const page = guardedPage();
    page.contents.userClicks();
    page.wait(GESTURE_LIFETIME_MS + 1);
    page.windowOpen('https://later.example/');
    expect(page.opened).toEqual([]);
  });

  it('never opens other schemes, even right after a click, and a refused link does not spend the click', () => {
    const page = guardedPage();
    page.contents.userClicks();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'ms-msdt:/id x']) {
      page.windowOpen(url);
      page.navigate(url);
    }
    expect(page.opened).toEqual([]);
    page.windowOpen('https://example.org/after');
    expect(page.opened).toEqual(['https://example.org/after']);
  });
});
