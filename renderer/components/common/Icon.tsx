/**
 * The workbench's line icons (16px grid, 1.5px stroke), drawn as inline SVG so they inherit the
 * text colour and need nothing from the network. Decorative: buttons carry their own labels.
 */
import type { JSX } from 'react';

const PATHS = {
  plus: 'M8 3.5v9M3.5 8h9',
  search: 'M7 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10zM10.7 10.7 14 14',
  file: 'M9.5 1.75H4.25a1 1 0 0 0-1 1v10.5a1 1 0 0 0 1 1h7.5a1 1 0 0 0 1-1V5L9.5 1.75zM9.5 1.75V5h3.25M5.5 8.25h5M5.5 11h3.5',
  upload: 'M8 10.5V2.5M5 5.5l3-3 3 3M2.75 10.5v2a1 1 0 0 0 1 1h8.5a1 1 0 0 0 1-1v-2',
  trash: 'M2.75 4.25h10.5M6.25 4.25V2.75h3.5v1.5M4 4.25l.6 8.6a1 1 0 0 0 1 .9h4.8a1 1 0 0 0 1-.9l.6-8.6',
  link: 'M6.75 9.25a2.5 2.5 0 0 0 3.5 0l2.25-2.25a2.5 2.5 0 0 0-3.5-3.5l-.75.75M9.25 6.75a2.5 2.5 0 0 0-3.5 0L3.5 9a2.5 2.5 0 0 0 3.5 3.5l.75-.75',
  close: 'M4 4l8 8M12 4l-8 8',
  undo: 'M5.5 3.5 2.5 6.5l3 3M2.75 6.5H10a3.25 3.25 0 0 1 0 6.5H7',
  redo: 'M10.5 3.5l3 3-3 3M13.25 6.5H6a3.25 3.25 0 0 0 0 6.5h3',
  keyboard:
    'M2.25 4.25h11.5a.75.75 0 0 1 .75.75v6a.75.75 0 0 1-.75.75H2.25a.75.75 0 0 1-.75-.75V5a.75.75 0 0 1 .75-.75zM4.5 7h.01M7 7h.01M9.5 7h.01M12 7h.01M5 9.5h6',
  columns: 'M2.25 2.75h11.5v10.5H2.25zM8 2.75v10.5',
  sparkle: 'M8 2v3M8 11v3M2 8h3M11 8h3M4.2 4.2l1.6 1.6M10.2 10.2l1.6 1.6M4.2 11.8l1.6-1.6M10.2 5.8l1.6-1.6',
  arrowDown: 'M8 3v10M4 9l4 4 4-4',
  arrowUp: 'M8 13V3M4 7l4-4 4 4',
  highlight: 'M9.75 2.75l3.5 3.5-6 6H3.75v-3.5l6-6zM2.5 14.25h11',
  lock: 'M4.25 7.25h7.5a1 1 0 0 1 1 1v5a1 1 0 0 1-1 1h-7.5a1 1 0 0 1-1-1v-5a1 1 0 0 1 1-1zM5.5 7.25V5a2.5 2.5 0 0 1 5 0v2.25',
  folder: 'M1.75 4.25a1 1 0 0 1 1-1h3.5l1.5 1.75h5.5a1 1 0 0 1 1 1v6.75a1 1 0 0 1-1 1H2.75a1 1 0 0 1-1-1V4.25z',
  clock: 'M8 14.25a6.25 6.25 0 1 0 0-12.5 6.25 6.25 0 0 0 0 12.5zM8 4.75V8l2.25 1.5',
  edit: 'M10.25 2.75l3 3-7.5 7.5h-3v-3l7.5-7.5z',
  chevronRight: 'M6 3.5 10.5 8 6 12.5',
  arrowRight: 'M3 8h10M9 4l4 4-4 4',
  quote: 'M3 9.5h3v3.75H3V9.5c0-2.5 1-4.25 3-5M10 9.5h3v3.75h-3V9.5c0-2.5 1-4.25 3-5',
  sample: 'M3.25 2.75h9.5v10.5h-9.5zM5.5 5.5h5M5.5 8h5M5.5 10.5h3',
  check: 'M3.25 8.5 6.5 11.5l6.25-7',
  refresh: 'M13.25 8a5.25 5.25 0 1 1-1.55-3.72M13.25 2.5v3.25H10',
  alert: 'M8 2.25l6.25 11H1.75L8 2.25zM8 6.5v3.25M8 11.6v.01',
  download: 'M8 2.5v8M5 7.5l3 3 3-3M2.75 10.5v2a1 1 0 0 0 1 1h8.5a1 1 0 0 0 1-1v-2',
  globe:
    'M8 14.25a6.25 6.25 0 1 0 0-12.5 6.25 6.25 0 0 0 0 12.5zM1.75 8h12.5M8 1.75c1.7 1.7 2.5 3.8 2.5 6.25S9.7 12.55 8 14.25C6.3 12.55 5.5 10.45 5.5 8S6.3 3.45 8 1.75z',
  person: 'M8 7.5a2.75 2.75 0 1 0 0-5.5 2.75 2.75 0 0 0 0 5.5zM2.75 14c.5-2.6 2.6-4.25 5.25-4.25s4.75 1.65 5.25 4.25',
  tag: 'M2.25 2.25h5.5l6 6-5.5 5.5-6-6v-5.5zM5.25 5.25h.01',
  filter: 'M2 3.25h12M4.25 8h7.5M6.5 12.75h3',
  calendar:
    'M3 3.25h10a.75.75 0 0 1 .75.75v9a.75.75 0 0 1-.75.75H3a.75.75 0 0 1-.75-.75V4A.75.75 0 0 1 3 3.25zM2.25 6.5h11.5M5.25 1.75v3M10.75 1.75v3',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({
  name,
  size = 16,
  className,
}: {
  name: IconName;
  size?: number;
  className?: string;
}): JSX.Element {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
