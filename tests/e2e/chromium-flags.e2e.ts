/**
 * The browser the journeys run in is the one tests/e2e/chromium.ts describes: Chromium keeps only
 * the last `--disable-features`, so ours must carry Playwright's list, and the address bar's WebUI
 * popups (two renderers per window, half of a page load's CPU here) must be off.
 */
import { chromium, type Browser } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { describeInBrowser } from './browser';
import { BASE_CHROMIUM_ARGS, BROWSER_UI_FEATURES, CHROMIUM_ARGS } from './chromium';

/** The `--disable-features` switches of the running browser, as chrome://version shows them. */
async function disabledFeatureSwitches(browser: Browser): Promise<string[][]> {
  const page = await browser.newPage();
  await page.goto('chrome://version');
  const commandLine = await page.locator('#command_line').innerText();
  await page.close();
  return commandLine
    .split(/\s+/)
    .filter((arg) => arg.startsWith('--disable-features='))
    .map((arg) => arg.slice('--disable-features='.length).split(','));
}

const launch = (args: string[]) =>
  chromium.launch({ executablePath: inject('chromePath'), headless: true, args });

describeInBrowser('the Chromium the journeys use', () => {
  it("keeps every feature Playwright turns off, and turns off the address bar's popups", async () => {
    const plain = await launch(BASE_CHROMIUM_ARGS);
    const playwrights = await disabledFeatureSwitches(plain);
    await plain.close();
    expect(playwrights).toHaveLength(1);

    const browser = await launch(CHROMIUM_ARGS);
    try {
      const switches = await disabledFeatureSwitches(browser);
      // Two switches would be one ignored; the last one is what Chromium applies.
      const applied = switches.at(-1)!;
      expect(applied).toEqual(expect.arrayContaining([...playwrights[0]!, ...BROWSER_UI_FEATURES]));

      const page = await browser.newPage();
      const cdp = await browser.newBrowserCDPSession();
      const { targetInfos } = await cdp.send('Target.getTargets');
      expect(targetInfos.filter((t) => t.url.includes('omnibox'))).toEqual([]);
      expect(targetInfos.map((t) => t.type)).toContain('page');
      await page.close();
    } finally {
      await browser.close();
    }
  });
});
