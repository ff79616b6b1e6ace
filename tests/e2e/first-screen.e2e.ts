/**
 * The first screen comes first (issue #14): a comparison's first rows are in the page, and the page
 * answers, before the rows below are built; then every row is there for the keyboard and for print.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { baseUrl, describeInBrowser, scrolledTo, useBrowser } from './browser';

const E3_VIEW = '?v=1&l=us-28&r=e3-counter';

interface Watch {
  /** Row counts as the list grew, one entry per change of the count. */
  counts: number[];
  /** A task queued when the first rows appeared: when it ran, and how many rows there were. */
  firstTask: { at: number; rows: number; focused: boolean } | null;
  /** Rows right after a `beforeprint` sent when the first rows appeared. */
  rowsWhenPrinting: number | null;
  longTasks: Array<{ start: number; duration: number }>;
}

/** Watches the list from the first byte: its growth, a task queued behind it, long tasks. */
async function watchList(page: Page, options: { print: boolean }): Promise<void> {
  await page.addInitScript((print: boolean) => {
    const watch: Watch = { counts: [], firstTask: null, rowsWhenPrinting: null, longTasks: [] };
    (window as unknown as { __watch: Watch }).__watch = watch;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        watch.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    const rows = () => document.querySelectorAll('[data-row-key]');
    new MutationObserver(() => {
      const n = rows().length;
      if (!n || watch.counts.at(-1) === n) return;
      watch.counts.push(n);
      if (watch.counts.length > 1) return;
      if (print) {
        window.dispatchEvent(new Event('beforeprint'));
        watch.rowsWhenPrinting = rows().length;
        return;
      }
      // What a reader's key press would be: a task behind the first rows. Run while the rest is
      // still to come, it shows the page answering before the off-screen rows are built.
      setTimeout(() => {
        // The first row (a folded run's line is no stop of its own: its button is).
        const first = document.querySelector<HTMLElement>('li.row')!;
        first.focus();
        watch.firstTask = {
          at: performance.now(),
          rows: rows().length,
          focused: document.activeElement === first,
        };
      });
    }).observe(document, { childList: true, subtree: true });
  }, options.print);
}

const watched = (page: Page) =>
  page.evaluate(() => (window as unknown as { __watch: Watch }).__watch);

/** The list is whole: no batch is still to come. */
const listComplete = (page: Page) => page.locator('ol.rows:not([aria-busy])').waitFor();

describeInBrowser('the first screen comes first', () => {
  const session = useBrowser();

  it('the first rows are in the page, and take focus, before the rows below are built', async () => {
    const page = await session.newPage();
    await watchList(page, { print: false });
    await page.goto(baseUrl() + E3_VIEW);
    await listComplete(page);
    const total = await page.locator('[data-row-key]').count();
    const watch = await watched(page);

    // A first screen's worth first, then the rest in several steps.
    expect(watch.counts[0]).toBeLessThanOrEqual(6);
    expect(total).toBeGreaterThan(3 * watch.counts[0]!);
    expect(watch.counts.length).toBeGreaterThan(2);
    expect(watch.counts.at(-1)).toBe(total);
    // The page handled a task (the first row took focus) while most rows were still to come.
    expect(watch.firstTask?.focused).toBe(true);
    expect(watch.firstTask!.rows).toBeLessThan(total);
    const blockedBefore = watch.longTasks
      .filter((t) => t.start < watch.firstTask!.at)
      .reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    console.log(
      `first screen: ${watch.counts[0]} of ${total} rows first, then ${watch.counts.slice(1).join(', ')}; ` +
        `the first row took focus at ${Math.round(watch.firstTask!.at)} ms with ${watch.firstTask!.rows} rows built, ` +
        `after ${Math.round(blockedBefore)} ms of blocking time`,
    );
    expect(session.errors).toEqual([]);
  });

  it("the page preloads the pair's data files and the engine, and fetches each once", async () => {
    for (const [view, pair] of [
      ['', ['us-28', 'zelensky-20']],
      [E3_VIEW, ['e3-counter', 'us-28']],
    ] as const) {
      const page = await session.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto(baseUrl() + view);
      await listComplete(page);
      const data = requests.filter((path) => /\/data\/[\w-]+\.json$/.test(path));
      const engine = requests.filter((path) => /\/assets\/compare-[\w-]+\.js$/.test(path));
      // The pair's files and nothing else, each once: the page's fetch used the preload.
      expect(data.map((path) => path.replace(/^.*\/data\/(.+)-\w+\.json$/, '$1')).sort()).toEqual(
        pair,
      );
      expect(engine).toHaveLength(1);
      // Named by the page itself, before its script: preloads of the document.
      const preloaded = await page
        .locator('link[rel="preload"], link[rel="modulepreload"]')
        .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
      expect(preloaded).toEqual(expect.arrayContaining([...data, ...engine]));
      await page.close();
    }
    expect(session.errors).toEqual([]);
  });

  it('what the page loads by itself after the first view adds no preload links of its own', async () => {
    const page = await session.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
    });
    // The document's own preloads (its links, and those its inline script adds while parsed).
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __preloads: number }).__preloads = document.querySelectorAll(
          'link[rel="modulepreload"]',
        ).length;
      }),
    );
    await page.goto(baseUrl() + E3_VIEW);
    // The notes' controls (the enhancements) and the print parts they render have arrived.
    await page
      .getByRole('button', { name: /^Add note to point/ })
      .first()
      .waitFor();
    await page.waitForLoadState('networkidle');
    // Each preload link is added from script in one task (about 5 ms each under Lighthouse's
    // recording, issue #14): the chunks the page loads by itself fetch what they import instead.
    const inDocument = await page.evaluate(
      () => (window as unknown as { __preloads: number }).__preloads,
    );
    expect(inDocument).toBeGreaterThan(0);
    expect(await page.locator('link[rel="modulepreload"]').count()).toBe(inDocument);
    for (const name of ['enhancements', 'print-footnotes', 'decision-schema'])
      expect(scripts.some((path) => path.includes(`/assets/${name}-`))).toBe(true);
    expect(session.errors).toEqual([]);
  });

  it('every row is reached by Tab, and n reaches every change in order', async () => {
    const page = await session.newPage();
    await page.goto(baseUrl() + E3_VIEW);
    await listComplete(page);
    await page.getByRole('button', { name: /^Your notes/ }).waitFor();
    const keys = await page
      .locator('[data-row-key]')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.rowKey!));

    // Tab from the toolbar through the whole list, noting the row each stop is in.
    await page.getByLabel('Left version', { exact: true }).focus();
    const reached = new Set<string>();
    const rowOfFocus = () =>
      page.evaluate(
        () =>
          (document.activeElement?.closest('[data-row-key]') as HTMLElement | null)?.dataset
            .rowKey ?? null,
      );
    for (let stop = 0; stop < 2000; stop++) {
      await page.keyboard.press('Tab');
      const key = await rowOfFocus();
      if (key) reached.add(key);
      else if (reached.size > 0) break; // past the list
    }
    expect(keys.filter((k) => !reached.has(k))).toEqual([]);

    // The change keys visit every change, in the list's order.
    const changes = await page
      .locator(
        ['changed', 'dropped', 'added', 'merged', 'split', 'open']
          .map((k) => `li.row[data-row-kind="${k}"]`)
          .join(', '),
      )
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.rowKey!));
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Home');
    const visited = [await rowOfFocus()];
    for (let i = 1; i < changes.length; i++) {
      await page.keyboard.press('n');
      visited.push(await rowOfFocus());
    }
    expect(visited).toEqual(changes);
    expect(session.errors).toEqual([]);
  });

  it('printing before the list is whole prints every row', async () => {
    const page = await session.newPage();
    await watchList(page, { print: true });
    await page.goto(baseUrl() + E3_VIEW);
    await listComplete(page);
    const total = await page.locator('[data-row-key]').count();
    const watch = await watched(page);
    expect(watch.counts[0]).toBeLessThan(total);
    expect(watch.rowsWhenPrinting).toBe(total);
    await page.emulateMedia({ media: 'print' });
    const shown = await page
      .locator('[data-row-key]')
      .evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
    expect(shown).toBe(total);
    // Every row's text is rendered on paper, also the rows the screen skips (next test).
    expect(await renderedTitles(page)).toEqual(await page.locator('li.row').count());
    expect(session.errors).toEqual([]);
  });

  it('rows far below are left unrendered until the reader comes near them, then shown', async () => {
    const page = await session.newPage();
    await page.goto(baseUrl() + E3_VIEW);
    await listComplete(page);
    const rows = await page.locator('li.row').count();
    const rendered = await renderedTitles(page);
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(rows);
    // Shown once scrolled to (scrolledTo waits until the browser renders it).
    const last = await scrolledTo(page.locator('li.row').last());
    expect(
      await last.evaluate((el) =>
        el.querySelector('.row-title')!.checkVisibility({ contentVisibilityAuto: true }),
      ),
    ).toBe(true);
    expect(session.errors).toEqual([]);
  });

  it("on a phone the versions' provenance, below the rows, is rendered once near, and on paper", async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await session.newPage(context);
    await page.goto(baseUrl() + E3_VIEW);
    await listComplete(page);
    expect(await headersRendered(page)).toEqual([false, false]);
    await page.emulateMedia({ media: 'print' });
    expect(await headersRendered(page)).toEqual([true, true]);
    await page.emulateMedia({ media: 'screen' });
    await scrolledTo(page.locator('.version-headers'));
    expect(await headersRendered(page)).toEqual([true, true]);
    expect(session.errors).toEqual([]);
    await context.close();
  });
});

/** Whether the versions' provenance (their headers' titles) is rendered. */
const headersRendered = (page: Page) =>
  page
    .locator('.version-header h2')
    .evaluateAll((els) => els.map((el) => el.checkVisibility({ contentVisibilityAuto: true })));

/** Rows whose title is rendered (not in a subtree the browser skips: content-visibility). */
const renderedTitles = (page: Page) =>
  page
    .locator('li.row .row-title')
    .evaluateAll(
      (els) => els.filter((el) => el.checkVisibility({ contentVisibilityAuto: true })).length,
    );
