/**
 * Notes never lost and never special (issues #18, #19): a deletion in another tab never closes an
 * editor holding text, leaving the page with unsaved text asks first, and hostile notes files end
 * in a clear report with no page error.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, useBrowser } from './browser';
import { open, pointOf } from './notes-helpers';

const noteText = (page: Page, pointId: string, text: string) =>
  pointOf(page, pointId).locator('.note-text', { hasText: text });

describeInBrowser('notes across tabs and hostile notes files', () => {
  const session = useBrowser();

  it('a deletion in another tab keeps the open editor and its text, offered as a new note', async () => {
    // Two pages in one context: one localStorage, as two tabs of one browser.
    const context = await session.newContext();
    const a = await session.newPage(context);
    const b = await session.newPage(context);
    await open(a, 'us-28', 'e3-counter');
    const six = pointOf(a, 'us-28:6');
    await six.getByRole('button', { name: 'Add note to point 6', exact: true }).click();
    await six.getByRole('textbox', { name: 'Note', exact: true }).fill('Army cap');
    await six.getByRole('button', { name: 'Save note' }).click();
    await noteText(a, 'us-28:6', 'Army cap').waitFor();

    await open(b, 'us-28', 'e3-counter');
    await noteText(b, 'us-28:6', 'Army cap').waitFor();

    // Tab A starts editing; tab B deletes the note meanwhile.
    await six.getByRole('button', { name: 'Edit note on point 6', exact: true }).click();
    const box = six.getByRole('textbox', { name: 'Note', exact: true });
    await box.fill('Army cap of 600,000: not saved yet');
    await pointOf(b, 'us-28:6')
      .getByRole('button', { name: 'Delete note on point 6', exact: true })
      .click();
    await expect.poll(() => pointOf(b, 'us-28:6').locator('li.note').count()).toBe(0);

    // Tab A hears of it: the editor stays, says so, and keeps every word.
    const editor = six.getByRole('form', { name: 'Note on point 6' });
    await editor.getByRole('alert').filter({ hasText: 'deleted in another tab' }).waitFor();
    expect(await editor.getByRole('alert').innerText()).toBe(
      'This note was deleted in another tab. Your text is still here: keep it as a new note, or cancel to let it go.',
    );
    expect(await box.inputValue()).toBe('Army cap of 600,000: not saved yet');

    await editor.getByRole('button', { name: 'Keep as a new note' }).click();
    await noteText(a, 'us-28:6', 'Army cap of 600,000: not saved yet').waitFor();
    expect(await six.getByRole('form').count()).toBe(0);
    // The other tab gets the kept note too.
    await noteText(b, 'us-28:6', 'Army cap of 600,000: not saved yet').waitFor();
    expect(session.errors).toEqual([]);
    await context.close();
  });

  it('asks before the page is left while a note editor holds unsaved text', async () => {
    const page = await session.newPage();
    await open(page, 'us-28', 'e3-counter');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    const three = pointOf(page, 'us-28:3');
    await three.getByRole('button', { name: 'Add note to point 3', exact: true }).click();
    await three.getByRole('textbox', { name: 'Note', exact: true }).fill('Half a thought');

    // Leaving asks; staying keeps the text.
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);
    expect(await three.getByRole('textbox', { name: 'Note', exact: true }).inputValue()).toBe(
      'Half a thought',
    );

    // Saved, nothing is at stake: the page closes without asking.
    await three.getByRole('button', { name: 'Save note' }).click();
    await noteText(page, 'us-28:3', 'Half a thought').waitFor();
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(dialogs).toEqual(['beforeunload']);
    expect(session.errors).toEqual([]);
  });

  it('hostile notes files end in a clear report, with no page error', async () => {
    const page = await session.newPage();
    await open(page, 'us-28', 'e3-counter');
    await page.getByRole('button', { name: /^Your notes \(\d+\)$/ }).click();
    const at = '2025-11-25T10:00:00.000Z';
    const special = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    const specialFile = JSON.stringify({
      format: 'peace-plan-diff/notes',
      version: 1,
      notes: special.map((id, i) => ({
        id,
        version: 'us-28',
        label: String(i + 1),
        text: `Note ${id}`,
        pointText: '',
        createdAt: at,
        updatedAt: at,
      })),
    });
    const deep = 100_000;
    const report = page.locator('.notes-import-report');
    const cases: Array<[string, string, string]> = [
      ['special-ids.json', specialFile, 'Imported special-ids.json: 5 notes added.'],
      ['empty.json', '', 'empty.json, line 1: This file is empty: it holds no notes.'],
      [
        'deep.json',
        '['.repeat(deep) + ']'.repeat(deep),
        'deep.json, line 1: This is not a notes file: it is nested more than 16 levels deep',
      ],
      [
        'deep-broken.json',
        `{"notes": ${'{"a": '.repeat(deep)}`,
        'deep-broken.json, line 1: This is not a notes file: it is nested more than 16 levels deep',
      ],
    ];
    for (const [name, text, said] of cases) {
      await page.getByLabel('Import notes').setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      await report.getByText(said, { exact: false }).waitFor();
    }
    // The notes with those ids are ordinary notes, on their points.
    for (const [i, id] of special.entries())
      await noteText(page, `us-28:${i + 1}`, `Note ${id}`).waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: /^Your notes \(\d+\)$/ }).innerText())
      .toBe('Your notes (5)');
    expect(session.errors).toEqual([]);
  });
});
