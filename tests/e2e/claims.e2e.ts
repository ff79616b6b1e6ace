import { expect, it } from 'vitest';
import {
  baseUrl,
  describeInBrowser,
  scrolledTo,
  seriousAxeViolations,
  useBrowser,
} from './browser';

describeInBrowser('every row claims only what a source says (issue #11)', () => {
  const session = useBrowser();

  it('US 28 → 20 points: kept 24 → 17 strikes nothing, the summary counts unknown apart, the change is as reported', async () => {
    const page = await session.newPage();
    await page.goto(`${baseUrl()}?v=1&l=us-28&r=zelensky-20`);
    // Kept and unknown rows fold into lines; this journey reads them too.
    await page.getByRole('button', { name: 'Show every row' }).click();
    const row = (title: RegExp) =>
      page.locator('li.row', { has: page.getByRole('heading', { name: title }) });

    // The kept row: no struck-through or inserted words; our summaries' wording only behind a toggle.
    const kept = await scrolledTo(row(/^Point 24 → 17$/));
    expect(await kept.getAttribute('data-row-kind')).toBe('kept');
    expect(await kept.locator('.badge--kind').innerText()).toBe('Kept');
    expect(await kept.locator('del, ins').count()).toBe(0);
    expect(await kept.innerText()).toContain('Inferred by the project');
    const wording = kept.locator('details.wording');
    expect(await wording.locator('summary').innerText()).toBe(
      'Worded differently in our summaries (not a reported change)',
    );
    await wording.locator('summary').click();
    expect(await wording.locator('em.wording-own').count()).toBeGreaterThan(0);
    expect(await wording.locator('del, s, strike').count()).toBe(0);
    expect(
      await wording
        .locator('em.wording-own')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).not.toContain('line-through');

    // The summary counts the statuses apart, unknown among them, each with how it is known.
    const summary = page.getByRole('region', { name: 'Summary of changes' });
    expect(await summary.locator('.summary-item--unknown .summary-count').innerText()).toBe('10');
    expect(await summary.locator('.summary-item--dropped').innerText()).toBe(
      'Dropped 3 (2 reported, 1 inferred)',
    );
    expect(await summary.locator('.summary-item--kept').innerText()).toBe('Kept 7 (inferred)');
    expect(await page.locator('.disclosure').innerText()).toMatch(
      /^Point texts are the project's own paraphrases of what outlets reported/,
    );

    // A change reported by outlets reads as they state it, with its sources, and strikes nothing.
    const army = await scrolledTo(row(/^Point 6 → 4$/));
    expect(await army.locator('.reported-change').innerText()).toBe(
      'Reported change: 600,000 → 800,000 in peacetime',
    );
    expect(await army.locator('del').count()).toBe(0);
    expect(await army.locator('.link-basis .source a').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('Suspilne')]),
    );

    // Only 7, 10a and 26 are dropped; 27 is kept as point 19.
    expect(
      await page
        .locator('li.row[data-row-kind="dropped"] .row-title')
        .evaluateAll((els) => els.map((e) => e.textContent)),
    ).toEqual(['Point 7 → —', 'Point 10a → —', 'Point 26 → —']);
    expect(await row(/^Point 27 → 19$/).getAttribute('data-row-kind')).toBe('kept');
    expect(
      await (await scrolledTo(row(/^Point 3 → —$/))).locator('.cell').nth(1).innerText(),
    ).toContain('Unknown');

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
