import { expect, it } from 'vitest';
import { baseUrl, describeInBrowser, seriousAxeViolations, useBrowser } from './browser';

describeInBrowser('following a point through every draft', () => {
  const session = useBrowser();

  it('opens the history of US point 6: 600,000 → 800,000, the sources of each step, and the link reopens it', async () => {
    const page = await session.newPage();
    await page.goto(`${baseUrl()}?v=1&l=us-28&r=zelensky-20&ph=us-28:6`);
    const history = page.getByRole('list', { name: 'History of point 6 of the US 28-point draft' });
    await history.waitFor();
    expect(
      await page.getByRole('button', { name: 'Point history' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await page.getByLabel('Version', { exact: true }).inputValue()).toBe('us-28');
    expect(await page.getByLabel('Point', { exact: true }).inputValue()).toBe('6');

    const step = (id: string) => page.locator(`li.history-step[data-version-id="${id}"]`);
    // One step per bundled version (data/versions/: 15 since the 2026 documents, issue #12).
    expect(await history.locator('li.history-step').count()).toBe(15);
    expect(await step('us-28').innerText()).toContain('600,000');
    // E3: the word marks, and the outlets that reported the link.
    expect(await step('e3-counter').locator('del').allTextContents()).toContain(
      '[deleted: 600,000]',
    );
    expect(await step('e3-counter').locator('ins').allTextContents()).toContain(
      '[inserted: 800,000]',
    );
    expect(await step('e3-counter').locator('.link-basis .source a').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('Reuters')]),
    );
    // Geneva 19: no text, two readings, each with its outlet.
    const geneva = await step('geneva-19').innerText();
    expect(geneva).toMatch(/Reported changed/);
    expect(geneva).toMatch(/Reported dropped/);
    expect(await step('geneva-19').locator('.source a').allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('US media'),
        expect.stringContaining('ABC News'),
      ]),
    );
    expect(await step('trump-22').innerText()).toContain('Not reported.');
    expect(await step('zelensky-20-count').innerText()).toContain('Not reported.');
    // The 20 points: point 4, 800,000, reported by Suspilne.
    expect(await step('zelensky-20').getByRole('heading').innerText()).toMatch(/point 4$/);
    expect(await step('zelensky-20').innerText()).toContain('800,000');
    expect(await step('zelensky-20').locator('.link-basis .source a').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('Suspilne')]),
    );
    for (const link of await history.locator('.source a').all()) {
      expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
    }

    // Choose another point: the URL follows, and a reload reopens the same history.
    await page.getByLabel('Point', { exact: true }).selectOption('21a');
    await page
      .getByRole('list', { name: 'History of point 21a of the US 28-point draft' })
      .waitFor();
    expect(page.url()).toContain('ph=us-28:21a');
    await page.reload();
    await page
      .getByRole('list', { name: 'History of point 21a of the US 28-point draft' })
      .waitFor();
    expect(await step('zelensky-20').locator('.badge--step').innerText()).toBe('Merged, changed');

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('opens the topic matrix, follows a cell to its points, and the link reopens the cell', async () => {
    const page = await session.newPage();
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 1, name: 'Peace-plan drafts compared' }).waitFor();
    await page.getByRole('button', { name: 'Topic matrix' }).click();
    const table = page.getByRole('table', { name: 'Topics by version' });
    await table.waitFor();
    expect(page.url()).toContain('mx=');
    const armyRow = table.getByRole('row', { name: /^Armed forces/ });
    expect(await armyRow.getByRole('rowheader').innerText()).toContain('600,000 → 800,000');
    expect(await table.locator('td').filter({ hasText: /^\s*$/ }).count()).toBe(0);

    await armyRow.getByRole('button', { name: /Armed forces, 20-point framework/ }).click();
    const details = page.getByRole('region', {
      name: 'Armed forces in the 20-point framework (Zelensky, Dec 2025)',
    });
    await details.waitFor();
    expect(page.url()).toContain('mx=armed-forces:zelensky-20');
    await page.reload();
    await details.waitFor();
    expect(await details.innerText()).toContain('800,000');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await details.getByRole('link', { name: 'Open point 4 in the comparison' }).click();
    const focused = page.locator('li.row.row--focused');
    await focused.waitFor();
    expect(await focused.getByRole('heading').innerText()).toMatch(/6 → 4$/);
    // The cell is compared with the US text, and the comparison it opens is that one.
    expect(await page.getByLabel('Left version', { exact: true }).inputValue()).toBe('us-28');
    expect(await page.getByLabel('Right version', { exact: true }).inputValue()).toBe(
      'zelensky-20',
    );
    expect(page.url()).toContain('p=r.4');
    expect(page.url()).not.toContain('mx=');
    // Back returns to the matrix cell.
    await page.goBack();
    await details.waitFor();
    expect(session.errors).toEqual([]);
  });

  it('timeline on a phone, by keyboard: select two versions, reload, compare them', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await session.newPage(context);
    await page.goto(`${baseUrl()}?v=1&l=us-28&r=zelensky-20`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const tab = page.getByRole('button', { name: 'Timeline' });
    await tab.focus();
    await page.keyboard.press('Enter');
    const line = page.locator('ol.timeline');
    await line.waitFor();
    expect(await line.locator('> li').count()).toBeGreaterThanOrEqual(20);
    expect(await line.locator('time').first().getAttribute('datetime')).toBe('2025-11-20');
    for (const text of ['Berlin', 'Mar-a-Lago', 'Abu Dhabi', 'Geneva 19-point draft', 'Trump']) {
      expect(await line.innerText()).toContain(text);
    }

    await page.getByRole('checkbox', { name: 'Select European (E3) counter-proposal' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('checkbox', { name: 'Select Geneva 19-point draft (FT)' }).check();
    await page.waitForURL(/tl=e3-counter,geneva-19/);
    await page.reload();
    expect(
      await page.getByRole('checkbox', { name: 'Select Geneva 19-point draft (FT)' }).isChecked(),
    ).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The timeline fits the phone's width.
    expect(
      await page.evaluate(
        () => document.querySelector('ol.timeline')!.getBoundingClientRect().right <= innerWidth,
      ),
    ).toBe(true);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);

    await page.getByRole('button', { name: 'Compare selected' }).click();
    await page.locator('li.row').first().waitFor();
    expect(await page.getByLabel('Left version', { exact: true }).inputValue()).toBe('e3-counter');
    expect(await page.getByLabel('Right version', { exact: true }).inputValue()).toBe('geneva-19');

    await page.getByRole('button', { name: 'Topic matrix' }).click();
    await page.getByRole('table', { name: 'Topics by version' }).waitFor();
    // The matrix scrolls inside its own region: the page gets no wider than the timeline left it.
    expect(
      await page.evaluate(
        () => document.querySelector('.matrix-scroll')!.getBoundingClientRect().right <= innerWidth,
      ),
    ).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      pageWidth,
    );
    expect(session.errors).toEqual([]);
    await context.close();
  });
});
