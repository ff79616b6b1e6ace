// The Chromium flags of `npm run perf`: what scripts/perf/lighthouse.ts passes to Lighthouse, and
// what Chromium ends up with once chrome-launcher adds its own (first-paint.ts launches it so).
import { BASE_CHROMIUM_ARGS, BROWSER_UI_FEATURES } from '../../tests/e2e/chromium';

/**
 * chrome-launcher's own `--disable-features` list (1.2.1, the one lighthouse@12.2.3 brings).
 * Chromium keeps only the last `--disable-features`, so ours repeats it.
 */
const LAUNCHER_DISABLED_FEATURES = [
  'Translate',
  'OptimizationHints',
  'MediaRouter',
  'DialMediaRouteProvider',
  'CalculateNativeWinOcclusion',
  'InterestFeedContentSuggestions',
  'CertificateTransparencyComponentUpdater',
  'AutofillServerCommunication',
  'PrivacySandboxSettings4',
  'RenderDocument',
];

/**
 * `withBrowserUi` keeps the desktop address bar's WebUI popups (tests/e2e/chromium.ts): two
 * renderers that Chromium 156 starts with each window, competing with the page for this
 * machine's two cores while it loads. A phone's browser runs no such thing, so they are off
 * unless asked for (`--browser-ui`, to compare).
 */
export const chromeFlags = (withBrowserUi: boolean): string[] => [
  '--headless=new',
  ...BASE_CHROMIUM_ARGS,
  ...(withBrowserUi
    ? []
    : [`--disable-features=${[...LAUNCHER_DISABLED_FEATURES, ...BROWSER_UI_FEATURES].join(',')}`]),
];

/** chrome-launcher 1.2.1's default flags (its `DEFAULT_FLAGS`, read back from a running Chromium). */
const LAUNCHER_DEFAULT_FLAGS = [
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-client-side-phishing-detection',
  '--disable-sync',
  '--metrics-recording-only',
  '--disable-default-apps',
  '--mute-audio',
  '--no-default-browser-check',
  '--no-first-run',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-ipc-flooding-protection',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-hang-monitor',
  '--disable-prompt-on-repost',
  '--disable-domain-reliability',
];

/** The flags a Chromium started by `npm run perf` runs with (without the browser UI's popups). */
export const LIGHTHOUSE_CHROME_FLAGS = [...LAUNCHER_DEFAULT_FLAGS, ...chromeFlags(false)];
