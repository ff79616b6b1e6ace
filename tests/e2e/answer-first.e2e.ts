/**
 * Answer first (issue #13), measured in the browser: where the digest and the first rows land on
 * a 1366×768 laptop and a 390×844 phone, how tall whole comparisons are, stepping through the
 * changes only, folds by keyboard, row links, print and axe. `npm run layout` prints the same
 * figures for every pair.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { baseUrl, describeInBrowser, seriousAxeViolations, useBrowser } from './browser';
import { withEveryRowLaidOut } from './rows-laid-out';

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

/** Open a pair and wait for the rows and the parts that load right after them. */
async function open(page: Page, left: string, right: string, extra = ''): Promise<void> {
  await page.goto(`${baseUrl()}?v=1&l=${left}&r=${right}${extra}`);
  await page.locator('[data-digest]').waitFor();
  await page.locator('ol.rows > li').first().waitFor();
  // The rows below the first screen follow it (issue #14): wait for the whole list.
  await page.locator('ol.rows:not([aria-busy])').waitFor();
  await page.getByText('Describe changes').waitFor();
  await page.waitForLoadState('networkidle');
}

/** Document positions (px from the top of the page) of the digest, the first row and the first change. */
function positions(page: Page) {
  return withEveryRowLaidOut(page, () =>
    page.evaluate(() => {
      const top = (el: Element | null) =>
        el ? el.getBoundingClientRect().top + window.scrollY : Number.NaN;
      const digest = document.querySelector('[data-digest]')!.getBoundingClientRect();
      return {
        digestTop: digest.top + window.scrollY,
        digestBottom: digest.bottom + window.scrollY,
        firstEntry: top(document.querySelector('ol.rows > li')),
        firstChange: top(document.querySelector('li.row[data-change="true"]')),
        height: document.documentElement.scrollHeight,
      };
    }),
  );
}

describeInBrowser('answer first: what changed, on the first screen', () => {
  const session = useBrowser();

  it('on a laptop the digest and the first row are on the first screen; the pages are short', async () => {
    const context = await session.browser.newContext({ viewport: DESKTOP });
    const page = await session.newPage(context);
    for (const [right, maxHeight] of [
      ['geneva-19', 3500],
      ['e3-counter', 6500],
    ] as const) {
      await open(page, 'us-28', right);
      const at = await positions(page);
      console.info(`[answer-first] desktop us-28 vs ${right}`, JSON.stringify(at));
      expect(at.digestTop).toBeGreaterThanOrEqual(0);
      expect(at.digestBottom).toBeLessThan(DESKTOP.height);
      expect(at.firstEntry).toBeGreaterThan(at.digestBottom);
      expect(at.firstEntry).toBeLessThan(DESKTOP.height - 40);
      expect(at.height).toBeLessThanOrEqual(maxHeight);
    }
    // The digest names the points and the outlets; each point is a link to its row.
    const digest = page.locator('[data-digest]');
    expect(await digest.getByRole('heading').innerText()).toMatch(
      /^What changed from US 28-point draft \(full text\) to European \(E3\) counter-proposal/,
    );
    await open(page, 'us-28', 'geneva-19');
    // Outlets disagree on the amnesty (dropped or changed): it is a change, disputed.
    const changed = digest.locator('.digest-line--changed');
    expect(await changed.innerText()).toMatch(
      /^Changed 4 points: 6 armed forces, 19 nuclear, 24 humanitarian, 26 amnesty; reported by /,
    );
    await changed.getByRole('link', { name: '26' }).click();
    const amnesty = page.locator('li.row', {
      has: page.getByRole('heading', { name: /^Point 26 → —$/ }),
    });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(await amnesty.getAttribute('id'));
    expect(session.errors).toEqual([]);
    await context.close();
  });

  it('on a phone the digest and the first change are within one screen', async () => {
    const context = await session.browser.newContext({ viewport: PHONE });
    const page = await session.newPage(context);
    for (const right of ['geneva-19', 'e3-counter']) {
      await open(page, 'us-28', right);
      const at = await positions(page);
      console.info(`[answer-first] phone us-28 vs ${right}`, JSON.stringify(at));
      expect(at.digestTop).toBeLessThan(PHONE.height / 2);
      expect(at.firstChange).toBeLessThan(PHONE.height);
      // Each half of a stacked row names its version.
      const cells = page.locator('li.row[data-change="true"]').first().locator('.cell-version');
      expect(await cells.first().isVisible()).toBe(true);
      expect(await cells.first().innerText()).toMatch(/^US 28-POINT DRAFT$/i);
      // Nothing is wider than the phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
    }
    expect(session.errors).toEqual([]);
    await context.close();
  });

  it('n from load focuses the first change; Change i of N counts changes only; the bar stays on screen', async () => {
    const context = await session.browser.newContext({ viewport: DESKTOP });
    const page = await session.newPage(context);
    await page.goto(`${baseUrl()}?v=1&l=us-28&r=geneva-19`);
    await page.locator('ol.rows > li').first().waitFor();
    await page.locator('ol.rows:not([aria-busy])').waitFor();
    const changes = await page
      .locator('li.row[data-change="true"]')
      .evaluateAll((els) => els.map((el) => el.id));
    expect(changes).toHaveLength(12);
    expect(await page.locator('.bar-position').innerText()).toBe('12 changes');

    await page.keyboard.press('n');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(changes[0]);
    expect(await page.locator('.bar-position').innerText()).toBe('Change 1 of 12');
    for (let i = 1; i < 12; i++) await page.keyboard.press('n');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(changes[11]);
    expect(await page.locator('.bar-position').innerText()).toBe('Change 12 of 12');
    // The focused change is in the URL: Copy link carries it.
    expect(new URL(page.url()).searchParams.get('p')).toMatch(/^l\./);
    // The bar is still on screen, at the top.
    const bar = await page.locator('.compare-bar').boundingBox();
    expect(bar!.y).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    expect(session.errors).toEqual([]);
    await context.close();
  });

  it('folded runs open and fold again by keyboard; a status count filters the rows', async () => {
    const page = await session.newPage();
    await open(page, 'us-28', 'geneva-19');
    const show = page.getByRole('button', { name: 'Show 17 points not reported (9–18)' });
    await show.focus();
    await page.keyboard.press('Enter');
    const fold = page.getByRole('button', { name: 'Fold 17 points not reported (9–18)' });
    await fold.waitFor();
    expect(await fold.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(
      await page
        .locator('li.row', { has: page.getByRole('heading', { name: /^Point 9 → —$/ }) })
        .count(),
    ).toBe(1);
    await page.keyboard.press('Space');
    await show.waitFor();
    expect(
      await page
        .locator('li.row', { has: page.getByRole('heading', { name: /^Point 9 → —$/ }) })
        .count(),
    ).toBe(0);

    const open1 = page.getByRole('button', { name: /^8 open$/ });
    await open1.click();
    expect(await open1.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => new URL(page.url()).searchParams.get('s')).toBe('open');
    await expect.poll(() => page.locator('ol.rows > li').count()).toBe(8);
    expect(session.errors).toEqual([]);
  });

  it('a row’s "#" copies a link that opens at that row; the confirmation does not move the page', async () => {
    const origin = new URL(baseUrl()).origin;
    const context = await session.browser.newContext({ viewport: DESKTOP });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await session.newPage(context);
    await open(page, 'us-28', 'e3-counter');
    const army = page.locator('li.row', {
      has: page.getByRole('heading', { name: /^Point 6 → 6$/ }),
    });
    const before = await army.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    await army.getByRole('link', { name: 'Copy a link to point 6 → 6' }).click();
    await page.getByRole('status').filter({ hasText: 'Link to point 6 → 6 copied.' }).waitFor();
    expect(await army.evaluate((el) => el.getBoundingClientRect().top + window.scrollY)).toBe(
      before,
    );
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('p')).toBe('l.6');

    const reader = await session.newPage(context);
    await reader.goto(link);
    const focused = reader.locator('li.row.row--focused');
    await focused.waitFor();
    expect(await focused.getByRole('heading').innerText()).toMatch(/6 → 6$/);
    await expect
      .poll(() =>
        focused.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.top < window.innerHeight;
        }),
      )
      .toBe(true);
    expect(session.errors).toEqual([]);
    await context.close();
  });

  it('print of US 28 vs Geneva 19 prints the changes and says what it leaves folded', async () => {
    const page = await session.newPage();
    await open(page, 'us-28', 'geneva-19');
    await page.locator('.print-footnotes').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('li.row:visible').count()).toBe(12);
    const folds = page.locator('li.fold:visible');
    expect(await folds.count()).toBe(7);
    expect(await folds.first().innerText()).toMatch(
      /^2 points not reported \(1–2\)\s+— not printed/,
    );
    expect(await page.locator('[data-digest]').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.info('[answer-first] print pages, us-28 vs geneva-19:', pages);
    expect(pages).toBeLessThanOrEqual(7);
    expect(session.errors).toEqual([]);
  });

  it(
    'axe: no serious or critical violation on the first screen (laptop and phone, light and dark)',
    { timeout: 180_000 },
    async () => {
      for (const viewport of [DESKTOP, PHONE]) {
        const context = await session.browser.newContext({ viewport, colorScheme: 'light' });
        const page = await session.newPage(context);
        await open(page, 'us-28', 'geneva-19');
        // One load per size: the colour scheme is a media query, applied to the page as it is.
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          expect(
            await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
          ).toBe(colorScheme === 'dark');
          expect(await seriousAxeViolations(page), `${viewport.width}px, ${colorScheme}`).toEqual(
            [],
          );
        }
        await context.close();
      }
      expect(session.errors).toEqual([]);
    },
  );
});
