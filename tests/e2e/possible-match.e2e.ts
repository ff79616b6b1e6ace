/**
 * Issue #16: a reworded point the engine is not sure of is shown as a "possible match"; the reader
 * confirms it; the decision holds across a reload and travels in the copied permalink.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { STORE_NAME } from '../../src/store/persisted-state';
import { baseUrl, describeInBrowser, seriousAxeViolations, useBrowser } from './browser';

const us28 = JSON.parse(
  readFileSync(new URL('../../data/versions/us-28.json', import.meta.url), 'utf8'),
) as { points: { label: string; text: string }[] };

/** The first eight US points, with 6 reworded so that few of its words remain. */
const texts = us28.points.slice(0, 8).map((p) => p.text);
texts[5] = 'Kyiv keeps an army of up to 800,000 soldiers in peacetime.';
const DRAFT = texts.map((t, i) => `${i + 1}. ${t}`).join('\n');

const rowTitled = (page: Page, title: RegExp): Locator =>
  page.locator('li.row', { has: page.getByRole('heading', { name: title }) });

describeInBrowser('a possible match, confirmed by the reader', () => {
  const session = useBrowser();
  let copied = '';

  it('imports a reworded draft, confirms its possible match, and keeps it across a reload and in the copied link', async () => {
    const origin = new URL(baseUrl()).origin;
    const context = await session.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await session.newPage(context);
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 1, name: 'Peace-plan drafts compared' }).waitFor();
    await page.locator('li.row').first().waitFor();

    await page.getByRole('button', { name: 'Import draft', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a draft' });
    await dialog.getByLabel('Title', { exact: true }).fill('Reworded leak');
    await dialog.getByLabel('Draft text', { exact: true }).fill(DRAFT);
    await dialog.getByLabel('Date reported', { exact: true }).fill('2025-11-30');
    await dialog.getByRole('button', { name: 'Save draft' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The reworded point: the engine pairs it, but only as a possible match.
    const army = rowTitled(page, /^Point 6 → 6$/);
    await army.waitFor();
    expect(await army.getAttribute('data-basis')).toBe('engine');
    expect(await army.locator('.badge--possible').innerText()).toBe('Possible match');
    const confirm = army.getByRole('button', {
      name: /^Confirm that US 28-point draft point 6 and .*Reworded leak.* point 6 are the same point$/,
    });
    expect(
      await army
        .getByRole('button', {
          name: /^Reject: US 28-point draft point 6 and .*Reworded leak.* point 6 are not the same point$/,
        })
        .count(),
    ).toBe(1);
    // Only the pairing it is unsure of asks the reader.
    expect(await page.getByRole('button', { name: /^Confirm that / }).count()).toBe(1);

    await confirm.click();
    await expect.poll(() => army.getAttribute('data-basis')).toBe('reader');
    expect(await army.locator('.badge--reader').innerText()).toBe('Your decision');
    expect(await army.getAttribute('data-row-kind')).toBe('changed');
    expect(await army.getByRole('button', { name: /^Confirm that / }).count()).toBe(0);
    await army
      .getByRole('button', { name: /^Undo your decision on US 28-point draft point 6 and / })
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Reload: the stored decision is applied again.
    await page.reload();
    const armyAgain = rowTitled(page, /^Point 6 → 6$/);
    await armyAgain.waitFor();
    await expect.poll(() => armyAgain.getAttribute('data-basis')).toBe('reader');
    expect(await armyAgain.locator('.badge--reader').innerText()).toBe('Your decision');

    // The permalink carries the draft and the decision.
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    const shareStatus = page.getByRole('group', { name: 'Share this view' }).getByRole('status');
    await expect.poll(() => shareStatus.innerText()).toMatch(/^Link copied/);
    copied = await page.evaluate(() => navigator.clipboard.readText());
    const link = new URL(copied);
    expect(link.searchParams.get('v')).toBe('2');
    // Read from the raw link: URLSearchParams turns the payload's `+` into a space.
    expect(/[?&]x=([^&]*)/.exec(link.search)?.[1]).toMatch(/^[0-9a-f]{8}\.[A-Za-z0-9+$-]{20,}$/);
    expect(session.errors).toEqual([]);
    await context.close();
  });

  it('opens the copied permalink in a fresh browser with the pairing as the sender’s decision', async () => {
    expect(copied).not.toBe('');
    // No storage, only the link.
    const fresh = await session.newContext();
    const reader = await session.newPage(fresh);
    await reader.goto(copied);
    // Nothing of the reader's own stored (the offline layer may note which build this is).
    expect(await reader.evaluate((key) => localStorage.getItem(key), STORE_NAME)).toBeNull();
    const shared = rowTitled(reader, /^Point 6 → 6$/);
    await shared.waitFor();
    await expect.poll(() => shared.getAttribute('data-basis')).toBe('reader');
    expect(await shared.locator('.badge--reader').innerText()).toBe("The link sender's decision");
    expect(await shared.getByRole('button', { name: /^Confirm that / }).count()).toBe(0);
    expect(await seriousAxeViolations(reader)).toEqual([]);
    expect(session.errors).toEqual([]);
    await fresh.close();
  });
});
