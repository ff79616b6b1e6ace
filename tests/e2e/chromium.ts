import { existsSync } from 'node:fs';

/** Where Debian puts its Chromium; CHROME_PATH overrides. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return null;
}

/**
 * Playwright's own `--disable-features` list (playwright-core 1.65.1, read back from
 * chrome://version). Chromium keeps only the last `--disable-features` switch, so a list of ours
 * must carry Playwright's too; tests/e2e/chromium-flags.e2e.ts fails when an upgrade adds a name
 * that is missing here.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Browser UI the tests never see. Chromium 156 opens two WebUI renderers for the address bar's
 * popup (chrome://omnibox-popup.top-chrome/ and its "AI mode" page) with every new window, i.e.
 * every `newPage` here: measured on this machine, a page load of US 28 vs E3 took 5.4 CPU-s and
 * 2.8 s with them and 2.8 CPU-s and 1.6 s without. Puppeteer turns both off by default
 * (puppeteer/puppeteer#15278).
 */
export const BROWSER_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * Flags verified on this kind of machine (../shared/brief/toolchain.md §4): no sandbox as root,
 * no background networking (the network is closed), and no /dev/shm reliance (pitfall 16).
 */
export const BASE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** What the journeys launch: the flags above, and Playwright's features with the popups off. */
export const CHROMIUM_ARGS = [
  ...BASE_CHROMIUM_ARGS,
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_UI_FEATURES].join(',')}`,
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
