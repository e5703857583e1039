/**
 * Every keyboard shortcut, grouped as the shortcut sheet shows them. KeyboardShortcuts.tsx and the
 * selection popover implement them; this table is what the user reads, so keep the two in step.
 */
export interface ShortcutGroup {
  title: string;
  items: { keys: string[][]; what: string }[];
}

const IS_MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
/** The platform's command key as the sheet spells it. */
export const MOD = IS_MAC ? '⌘' : 'Ctrl';

export const SHORTCUTS: readonly ShortcutGroup[] = [
  {
    title: 'Anywhere',
    items: [
      { keys: [[MOD, 'K'], ['/']], what: 'Search articles, claims and evidence' },
      { keys: [[MOD, 'F']], what: 'Filter the claim list' },
      { keys: [[MOD, 'Z']], what: 'Undo the last change' },
      { keys: [[MOD, 'Shift', 'Z'], ...(IS_MAC ? [] : [['Ctrl', 'Y']])], what: 'Redo' },
      { keys: [[MOD, 'I']], what: 'Import files' },
      { keys: [[MOD, 'Shift', 'E']], what: 'Export a report' },
      { keys: [['?']], what: 'Show this list' },
      { keys: [['Esc']], what: 'Close, or let go of the focused highlight' },
    ],
  },
  {
    title: 'Selected text',
    items: [
      {
        keys: [
          ['Shift', '←'],
          ['Shift', '→'],
          [MOD === '⌘' ? 'Alt' : 'Ctrl', 'Shift', '→'],
        ],
        what: 'Select text in the article (from the focused highlight or the top of the view; by word)',
      },
      {
        keys: [
          ['Shift', '↑'],
          ['Shift', '↓'],
        ],
        what: 'Select by line',
      },
      { keys: [['Enter']], what: 'Create a claim from the selection' },
      { keys: [['Shift', 'Enter']], what: 'Link to the top suggested claim' },
      { keys: [['↑'], ['↓']], what: 'Move through suggestions and claims' },
    ],
  },
  {
    title: 'Highlights and claims',
    items: [
      { keys: [['J'], ['Alt', '↓']], what: 'Next highlight (selects its claim)' },
      { keys: [['K'], ['Alt', '↑']], what: 'Previous highlight' },
      { keys: [['Tab']], what: 'Move to the next highlight or control' },
      { keys: [['Delete']], what: 'Delete the focused highlight' },
      { keys: [['1'], ['U']], what: 'Verdict: Unverified' },
      { keys: [['2'], ['D']], what: 'Verdict: Disputed' },
      { keys: [['3'], ['V']], what: 'Verdict: Verified' },
    ],
  },
];
