/**
 * Where the system Chromium is and how to start it on a closed network: without the networking
 * flags it stalls trying to reach Google's hosts.
 */
import fs from 'node:fs';

export function chromiumPath(): string {
  const candidates = [
    process.env.CLAIMDESK_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p): p is string => !!p && fs.existsSync(p));
  if (!found) throw new Error('No Chromium found: install Debian’s chromium or set CLAIMDESK_CHROMIUM.');
  return found;
}

/** Flags for `chromium.launch`, which gives each browser a fresh temporary profile of its own. */
export function chromiumArgs(): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
