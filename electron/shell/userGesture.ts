/**
 * Whether the user just clicked or pressed a key in the window. A link may leave the app for the
 * system browser only on the back of such a gesture, and each gesture lets one link out: a page
 * script calling window.open or setting location (on a timer, in a loop) finds no gesture to
 * spend, so hostile content cannot open the browser by itself or flood it with tabs. Electron
 * tells the main process about input through the web contents' 'input-event'; the window-open
 * details carry no gesture flag, so this is tracked here.
 */

/** How long after a click or key press a link may still use it (a click opens its link at once). */
export const GESTURE_LIFETIME_MS = 2000;

/** Input types that mean a person acted (Chromium's "user activation" events), not a mouse moving by. */
const ACTIVATIONS = new Set(['mouseDown', 'mouseUp', 'rawKeyDown', 'keyDown', 'gestureTap', 'touchEnd', 'pointerUp']);

function isUserActivation(input: { type?: string }): boolean {
  return input.type !== undefined && ACTIVATIONS.has(input.type);
}

export class UserGesture {
  private lastAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = Date.now) {}

  /** Records an input event; only clicks, taps and key presses count. */
  note(input: { type?: string }): void {
    if (isUserActivation(input)) this.lastAt = this.now();
  }

  /** True (once) when the user acted within the last GESTURE_LIFETIME_MS; spends the gesture. */
  consume(): boolean {
    const fresh = this.now() - this.lastAt <= GESTURE_LIFETIME_MS;
    this.lastAt = Number.NEGATIVE_INFINITY;
    return fresh;
  }
}
