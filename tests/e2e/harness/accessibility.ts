/**
 * The accessibility check the e2e scenarios run on each screen: Chromium's accessibility tree (as
 * Playwright's ARIA snapshot reads it) must give every control a name a screen reader can say.
 * Returns the unnamed controls, as the snapshot lines that show them, so a failure names them.
 */
import type { Page } from 'playwright-core';

/** Roles a user operates: each needs an accessible name. */
const CONTROL_ROLES = [
  'button',
  'textbox',
  'searchbox',
  'combobox',
  'checkbox',
  'radio',
  'option',
  'link',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'menuitem',
  'listbox',
  'radiogroup',
  'dialog',
];

/** `- button` or `- textbox [disabled]:` — a control line with no quoted name. */
const UNNAMED = new RegExp(`^\\s*- (${CONTROL_ROLES.join('|')})(\\s+\\[[^\\]]*\\])*:?$`);

export async function unnamedControls(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  return snapshot
    .split('\n')
    .filter((line) => UNNAMED.test(line))
    .map((line) => line.trim());
}

/** How many controls of each role the snapshot lists (to check the walk really saw the screen). */
export async function controlCount(page: Page): Promise<number> {
  const snapshot = await page.locator('body').ariaSnapshot();
  const any = new RegExp(`^\\s*- (${CONTROL_ROLES.join('|')})\\b`);
  return snapshot.split('\n').filter((line) => any.test(line)).length;
}
