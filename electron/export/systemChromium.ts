/**
 * Finds the system's Chromium (or Chrome/Edge) for printing reports outside the app: the
 * CLAIMDESK_CHROMIUM environment variable first, then the usual install paths of each platform.
 * The flags keep it off the network entirely: a report is printed from a local file only.
 */
import fs from 'node:fs';
import { ClaimdeskError } from '../../shared/ipc/result';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export function findSystemChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CLAIMDESK_CHROMIUM;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new ClaimdeskError('unavailable', `CLAIMDESK_CHROMIUM is set to ${fromEnv}, which does not exist.`);
  }
  const found = USUAL_PATHS.find((p) => fs.existsSync(p));
  if (!found) {
    throw new ClaimdeskError(
      'unavailable',
      'No Chromium, Chrome or Edge found to print the PDF. Install one, or set CLAIMDESK_CHROMIUM to its executable.',
    );
  }
  return found;
}

/** Flags for a headless run on a closed network: no sync, updates, first-run or background traffic. */
export function offlineChromiumFlags(): string[] {
  const flags = [
    '--headless',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--mute-audio',
  ];
  // Chromium refuses to run its sandbox as root (containers, CI).
  if (typeof process.getuid === 'function' && process.getuid() === 0) flags.push('--no-sandbox');
  return flags;
}
