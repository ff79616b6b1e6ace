import { AxeBuilder } from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';

export const baseUrl = (): string => inject('baseUrl');

/** `describe` that skips (loudly, see global-setup) when no Chromium is installed outside CI. */
export const describeInBrowser = describe.skipIf(!inject('chromePath'));

export interface Session {
  browser: Browser;
  /** Console errors and page errors seen so far; a journey fails on any. */
  errors: string[];
  newPage: (context?: BrowserContext) => Promise<Page>;
  /**
   * A fresh context (its own storage, caches and service workers). Service workers are blocked
   * unless a test asks for them: a worker in control answers requests before `page.route` sees
   * them, and the journeys that cut the network to test failures must see every request.
   */
  newContext: (options?: { serviceWorkers?: 'allow' | 'block' }) => Promise<BrowserContext>;
}

/** One Chromium per test file; every page records console errors and uncaught exceptions. */
export function useBrowser(): Session {
  const session = { errors: [] as string[] } as Session;
  beforeAll(async () => {
    session.browser = await chromium.launch({
      executablePath: inject('chromePath'),
      headless: true,
      args: CHROMIUM_ARGS,
    });
    session.newContext = (options) =>
      session.browser.newContext({
        viewport: { width: 1280, height: 900 },
        serviceWorkers: options?.serviceWorkers ?? 'block',
      });
    session.newPage = async (context) => {
      const page = await (context ?? (await session.newContext())).newPage();
      page.on('console', (msg) => {
        if (msg.type() === 'error') session.errors.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (err) => session.errors.push(`pageerror: ${err.message}`));
      return page;
    };
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}

/**
 * axe violations with impact serious or critical (WCAG 2 A/AA rules).
 *
 * Legacy mode runs axe in the page itself: the default mode runs each frame apart and combines the
 * results in a new page it opens, for cross-origin frames, which this app has none of. Only
 * violations are reported in full (passes keep one node each). The same audit took 1.9 s instead
 * of 5–8 s on the US 28 vs E3 page here; 26 audits run in the suite.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/**
 * `locator` scrolled to, as a reader does before reading it: rows off screen are not rendered
 * (`content-visibility: auto`, app.css), so their rendered text (`innerText`) is empty until then.
 */
export async function scrolledTo(locator: Locator): Promise<Locator> {
  await locator.scrollIntoViewIfNeeded();
  // The browser renders it at its next frame after the scroll: wait for that, not for a time.
  await expect
    .poll(() =>
      locator.evaluate((el) =>
        (el.firstElementChild ?? el).checkVisibility({ contentVisibilityAuto: true }),
      ),
    )
    .toBe(true);
  return locator;
}

/**
 * The boxes of a row's two cells, read in one frame: two reads apart let the page's layout move
 * between them (rows below still arriving), which once put a second cell 22 px "above" the first.
 */
export function cellBoxes(
  row: Locator,
): Promise<Array<{ top: number; bottom: number; left: number; right: number }>> {
  return row.evaluate((el) =>
    [...el.querySelectorAll('.cell')].slice(0, 2).map((cell) => {
      const { top, bottom, left, right } = cell.getBoundingClientRect();
      return { top, bottom, left, right };
    }),
  );
}
