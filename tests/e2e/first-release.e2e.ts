import { expect, it } from 'vitest';
import {
  baseUrl,
  cellBoxes,
  describeInBrowser,
  scrolledTo,
  seriousAxeViolations,
  useBrowser,
} from './browser';

describeInBrowser('first release: sourced drafts compared side by side', () => {
  const session = useBrowser();

  it('shows the army cap change, the dropped amnesty with sources, no axe or console errors', async () => {
    const page = await session.newPage();
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 1, name: 'Peace-plan drafts compared' }).waitFor();

    // Default pair: the 28-point draft against the newest version with text.
    expect(await page.getByLabel('Left version', { exact: true }).inputValue()).toBe('us-28');
    expect(await page.getByLabel('Right version', { exact: true }).inputValue()).toBe(
      'zelensky-20',
    );

    await page.getByLabel('Right version', { exact: true }).selectOption('e3-counter');
    const armyRow = page.locator('li.row', {
      has: page.getByRole('heading', { name: /^Point 6 → 6$/ }),
    });
    await scrolledTo(armyRow);
    expect(await armyRow.locator('.badge--kind').innerText()).toBe('Changed');
    // Whole-number tokens: "600,000 → 800,000" is one change, with words for screen readers.
    expect(await armyRow.locator('del').allTextContents()).toContainEqual(
      expect.stringMatching(/^\[deleted: 600,000( personnel)?\]$/),
    );
    expect(await armyRow.locator('ins').allTextContents()).toContainEqual(
      expect.stringMatching(/^\[inserted: 800,000( in peacetime)?\]$/),
    );
    // The sources of each side, with https links that open safely.
    const rightSources = armyRow.locator('.cell').nth(1).locator('.source a');
    expect(await rightSources.allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('The Telegraph and Reuters'),
        expect.stringContaining('Reuters'),
      ]),
    );
    for (const link of await armyRow.locator('.source a').all()) {
      expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    }

    // The Geneva 19-point version has no text: outlets disagree on the amnesty point (dropped or
    // reworked), so it is changed and disputed, every reading with its source.
    await page.getByLabel('Right version', { exact: true }).selectOption('geneva-19');
    const amnestyRow = page.locator('li.row', {
      has: page.getByRole('heading', { name: /^Point 26 → —$/ }),
    });
    await scrolledTo(amnestyRow);
    expect(await amnestyRow.locator('.badge--kind').innerText()).toBe('Changed');
    expect(await amnestyRow.locator('.badge--flag').first().innerText()).toBe('Disputed');
    const fate = await amnestyRow.locator('.fate').innerText();
    expect(fate).toMatch(/Reported dropped/);
    expect(fate).toMatch(/Reported changed/);
    expect(fate).toMatch(/DW/);
    // The bracketed points are open.
    const territory = page.locator('li.row', {
      has: page.getByRole('heading', { name: /^Point 21a → —$/ }),
    });
    expect(await territory.getAttribute('data-row-kind')).toBe('open');
    // Said once, in the digest: what is public of the pair.
    expect(await page.locator('[data-digest]').innerText()).toMatch(
      /Geneva 19-point draft \(FT\): no text is public/,
    );
    // Points nobody reported on say so instead of guessing, folded into lines.
    const folds = page.locator('li.fold', { hasText: 'not reported' });
    const folded = await folds.evaluateAll((els) =>
      els.reduce((n, el) => n + Number((el as HTMLElement).dataset.foldSize), 0),
    );
    expect(folded).toBeGreaterThan(20);

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('stacks the columns on a phone and keeps every control reachable by keyboard', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await session.newPage(context);
    await page.goto(`${baseUrl()}?v=1&l=us-28&r=e3-counter`);
    const row = page.locator('li.row').first();
    await row.waitFor();
    const [a, b] = await cellBoxes(row);
    expect(b!.top).toBeGreaterThan(a!.bottom - 1);
    // On a phone the pickers and options sit behind one button, reached by Tab and opened by Enter.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent);
      if (text === 'Versions and options') break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Versions and options',
    );
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('left-version');
    expect(session.errors).toEqual([]);
    await context.close();
  });
});
