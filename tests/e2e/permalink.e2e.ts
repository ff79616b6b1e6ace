import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { STORE_NAME } from '../../src/store/persisted-state';
import { baseUrl, describeInBrowser, seriousAxeViolations, useBrowser } from './browser';

const NOTE = 'Army cap raised from 600,000: check the E3 wording.';

const picker = (page: Page, side: 'Left' | 'Right'): Locator =>
  page.getByLabel(`${side} version`, { exact: true });
const pointOf = (page: Page, id: string): Locator => page.locator(`[data-point-id="${id}"]`);
const rowOf = (page: Page, id: string): Locator =>
  page.locator('li.row', { has: pointOf(page, id) });
const sharedLayer = (page: Page, label: string): Locator =>
  page.getByRole('region', { name: `Notes shared with this link on point ${label}`, exact: true });

/** The whole row box lies inside the viewport. */
async function inViewport(row: Locator): Promise<boolean> {
  return row.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.top < window.innerHeight && box.bottom > 0;
  });
}

/** Every localStorage value of the page, joined: to prove a text was never stored. */
async function storedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values: string[] = [];
    for (let i = 0; i < localStorage.length; i++)
      values.push(localStorage.getItem(localStorage.key(i)!) ?? '');
    return values.join('\n');
  });
}

/** The view a link carries, as the controls show it. */
async function expectView(
  page: Page,
  view: { left: string; right: string; inline: boolean; hide: boolean; topic: string },
): Promise<void> {
  await expect.poll(() => picker(page, 'Left').inputValue()).toBe(view.left);
  await expect.poll(() => picker(page, 'Right').inputValue()).toBe(view.right);
  expect(await page.getByRole('radio', { name: 'Inline', exact: true }).isChecked()).toBe(
    view.inline,
  );
  expect(
    await page.getByRole('checkbox', { name: 'Hide unchanged', exact: true }).isChecked(),
  ).toBe(view.hide);
  expect(await page.getByLabel('Topic', { exact: true }).inputValue()).toBe(view.topic);
}

async function openFresh(session: ReturnType<typeof useBrowser>, url: string) {
  const context: BrowserContext = await session.newContext();
  const page = await session.newPage(context);
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Peace-plan drafts compared' }).waitFor();
  return { context, page };
}

describeInBrowser('permalinks: copy a view, open it elsewhere, tampered links', () => {
  const session = useBrowser();
  let copied = '';

  it('copies the exact view with a note and opens it in a fresh browser the same way', async () => {
    const origin = new URL(baseUrl()).origin;
    const context = await session.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await session.newPage(context);
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 1, name: 'Peace-plan drafts compared' }).waitFor();

    // Build the view through the controls.
    await picker(page, 'Left').selectOption('us-28');
    await picker(page, 'Right').selectOption('e3-counter');
    await page.getByRole('radio', { name: 'Inline', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Hide unchanged', exact: true }).check();
    await page.getByLabel('Topic', { exact: true }).selectOption('armed-forces');
    await pointOf(page, 'us-28:6').waitFor();

    // A note on point 6, written through the UI.
    const point = pointOf(page, 'us-28:6');
    await point.getByRole('button', { name: 'Add note to point 6', exact: true }).click();
    await point.getByRole('textbox', { name: 'Note', exact: true }).fill(NOTE);
    await point.getByRole('button', { name: 'Save note' }).click();
    await point.locator('.note-text', { hasText: NOTE }).waitFor();

    // Focus the point through the UI: the notes panel's jump.
    await page.getByRole('button', { name: /^Your notes \(1\)$/ }).click();
    await page.getByRole('button', { name: 'Go to point 6 of US 28-point draft' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBe('l.6');
    await expect
      .poll(() => rowOf(page, 'us-28:6').getAttribute('class'))
      .toMatch(/\brow--focused\b/);

    await page.getByRole('checkbox', { name: 'Include my notes', exact: true }).check();
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    const shareStatus = page.getByRole('group', { name: 'Share this view' }).getByRole('status');
    await expect.poll(() => shareStatus.innerText()).toBe('Link copied with 1 note.');
    // The clipboard holds the link (the fallback field only appears when copying fails).
    expect(await page.getByLabel('Link to copy').count()).toBe(0);
    copied = await page.evaluate(() => navigator.clipboard.readText());

    const link = new URL(copied);
    expect(`${link.origin}${link.pathname}`).toBe(new URL(baseUrl()).href);
    // Format 2: a link that carries notes or drafts carries them behind a checksum.
    expect(Object.fromEntries([...link.searchParams].filter(([k]) => k !== 'n'))).toEqual({
      v: '2',
      l: 'us-28',
      r: 'e3-counter',
      m: 'inline',
      h: '1',
      t: 'armed-forces',
      p: 'l.6',
    });
    expect(link.searchParams.get('n')).toMatch(/^[0-9a-f]{8}\.[A-Za-z0-9+$-]{20,}$/);
    expect(session.errors).toEqual([]);
    await context.close();

    // A new browser context: empty storage, only the link.
    const fresh = await openFresh(session, copied);
    const reader = fresh.page;
    // Nothing of the reader's own (notes, imports, decisions): the view comes from the link.
    // (The offline layer may already have noted which build this is, once the page was idle.)
    expect(await reader.evaluate((key) => localStorage.getItem(key), STORE_NAME)).toBeNull();
    await sharedLayer(reader, '6').waitFor();
    await expectView(reader, {
      left: 'us-28',
      right: 'e3-counter',
      inline: true,
      hide: true,
      topic: 'armed-forces',
    });
    expect(await reader.locator('.compare').getAttribute('data-mode')).toBe('inline');
    expect(await reader.locator('.row-count > p').first().innerText()).toMatch(
      /\(unchanged and unknown hidden\) on this topic\.$/,
    );

    // The focused point: highlighted, alone, and scrolled into view.
    const focused = rowOf(reader, 'us-28:6');
    expect(await focused.getAttribute('class')).toMatch(/\brow--focused\b/);
    expect(await reader.locator('li.row.row--focused').count()).toBe(1);
    await expect.poll(() => inViewport(focused)).toBe(true);

    // The shared note: in its own layer, marked as shared, not saved to the reader's notes.
    const layer = sharedLayer(reader, '6');
    expect(await layer.getByText('Shared with this link', { exact: true }).isVisible()).toBe(true);
    expect(await layer.locator('.note-text').innerText()).toBe(NOTE);
    expect(await layer.getByText(NOTE).isVisible()).toBe(true);
    expect(await pointOf(reader, 'us-28:6').locator('li.note').count()).toBe(0);
    expect(await reader.getByRole('button', { name: /^Your notes \(0\)$/ }).count()).toBe(1);
    expect(await storedText(reader)).not.toContain('600,000: check');
    // A link that opens cleanly says nothing about itself.
    expect(await reader.getByRole('status', { name: 'About this link' }).count()).toBe(0);

    expect(await seriousAxeViolations(reader)).toEqual([]);
    expect(session.errors).toEqual([]);

    // Back and forward: a version change is a history entry; going back restores the whole view.
    const before = reader.url();
    await picker(reader, 'Right').selectOption('geneva-19');
    await expect.poll(() => new URL(reader.url()).searchParams.get('r')).toBe('geneva-19');
    expect(await reader.locator('li.row.row--focused').count()).toBe(0);

    await reader.goBack();
    await expect.poll(() => reader.url()).toBe(before);
    await expectView(reader, {
      left: 'us-28',
      right: 'e3-counter',
      inline: true,
      hide: true,
      topic: 'armed-forces',
    });
    await expect
      .poll(() => rowOf(reader, 'us-28:6').getAttribute('class'))
      .toMatch(/\brow--focused\b/);
    await sharedLayer(reader, '6').getByText(NOTE).waitFor();

    await reader.goForward();
    await expect.poll(() => picker(reader, 'Right').inputValue()).toBe('geneva-19');
    expect(new URL(reader.url()).searchParams.get('r')).toBe('geneva-19');
    expect(await reader.getByRole('radio', { name: 'Inline', exact: true }).isChecked()).toBe(true);

    await reader.goBack();
    await expect.poll(() => picker(reader, 'Right').inputValue()).toBe('e3-counter');

    expect(await storedText(reader)).not.toContain('600,000: check');
    expect(session.errors).toEqual([]);
    await fresh.context.close();
  });

  it('opens tampered links with a notice and no page error', async () => {
    expect(copied).not.toBe('');
    const withParam = (name: string, value: string) => {
      const url = new URL(copied);
      url.searchParams.set(name, value);
      return url.href;
    };
    const payload = new URL(copied).searchParams.get('n')!;

    const cases: { what: string; url: string; notice: RegExp }[] = [
      {
        what: 'notes payload cut short',
        url: withParam('n', payload.slice(0, Math.floor(payload.length / 2))),
        notice: /The notes carried in the link are damaged/,
      },
      {
        what: 'notes payload altered',
        url: withParam('n', `${payload.slice(0, 5)}~~~${payload.slice(8, -4)}`),
        notice:
          /The notes carried in the link (are damaged|are not in a form this viewer can read)/,
      },
      {
        // One character of the compressed notes changed: it would decode to other text, so the
        // checksum refuses it.
        what: 'notes payload with one character changed',
        url: withParam(
          'n',
          `${payload.slice(0, 20)}${payload[20] === 'A' ? 'B' : 'A'}${payload.slice(21)}`,
        ),
        notice: /The notes carried in the link are damaged/,
      },
      {
        what: 'unknown version',
        url: withParam('l', 'unknown-version'),
        notice: /Unknown version “unknown-version” in the link; showing .+ instead\./,
      },
      {
        what: 'unknown format',
        url: withParam('v', '99'),
        notice: /This link uses a format this viewer does not know \(version “99”\)/,
      },
    ];

    for (const c of cases) {
      const { context, page } = await openFresh(session, c.url);
      const notices = page.getByRole('status', { name: 'About this link', exact: true });
      await notices.waitFor();
      expect(await notices.isVisible(), c.what).toBe(true);
      // Text from the link is isolated (FSI … PDI) in the notice; the words are what is checked here.
      const said = (await notices.innerText()).replace(/[\u2068\u2069]/g, '');
      expect(said, c.what).toMatch(c.notice);
      // The page still opens a comparison.
      await page.locator('li.row').first().waitFor();
      expect(await picker(page, 'Right').inputValue(), c.what).toBe('e3-counter');
      if (c.what.startsWith('notes')) {
        expect(await sharedLayer(page, '6').count(), c.what).toBe(0);
        expect(await page.locator('.shared-note').count(), c.what).toBe(0);
      }
      // An unknown left version falls back to the default left (us-28), never to the right one.
      expect(await picker(page, 'Left').inputValue(), c.what).toBe('us-28');
      expect(session.errors, c.what).toEqual([]);
      await context.close();
    }
  });
});
