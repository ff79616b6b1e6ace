/**
 * The production build (`dist/`, from `npm run build`) served on an ephemeral port, and Debian's
 * Chromium driven by playwright-core: what the layout and screenshot scripts look at. Nothing is
 * downloaded; both are closed by `close()`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium';
import { serveStatic } from '../../tests/e2e/static-server';

export interface Viewport {
  name: 'desktop' | 'phone';
  width: number;
  height: number;
}

/** The two screens issue #13 measures: a 1366×768 laptop and a 390×844 phone. */
export const VIEWPORTS: readonly Viewport[] = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
];

export interface Served {
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

export async function serveBuild(): Promise<Served> {
  const dist = resolve('dist');
  if (!existsSync(resolve(dist, 'index.html')))
    throw new Error('No dist/index.html: run `npm run build` first.');
  const chrome = findChromium();
  if (!chrome) throw new Error('No Chromium found (sudo apt-get install -y chromium).');
  const server = await serveStatic(dist, '/');
  const browser = await chromium.launch({
    executablePath: chrome,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Open a comparison and wait until the page is settled: rows shown, lazy parts loaded, fonts laid out. */
export async function openComparison(
  page: Page,
  url: string,
  query: string,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.goto(`${url}${query}`);
  await page.locator('li.row').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
}
