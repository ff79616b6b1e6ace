/** Shared by the notes journeys: open a pair with the notes layer loaded, and find a point. */
import type { Locator, Page } from 'playwright-core';
import { baseUrl } from './browser';

export const pair = (left: string, right: string) => `${baseUrl()}?v=1&l=${left}&r=${right}`;
export const pointOf = (page: Page, id: string): Locator => page.locator(`[data-point-id="${id}"]`);

export async function open(page: Page, left: string, right: string): Promise<void> {
  await page.goto(pair(left, right));
  // The notes layer (and the store that reads storage) arrives right after the first paint.
  await page.getByRole('button', { name: /^Your notes \(\d+\)$/ }).waitFor();
  await page.locator('ol.rows > li').first().waitFor();
  // Quiet points are folded into lines; these journeys note any point, so show them all.
  const all = page.getByRole('button', { name: 'Show every row' });
  if (await all.count()) await all.click();
  await pointOf(page, `${left}:1`).first().waitFor();
}
