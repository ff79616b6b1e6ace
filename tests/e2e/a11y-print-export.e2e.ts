import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { baseUrl, cellBoxes, describeInBrowser, seriousAxeViolations, useBrowser } from './browser';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const run = promisify(execFile);

/** `npx tsx src/cli/compare.ts us-28 e3-counter --format …`: what the command line writes. */
async function cliOutput(format: 'md' | 'csv'): Promise<string> {
  const { stdout } = await run(
    'npx',
    ['tsx', 'src/cli/compare.ts', 'us-28', 'e3-counter', '--format', format],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  return stdout;
}

async function openPair(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}?v=1&l=us-28&r=e3-counter`);
  await page.locator('li.row').first().waitFor();
  // The keys work from the first paint; the account in words arrives right after it.
  await page.getByRole('button', { name: 'Next change' }).waitFor();
  await page.getByText('Describe changes').waitFor();
  // The rows below the first screen follow it (issue #14): wait for the whole list.
  await page.locator('ol.rows:not([aria-busy])').waitFor();
}

/** The accessible description Chromium computes for the element (what a screen reader hears after the name). */
async function accessibleDescription(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
    nodeId,
    fetchRelatives: false,
  });
  await cdp.detach();
  return String(nodes[0]?.description?.value ?? '');
}

describeInBrowser('accessibility, print and export of the comparison', () => {
  const session = useBrowser();

  it('n three times: the third change is focused, in view and announced; the 6 → 6 account names both figures', async () => {
    const page = await session.newPage();
    await openPair(page);
    const changedIds = await page
      .locator('li.row[data-change="true"]')
      .evaluateAll((els) => els.map((el) => el.id));
    expect(changedIds.length).toBeGreaterThan(3);
    // Moves are announced in their own region (.nav-status), apart from the pair's counts, which
    // come once the page has settled (change-tools.tsx, ENTRY_DELAY_MS) and so can no longer
    // replace "Change 3 of …" on a busy machine; focus and announcement are awaited, never read at once.
    const status = page.locator('.nav-status');

    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(changedIds[2]);
    const view = await page.evaluate(() => {
      const rect = document.activeElement!.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, height: window.innerHeight };
    });
    expect(view.top).toBeGreaterThanOrEqual(0);
    expect(view.bottom).toBeLessThanOrEqual(view.height);
    await expect
      .poll(() => status.textContent())
      .toMatch(new RegExp(`^Change 3 of ${changedIds.length}\\. Point `));

    // Typing in a field never moves: the topic select and a text field keep their keys.
    await page.locator('#topic-filter').focus();
    await page.keyboard.press('n');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('topic-filter');
    // (The select took the key: "n" picked the first topic starting with N. Back to all topics.)
    await page.locator('#topic-filter').selectOption('');

    // The army cap row: its description (aria-describedby) is the account in words.
    const armyId = await page
      .locator('li.row', { has: page.getByRole('heading', { name: /^Point 6 → 6$/ }) })
      .getAttribute('id');
    const description = await accessibleDescription(page, `#${armyId}`);
    expect(description).toMatch(/^Point 6 \(was 6\): /);
    expect(description).toContain('600,000');
    expect(description).toContain('800,000');
    expect(description).toContain('Reported by');

    // The same account for everyone, under "Describe changes", with the counts on top.
    await page.getByText('Describe changes').click();
    expect(await page.locator('.describe-entry').textContent()).toMatch(
      /^US 28-point draft compared with European \(E3\) counter-proposal: \d+ changed \(/,
    );
    const item = page.locator('.describe-list li', { hasText: 'Point 6 (was 6)' });
    expect(await item.textContent()).toMatch(/600,000.*800,000/);
    await item.getByRole('button', { name: 'Go to point 6 → 6' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(armyId);

    // ? shows the keys in a dialog; Escape closes it.
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(session.errors).toEqual([]);
  });

  it('print: no controls, both sides, word marks in black and white, sources with their URLs, a header', async () => {
    const page = await session.newPage();
    await openPair(page);
    // The header and the footnotes are two parts, each loaded on its own: wait for both (the
    // footnotes alone once came first, and the header was not there yet).
    await page.locator('.print-footnotes').waitFor({ state: 'attached' });
    await page.locator('.print-header').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

    expect(await page.locator('nav.toolbar').isVisible()).toBe(false);
    expect(await page.locator('.change-tools').isVisible()).toBe(false);
    expect(
      await page.locator('button:visible, select:visible, input:visible, summary:visible').count(),
    ).toBe(0);

    const header = page.locator('.print-header');
    expect(await header.isVisible()).toBe(true);
    const headerText = await header.innerText();
    expect(headerText).toContain(
      'US 28-point draft (20 Nov 2025) compared with European (E3) counter-proposal',
    );
    expect(headerText).toMatch(/Printed \d{1,2} [A-Z][a-z]{2} \d{4}\./);
    expect(headerText).toContain(`Permalink: ${page.url()}`);

    // Both sides of the army cap row, each labelled with its version, the marks bracketed.
    const army = page.locator('li.row', {
      has: page.getByRole('heading', { name: /^Point 6 → 6$/ }),
    });
    const cells = army.locator('.cell');
    expect(await cells.count()).toBe(2);
    const [a, b] = await cellBoxes(army);
    expect(b!.left).toBeGreaterThan(a!.right - 1);
    const pseudo = (loc: ReturnType<Page['locator']>, which: '::before' | '::after') =>
      loc.evaluate((el, w) => getComputedStyle(el, w).content, which);
    expect(await pseudo(cells.nth(0), '::before')).toBe('"US 28-point draft"');
    expect(await pseudo(cells.nth(1), '::before')).toBe('"European (E3) counter-proposal"');
    expect(await pseudo(army.locator('del').first(), '::before')).toBe('"[-"');
    expect(await pseudo(army.locator('ins').first(), '::after')).toBe('"+]"');
    // Black on white even from a dark screen.
    expect(
      await army
        .locator('del')
        .first()
        .evaluate((el) => getComputedStyle(el).color),
    ).toBe('rgb(0, 0, 0)');

    // Sources stay, each followed by its footnote number; the footnotes give the URLs.
    const source = army.locator('.cell').nth(1).locator('.source').first();
    expect(await source.isVisible()).toBe(true);
    const marker = await pseudo(source, '::after');
    expect(marker).toMatch(/^" \[\d+\]"$/);
    const n = Number(/\d+/.exec(marker)![0]);
    const sourceId = await source.getAttribute('data-source-id');
    const footnote = page.locator('.print-footnotes li').nth(n - 1);
    expect(await footnote.isVisible()).toBe(true);
    expect(await footnote.getAttribute('data-footnote-id')).toBe(sourceId);
    expect(await footnote.innerText()).toMatch(/: https:\/\/\S+$/);

    // Chromium can lay it out as a PDF.
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(session.errors).toEqual([]);
  });

  it(
    'the downloaded Markdown and CSV match the command line for the same pair, byte for byte',
    { timeout: 35 * 60_000 },
    async () => {
      const [md, csv] = [await cliOutput('md'), await cliOutput('csv')];
      const page = await session.newPage();
      await openPair(page);
      for (const [button, name, expected] of [
        ['Download Markdown', 'us-28--e3-counter.md', md],
        ['Download CSV', 'us-28--e3-counter.csv', csv],
      ] as const) {
        await page.getByRole('button', { name: 'Export', exact: true }).click();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: button }).click(),
        ]);
        expect(download.suggestedFilename()).toBe(name);
        expect(readFileSync(await download.path(), 'utf8')).toBe(expected);
      }
      expect(md).toMatch(/^# Changes from US 28-point draft/);
      expect(session.errors).toEqual([]);
    },
  );

  it('the audit itself finds what it must: a nameless button, low contrast, a missing label', async () => {
    // The fast audit (legacy mode, violations only: browser.ts) still reports each kind of fault.
    const page = await session.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><h1>Faults</h1>' +
        '<button></button>' +
        '<p style="color:#bbb;background:#fff">Pale text on white</p>' +
        '<input type="text"></main></html>',
    );
    const found = (await seriousAxeViolations(page)).map((v) => v.split(' ')[0]);
    expect(found).toEqual(expect.arrayContaining(['button-name', 'color-contrast', 'label']));
  });

  it(
    'axe finds no serious or critical violation (light and dark), the account and the keys dialog open',
    { timeout: 180_000 },
    async () => {
      const page = await session.newPage();
      await openPair(page);
      await page.getByText('Describe changes').click();
      await page.locator('.describe-list').waitFor();
      // One load: the colour scheme is a media query, applied to the page as it is.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await seriousAxeViolations(page), colorScheme).toEqual([]);
        await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        expect(await seriousAxeViolations(page), `${colorScheme}, dialog open`).toEqual([]);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
      }
      expect(session.errors).toEqual([]);
    },
  );
});
