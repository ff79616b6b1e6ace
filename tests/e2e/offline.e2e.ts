import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, describeInBrowser, seriousAxeViolations, useBrowser } from './browser';

const E3_VIEW = '?v=1&l=us-28&r=e3-counter';

/** The army-cap row of US 28 against E3, as the first-release journey reads it. */
const armyRow = (page: Page) =>
  page.locator('li.row', { has: page.getByRole('heading', { name: /^Point 6 → 6$/ }) });

/**
 * Waits until the service worker controls the page and its caches hold what this visit used: the
 * precached shell (the worker activates only once precaching is done) and every data file the
 * page fetched (the page puts those fetched before the worker took over into its cache).
 */
async function offlineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(async () => {
    const dataFile = /\/data\/[\w.-]+-[0-9a-f]{10}\.json$/;
    const fetched = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((url) => dataFile.test(new URL(url).pathname));
    for (const url of fetched) if (!(await caches.match(url))) return false;
    return true;
  });
}

describeInBrowser('offline after the first visit, and updates the reader is told of', () => {
  const session = useBrowser();

  it('with the network cut, reloading opens the viewer and the last comparison', async () => {
    const context = await session.newContext({ serviceWorkers: 'allow' });
    const page = await session.newPage(context);
    await page.goto(baseUrl() + E3_VIEW);
    await armyRow(page).waitFor();
    await offlineReady(page);

    await context.setOffline(true);
    await page.reload();
    await armyRow(page).waitFor();
    expect(await page.getByLabel('Left version', { exact: true }).inputValue()).toBe('us-28');
    expect(await page.getByLabel('Right version', { exact: true }).inputValue()).toBe('e3-counter');
    expect(await armyRow(page).locator('.badge--kind').innerText()).toBe('Changed');
    expect(await armyRow(page).locator('ins').allTextContents()).toContainEqual(
      expect.stringMatching(/^\[inserted: 800,000/),
    );

    // A new tab, still offline, opens the same link: the shell and its data came from the caches.
    const again = await session.newPage(context);
    await again.goto(baseUrl() + E3_VIEW);
    await armyRow(again).waitFor();
    // The parts loaded after the first screen (notes, sharing, exports) come from the cache too.
    await again.getByRole('button', { name: /^Your notes/ }).click();
    const panel = again.locator('#notes-panel');
    await panel.getByText('Loading notes…').waitFor({ state: 'detached' });
    expect(await panel.innerText()).not.toMatch(/could not be loaded/);
    expect((await panel.innerText()).length).toBeGreaterThan(0);

    expect(session.errors).toEqual([]);
    await context.close();
  });

  it('is installable: the page links a manifest with a name, a start and icons that load', async () => {
    const page = await session.newPage();
    await page.goto(baseUrl());
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifestUrl = new URL(href!, page.url()).href;
    const manifest = (await (await page.request.get(manifestUrl)).json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: Array<{ src: string; sizes: string; purpose?: string }>;
    };
    expect(manifest.name).toBe('Peace-plan drafts compared');
    expect(manifest.display).toBe('standalone');
    expect(new URL(manifest.start_url, manifestUrl).href).toBe(baseUrl());
    expect(manifest.icons.map((i) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const res = await page.request.get(new URL(icon.src, manifestUrl).href);
      expect(res.status(), icon.src).toBe(200);
    }
    expect(session.errors).toEqual([]);
  });

  it('tells the reader, in a status message, that the viewer changed since their last visit', async () => {
    const context = await session.newContext();
    await context.addInitScript(() => {
      // The build this reader saw last time (`peace-plan-diff:build`): an older file name.
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('peace-plan-diff:build', 'index-older000.js');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await session.newPage(context);
    await page.goto(baseUrl() + E3_VIEW);
    // The message sits in a status region (announced, never stealing focus).
    const updates = page.getByRole('status').filter({ has: page.locator('.app-update') });
    const message = updates.getByText('This viewer was updated since your last visit.');
    await message.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await updates.getByRole('button', { name: 'Dismiss' }).click();
    await message.waitFor({ state: 'detached' });

    // The next visit runs the same build: no notice.
    await page.reload();
    await armyRow(page).waitFor();
    await page.locator('.app-updates').waitFor({ state: 'attached' });
    expect(await page.getByText('updated since your last visit').count()).toBe(0);
    expect(session.errors).toEqual([]);
    await context.close();
  });
});
