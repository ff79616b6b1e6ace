import { existsSync } from 'node:fs';

/** Where Debian puts its Chromium; CHROME_PATH overrides. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return null;
}

/**
 * Flags verified on this kind of machine (../shared/brief/toolchain.md §4): no sandbox as root,
 * no background networking (the network is closed), and no /dev/shm reliance (pitfall 16).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const MISSING_BROWSER_MESSAGE = [
  '',
  '#####################################################################',
  '#  BROWSER TESTS SKIPPED: no Chromium found.                        #',
  "#  Install Debian's Chromium and run `npm test` again:               #",
  '#      sudo apt-get update && sudo apt-get install -y chromium      #',
  '#  (or set CHROME_PATH to a Chromium binary). Never run             #',
  '#  `npx playwright install`: browser downloads fail here.           #',
  '#####################################################################',
  '',
].join('\n');
