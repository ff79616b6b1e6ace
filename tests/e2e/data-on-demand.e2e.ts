/**
 * Data that loads on demand (issue #12): a permalink to a 2026 document opens directly, fetching
 * its data file; a failed fetch says what failed with Retry, never a blank page, and Retry brings
 * the comparison.
 */
import type { Page, Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { baseUrl, describeInBrowser, seriousAxeViolations, useBrowser } from './browser';

const pointOf = (page: Page, id: string) => page.locator(`[data-point-id="${id}"]`);

/** The data files a page fetched, by version id (`data/eu-24-<hash>.json` → `eu-24`). */
function dataRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r: Request) => {
    const m = /\/data\/(.+)-[0-9a-f]{10}\.json$/.exec(new URL(r.url()).pathname);
    if (m) seen.push(m[1]!);
  });
  return seen;
}

describeInBrowser('data that loads on demand', () => {
  const session = useBrowser();

  it('opens a permalink to a 2026 document at its focused point', async () => {
    const page = await session.newPage();
    const fetched = dataRequests(page);
    await page.goto(`${baseUrl()}?v=1&l=zelensky-20&r=paris-declaration&p=r.3`);
    const point = pointOf(page, 'paris-declaration:3');
    await point.waitFor();
    expect(await point.innerText()).toContain('multinational force');
    // What the document is, in words, beside its title.
    const header = page.getByRole('region', { name: /Right version: ?Paris Declaration/ });
    expect(await header.innerText()).toContain('Security-guarantee document');
    // The focused point stays in the link; only the pair's files were fetched, never the rest.
    expect(page.url()).toContain('p=r.3');
    expect([...new Set(fetched)].sort()).toEqual(['paris-declaration', 'zelensky-20']);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('says which file failed, keeps the page, and Retry brings the comparison', async () => {
    const page = await session.newPage();
    const blocked = '**/data/eu-24-*.json';
    await page.route(blocked, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto(`${baseUrl()}?v=1&l=us-28&r=eu-24`);

    const alert = page.getByRole('alert');
    await alert.waitFor();
    const message = await alert.innerText();
    expect(message).toContain(
      'Could not load the text of “European 24-point plan (The Telegraph)”',
    );
    expect(message).toMatch(/data\/eu-24-[0-9a-f]{10}\.json: the server answered 503/);
    // Not a blank page: the header and the pickers are there, with the link's choice.
    await page.getByRole('heading', { level: 1, name: 'Peace-plan drafts compared' }).waitFor();
    expect(await page.getByLabel('Right version', { exact: true }).inputValue()).toBe('eu-24');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.unroute(blocked);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await pointOf(page, 'eu-24:11').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    // US 6 (600,000) and the European "no limits" point side by side in one row.
    const row = page.locator('li.row', { has: pointOf(page, 'eu-24:11') });
    expect(await row.locator('[data-point-id="us-28:6"]').count()).toBe(1);
    // The one blocked request is logged by the browser; nothing else went wrong.
    expect(session.errors.filter((e) => !/Failed to load resource.*503/.test(e))).toEqual([]);
  });
});
