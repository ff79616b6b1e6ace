import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, seriousAxeViolations, useBrowser } from './browser';
import { open, pointOf } from './notes-helpers';

const STORE_KEY = 'peace-plan-diff';

async function addNote(page: Page, pointId: string, text: string): Promise<void> {
  const point = pointOf(page, pointId);
  const label = pointId.split(':')[1]!;
  await point.getByRole('button', { name: `Add note to point ${label}`, exact: true }).click();
  await point.getByRole('textbox', { name: 'Note', exact: true }).fill(text);
  await point.getByRole('button', { name: 'Save note' }).click();
  await point
    .locator('.note-text', { hasText: text.split('\n')[0]! })
    .first()
    .waitFor();
}

async function downloadText(
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download, text: await readFile(await download.path(), 'utf8') };
}

async function openNotesPanel(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Your notes \(\d+\)$/ }).click();
  await page.getByRole('searchbox', { name: 'Search notes' }).waitFor();
}

describeInBrowser('notes on points', () => {
  const session = useBrowser();

  it('keeps a note across a reload and shows it on the aligned point of other versions', async () => {
    const page = await session.newPage();
    await open(page, 'us-28', 'e3-counter');
    await addNote(page, 'us-28:6', 'Army cap: 600,000 here.');

    await page.reload();
    await expect
      .poll(() => pointOf(page, 'us-28:6').locator('.note-text').allInnerTexts())
      .toEqual(['Army cap: 600,000 here.']);
    const e3 = pointOf(page, 'e3-counter:6');
    expect(await e3.locator('.note--counterpart .note-origin').innerText()).toMatch(
      /^note on US 28-point draft 6\s*text changed since$/,
    );
    expect(await e3.locator('.note--counterpart .note-text').innerText()).toBe(
      'Army cap: 600,000 here.',
    );

    // A note on the E3 point 6 follows it to the 20-point framework, where the engine aligns it with point 4.
    await addNote(page, 'e3-counter:6', 'E3 raises the cap to 800,000.');
    await open(page, 'e3-counter', 'zelensky-20');
    const z4 = pointOf(page, 'zelensky-20:4');
    await z4.locator('.note--counterpart').waitFor();
    expect(await z4.locator('.note-origin').innerText()).toMatch(
      /^note on European \(E3\) counter-proposal 6/,
    );
    expect(await z4.locator('.note-text').innerText()).toBe('E3 raises the cap to 800,000.');

    // The notes panel lists both and jumps to a point (focus lands on its row).
    await openNotesPanel(page);
    expect(await page.locator('.notes-panel-body .note-text').allInnerTexts()).toHaveLength(2);
    await page.getByRole('searchbox', { name: 'Search notes' }).fill('600,000');
    await expect.poll(() => page.locator('.notes-panel-body .note-text').count()).toBe(1);
    await page.getByRole('button', { name: 'Go to point 6 of US 28-point draft' }).click();
    await expect
      .poll(() => page.getByLabel('Left version', { exact: true }).inputValue())
      .toBe('us-28');
    await expect
      .poll(() =>
        page.evaluate(
          () => document.activeElement?.querySelector('[data-point-id="us-28:6"]') !== null,
        ),
      )
      .toBe(true);

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('lists a note whose point was dropped as "not in this draft", with the reason', async () => {
    const page = await session.newPage();
    await open(page, 'us-28', 'geneva-19');
    await addNote(page, 'us-28:26', 'Amnesty for all.');
    const section = page.getByRole('region', { name: 'Notes not in this draft' });
    expect(await section.locator('.note-origin').innerText()).toMatch(
      /^note on US 28-point draft 26 — not in this draft: point dropped in Geneva 19-point draft \(FT\) — .*DW/,
    );
    expect(session.errors).toEqual([]);
  });

  it('keeps unreadable stored data aside, tells the reader, and offers it as a download', async () => {
    const page = await session.newPage();
    await open(page, 'us-28', 'e3-counter');
    await page.evaluate((key) => localStorage.setItem(key, '{garbage'), STORE_KEY);
    await page.reload();

    const banner = page
      .getByRole('alert')
      .filter({ hasText: 'Some saved notes could not be read' });
    await banner.waitFor();
    const kept = await page.evaluate((key) => {
      const out: Record<string, string | null> = {};
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i)!;
        if (k.startsWith(`${key}:recovered:`)) out[k] = localStorage.getItem(k);
      }
      return out;
    }, STORE_KEY);
    expect(Object.values(kept)).toEqual(['{garbage']);
    expect(await banner.innerText()).toContain(Object.keys(kept)[0]!);

    const { text } = await downloadText(page, () =>
      banner.getByRole('button', { name: 'Download the unreadable data' }).click(),
    );
    expect(text).toBe('{garbage');
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The app still works: a new note saves, and the garbage stays kept aside.
    await addNote(page, 'us-28:6', 'After the damage');
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await page.reload();
    await pointOf(page, 'us-28:6').locator('.note-text', { hasText: 'After the damage' }).waitFor();
    expect(await page.evaluate((k) => localStorage.getItem(k), Object.keys(kept)[0]!)).toBe(
      '{garbage',
    );
    expect(session.errors).toEqual([]);
  });

  it('exports, clears and imports notes with an identical result', async () => {
    const page = await session.newPage();
    await open(page, 'us-28', 'e3-counter');
    await addNote(page, 'us-28:6', 'First line\nsecond line https://www.reuters.com/x');
    await addNote(page, 'e3-counter:21', 'Territory "as is"');
    await openNotesPanel(page);
    const first = await downloadText(page, () =>
      page.getByRole('button', { name: 'Export notes (JSON)' }).click(),
    );
    expect(first.download.suggestedFilename()).toMatch(/^peace-plan-notes-\d{4}-\d\d-\d\d\.json$/);
    expect((JSON.parse(first.text) as { notes: unknown[] }).notes).toHaveLength(2);
    const markdown = await downloadText(page, () =>
      page.getByRole('button', { name: 'Export notes (Markdown)' }).click(),
    );
    expect(markdown.text).toContain('## US 28-point draft (us-28)');

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await openNotesPanel(page);
    await page.getByText('No notes yet.', { exact: false }).waitFor();
    await page.getByLabel('Import notes').setInputFiles(await first.download.path());
    await page.getByText(/: 2 notes added\.$/).waitFor();
    const second = await downloadText(page, () =>
      page.getByRole('button', { name: 'Export notes (JSON)' }).click(),
    );
    expect(second.text).toBe(first.text);
    expect(await pointOf(page, 'us-28:6').locator('.note-text a').getAttribute('href')).toBe(
      'https://www.reuters.com/x',
    );
    expect(session.errors).toEqual([]);
  });

  it('shows markup in a note as text and runs nothing', async () => {
    const page = await session.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await open(page, 'us-28', 'e3-counter');
    const payload = '<img src=x onerror=alert(1)> javascript:alert(2) http://example.com';
    await addNote(page, 'us-28:6', payload);
    await page.reload();
    const text = pointOf(page, 'us-28:6').locator('.note-text');
    await text.waitFor();
    expect(await text.innerText()).toBe(payload);
    expect(await page.locator('.note-text img, .note-text a').count()).toBe(0);
    // No sleep for an onerror to fire: no element that could fire one exists anywhere in the page.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('keeps the text in the editor when storage is full, and shows other tabs’ notes live', async () => {
    const context = await session.newContext();
    const page = await session.newPage(context);
    const other = await session.newPage(context);
    await open(page, 'us-28', 'e3-counter');
    await open(other, 'us-28', 'e3-counter');

    await addNote(other, 'us-28:2', 'Written in the other tab');
    await pointOf(page, 'us-28:2')
      .locator('.note-text', { hasText: 'Written in the other tab' })
      .waitFor();

    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const point = pointOf(page, 'us-28:3');
    await point.getByRole('button', { name: 'Add note to point 3', exact: true }).click();
    await point.getByRole('textbox', { name: 'Note', exact: true }).fill('Not lost');
    await point.getByRole('button', { name: 'Save note' }).click();
    expect(await point.getByRole('alert').innerText()).toMatch(
      /^Your note could not be saved: Browser storage for this site is full/,
    );
    expect(await point.getByRole('textbox', { name: 'Note', exact: true }).inputValue()).toBe(
      'Not lost',
    );
    await page.getByRole('region', { name: 'Notes could not be saved' }).waitFor();
    expect(session.errors).toEqual([]);
    await context.close();
  });
});
