import type { Page } from 'playwright-core';

/**
 * Runs `measure` with every row of the page (and, on a phone, the versions' provenance below them)
 * laid out. Off screen they keep a typical height until first shown (`content-visibility: auto`,
 * app.css), so heights and positions below the screen are estimates; this measures the page as a
 * reader scrolling through it gets it.
 * Used by the answer-first journey and `npm run layout` (no test runner needed).
 */
export async function withEveryRowLaidOut<T>(page: Page, measure: () => Promise<T>): Promise<T> {
  const style = await page.addStyleTag({
    content: '.rows > li, .compare > .version-headers { content-visibility: visible !important; }',
  });
  try {
    return await measure();
  } finally {
    await style.evaluate((el) => el.parentNode?.removeChild(el));
  }
}
