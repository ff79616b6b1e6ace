import { readFileSync } from 'node:fs';
import type { Dialog, Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { baseUrl, describeInBrowser, seriousAxeViolations, useBrowser } from './browser';

interface DataPoint {
  label: string;
  text: string;
}

const us28 = JSON.parse(
  readFileSync(new URL('../../data/versions/us-28.json', import.meta.url), 'utf8'),
) as {
  points: DataPoint[];
};
const us28Text = (label: string): string => {
  const point = us28.points.find((p) => p.label === label);
  if (!point) throw new Error(`us-28 has no point ${label}`);
  return point.text;
};

/**
 * A realistic 20-point leak built from the 28-point draft: points 3, 10a–d, 13a–c, 14a–c, 20a–d,
 * 21a–d, 26 and 28 dropped, the rest renumbered 1–20, and a few reworded. US point 6 becomes
 * point 5, with the army cap raised from 600,000 to 800,000.
 */
const KEPT = [
  '1',
  '2',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '11',
  '12',
  '15',
  '16',
  '17',
  '18',
  '19',
  '22',
  '23',
  '24',
  '25',
  '27',
];
const EDITS: Record<string, (text: string) => string> = {
  '6': (t) => t.replace('600,000', '800,000'),
  '9': (t) => t.replace('in Poland.', 'in Poland and Romania.'),
  '25': (t) => t.replace('within 100 days', 'as soon as possible after the signing'),
  '12': (t) => t.replace('A large global package', 'A large international package'),
};
const twentyPoints = KEPT.map(
  (label, i) => `${i + 1}. ${(EDITS[label] ?? ((t: string) => t))(us28Text(label))}`,
);
const TWENTY_POINT_DRAFT = ['# Framework for peace (leaked copy)', '', ...twentyPoints].join('\n');

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const JS_LINK = '[the full statement](javascript:window.__pwned=3)';
const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=4"> leak';
// The app keeps the draft text exactly as pasted (only paired bold markers are stripped).
const HOSTILE_DRAFT = [
  `1. ${us28Text('1')} ${IMG}`,
  `2. ${SCRIPT} ${us28Text('25')}`,
  `3. Read ${JS_LINK} before any signing ceremony takes place.`,
].join('\n');

const picker = (page: Page, side: 'Left' | 'Right'): Locator =>
  page.getByLabel(`${side} version`, { exact: true });
const rowTitled = (page: Page, title: RegExp): Locator =>
  page.locator('li.row', { has: page.getByRole('heading', { name: title }) });

/** The selected option of a picker: its value, its text and the label of its optgroup. */
function selectedOption(page: Page, side: 'Left' | 'Right') {
  return picker(page, side).evaluate((el) => {
    const select = el as HTMLSelectElement;
    const option = select.selectedOptions[0];
    return {
      value: select.value,
      text: option?.textContent ?? '',
      group: option?.parentElement instanceof HTMLOptGroupElement ? option.parentElement.label : '',
    };
  });
}

/** Text as a sighted reader sees it: without the screen-reader-only "[inserted: …]" words. */
function visibleText(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const clone = el.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.sr-only').forEach((n) => n.remove());
    return (clone.textContent ?? '').replace(/\s+/g, ' ');
  });
}

async function openImportPanel(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Import draft', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a draft' });
  await dialog.waitFor();
  return dialog;
}

async function openApp(page: Page): Promise<void> {
  await page.goto(baseUrl());
  await page.getByRole('heading', { level: 1, name: 'Peace-plan drafts compared' }).waitFor();
  await page.locator('li.row').first().waitFor();
}

describeInBrowser('importing a newly leaked draft', () => {
  const session = useBrowser();

  it('previews a pasted 20-point draft, saves it, compares it with the 28 points, and keeps it across a reload', async () => {
    const page = await session.newPage();
    await openApp(page);
    expect(await picker(page, 'Left').inputValue()).toBe('us-28');

    const dialog = await openImportPanel(page);
    expect(
      await page
        .getByRole('button', { name: 'Import draft', exact: true })
        .getAttribute('aria-expanded'),
    ).toBe('true');

    // Error path first: saving with no text says so, and what was typed stays.
    await dialog.getByLabel('Title', { exact: true }).fill('Sunday framework leak');
    await dialog.getByRole('button', { name: 'Save draft' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('The draft is empty');
    expect(await dialog.getByLabel('Title', { exact: true }).inputValue()).toBe(
      'Sunday framework leak',
    );
    expect(await selectedOption(page, 'Right')).toMatchObject({
      group: 'Drafts of the peace plan',
    });

    // Paste the draft: the preview shows how it was split.
    await dialog.getByLabel('Draft text', { exact: true }).fill(TWENTY_POINT_DRAFT);
    const preview = dialog.getByRole('heading', { name: /^Preview: [\d,]+ points$/ });
    await preview.waitFor();
    expect(await preview.innerText()).toBe('Preview: 20 points');
    const previewItems = dialog.getByRole('list', { name: 'Points found' }).getByRole('listitem');
    expect(await previewItems.count()).toBe(20);
    expect(await previewItems.nth(4).innerText()).toBe(
      `5. ${us28Text('6').replace('600,000', '800,000')}`,
    );
    expect(await previewItems.nth(19).innerText()).toMatch(
      /^20\. The deal binds the parties in law\./,
    );

    // The reader says this is the whole draft, so a point it lacks may be called dropped.
    await dialog.getByRole('radio', { name: /^The full text/ }).check();
    await dialog.getByLabel('Date reported', { exact: true }).fill('2025-11-30');
    await dialog.getByLabel('Outlet (optional)', { exact: true }).fill('Kyiv Independent');
    await dialog
      .getByLabel('Link (optional, https)', { exact: true })
      .fill('https://kyivindependent.com/framework-leak');
    await dialog.getByRole('button', { name: 'Save draft' }).click();

    // Saved: the dialog closes and the right side shows the import.
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await selectedOption(page, 'Right')).group).toBe('Imported');
    const right = await selectedOption(page, 'Right');
    expect(right.value).toMatch(/^imported-/);
    expect(right.text).toMatch(/^Imported: Sunday framework leak — /);
    expect(await picker(page, 'Left').inputValue()).toBe('us-28');
    expect(new URL(page.url()).searchParams.get('r')).toBe(right.value);

    // Aligned rows with word marks: US 6 → imported 5, 600,000 → 800,000.
    const armyRow = rowTitled(page, /^Point 6 → 5$/);
    await armyRow.waitFor();
    expect(await armyRow.getAttribute('data-row-kind')).toBe('changed');
    expect(await armyRow.locator('.badge--kind').innerText()).toBe('Changed');
    expect(await armyRow.locator('del').allTextContents()).toContainEqual(
      expect.stringMatching(/^\[deleted: 600,000( personnel)?\]$/),
    );
    expect(await armyRow.locator('ins').allTextContents()).toContainEqual(
      expect.stringMatching(/^\[inserted: 800,000( personnel)?\]$/),
    );
    const changedRows = page.locator('li.row[data-row-kind="changed"]');
    expect(await changedRows.count()).toBeGreaterThanOrEqual(4);
    for (const row of await changedRows.all()) {
      expect(await row.locator('del, ins').count()).toBeGreaterThan(0);
    }
    // Unchanged points are folded into lines until the reader asks for every row.
    await page.getByRole('button', { name: 'Show every row' }).click();
    expect(await rowTitled(page, /^Point 1 → 1$/).getAttribute('data-row-kind')).toBe('unchanged');
    expect(await rowTitled(page, /^Point 27 → 20$/).getAttribute('data-row-kind')).toBe(
      'unchanged',
    );
    expect(await rowTitled(page, /^Point 25 → 19$/).getAttribute('data-row-kind')).toBe('changed');
    // The import is a full text matched by the engine: a point it lacks is dropped, and says so.
    const amnesty = rowTitled(page, /^Point 26 → —$/);
    expect(await amnesty.getAttribute('data-row-kind')).toBe('dropped');
    expect(await amnesty.getAttribute('data-basis')).toBe('engine');
    // The reader's outlet is the source of the imported points, as a safe https link.
    const importedSource = armyRow.locator('.cell').nth(1).locator('.source a');
    expect(await importedSource.allTextContents()).toContainEqual(
      expect.stringContaining('Kyiv Independent'),
    );
    expect(await importedSource.first().getAttribute('href')).toBe(
      'https://kyivindependent.com/framework-leak',
    );
    expect(await importedSource.first().getAttribute('rel')).toBe('noopener noreferrer');

    expect(await seriousAxeViolations(page)).toEqual([]);

    // Reload the link: the import is still there and still compared.
    await page.reload();
    const armyAgain = rowTitled(page, /^Point 6 → 5$/);
    await armyAgain.waitFor();
    expect(await selectedOption(page, 'Right')).toEqual(right);
    expect(await armyAgain.locator('ins').allTextContents()).toContainEqual(
      expect.stringMatching(/^\[inserted: 800,000/),
    );

    // And from a fresh start, the import can be picked again and is listed with its 20 points.
    await openApp(page);
    expect(await picker(page, 'Right').inputValue()).not.toBe(right.value);
    await picker(page, 'Right').selectOption(right.value);
    await rowTitled(page, /^Point 6 → 5$/).waitFor();
    await openImportPanel(page);
    const drafts = page.getByRole('region', { name: 'Your imported drafts' });
    expect(await drafts.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Sunday framework leak — 2025-11-30, 20 points/),
    ]);

    expect(session.errors).toEqual([]);
  });

  it('shows a hostile draft as literal text and runs none of it', async () => {
    const page = await session.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d: Dialog) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    await openApp(page);

    const dialog = await openImportPanel(page);
    await dialog.getByLabel('Draft text', { exact: true }).fill(HOSTILE_DRAFT);
    await dialog.getByLabel('Title', { exact: true }).fill(HOSTILE_TITLE);
    await dialog.getByLabel('Outlet (optional)', { exact: true }).fill('<b>Outlet</b>');
    // A javascript: link is refused; the text and title stay.
    await dialog
      .getByLabel('Link (optional, https)', { exact: true })
      .fill('javascript:window.__pwned=5');
    await dialog.getByRole('button', { name: 'Save draft' }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').innerText()).toContain('Link: must start with https://');
    expect(await dialog.getByLabel('Draft text', { exact: true }).inputValue()).toBe(HOSTILE_DRAFT);
    expect(await dialog.getByLabel('Title', { exact: true }).inputValue()).toBe(HOSTILE_TITLE);

    // The preview shows the markup as text.
    // The text is read in a worker: wait for the preview, not for its "reading…" state.
    expect(
      await dialog.getByRole('heading', { name: /^Preview: [\d,]+ points$/ }).innerText(),
    ).toBe('Preview: 3 points');
    const previewText = await visibleText(dialog.getByRole('list', { name: 'Points found' }));
    for (const markup of [IMG, SCRIPT, JS_LINK]) expect(previewText).toContain(markup);

    await dialog
      .getByLabel('Link (optional, https)', { exact: true })
      .fill('https://example.org/leak');
    await dialog.getByRole('button', { name: 'Save draft' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await selectedOption(page, 'Right')).group).toBe('Imported');
    expect(await picker(page, 'Left').inputValue()).toBe('us-28');
    expect((await selectedOption(page, 'Right')).text).toContain(`Imported: ${HOSTILE_TITLE}`);
    await rowTitled(page, /^Point 1 → 1$/).waitFor();

    // Every piece of markup is on screen as literal text, in the rows of the comparison.
    const rowsText = await visibleText(page.locator('ol.rows'));
    for (const markup of [IMG, SCRIPT, JS_LINK]) expect(rowsText).toContain(markup);
    expect(await visibleText(page.locator('main'))).toContain(HOSTILE_TITLE);
    // The open import panel lists it by its literal title too.
    await openImportPanel(page);
    expect(await visibleText(page.getByRole('region', { name: 'Your imported drafts' }))).toContain(
      HOSTILE_TITLE,
    );

    // Nothing ran or was injected. No wait for a late onerror is needed: the page holds no image
    // at all that could fire one (imgX and images below), nor a script or a javascript: link.
    const dom = await page.evaluate(() => ({
      pwned: [
        (window as unknown as Record<string, unknown>)['__pwned'],
        (window as unknown as Record<string, unknown>)['pwned'],
      ],
      imgX: document.querySelectorAll('img[src="x"]').length,
      images: document.querySelectorAll('ol.rows img, .import-panel img').length,
      jsLinks: Array.from(document.querySelectorAll('a[href]')).filter((a) =>
        /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
      ).length,
      pwnScripts: Array.from(document.scripts).filter((s) => /pwned/.test(s.textContent ?? ''))
        .length,
      bold: document.querySelectorAll('ol.rows b').length,
    }));
    expect(dom).toEqual({
      pwned: [undefined, undefined],
      imgX: 0,
      images: 0,
      jsLinks: 0,
      pwnScripts: 0,
      bold: 0,
    });
    // The reader's source link is the https one they gave, never the refused javascript: one.
    const hrefs = (selector: string) =>
      page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const importedSources = await hrefs('ol.rows [data-point-id^="imported-"] .source a');
    expect(importedSources.length).toBeGreaterThan(0);
    for (const href of importedSources) expect(href).toBe('https://example.org/leak');
    // Every link out of the rows is https (the "#" anchors are links to this page's own rows).
    for (const href of await hrefs('ol.rows a[href]:not(.row-anchor)'))
      expect(href).toMatch(/^https:\/\//);

    // Still inert after a reload (the draft comes back from storage).
    await page.reload();
    await rowTitled(page, /^Point 1 → 1$/).waitFor();
    expect(await visibleText(page.locator('ol.rows'))).toContain(IMG);
    expect(
      await page.evaluate(() =>
        ['__pwned', 'pwned'].map((k) => (window as unknown as Record<string, unknown>)[k]),
      ),
    ).toEqual([undefined, undefined]);
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    expect(dialogs).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
