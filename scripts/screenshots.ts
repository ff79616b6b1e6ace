/**
 * The first screen of the viewer, as the README shows it: `npm run build && npm run screenshots`
 * writes docs/screenshots/{desktop,phone}-{light,dark}.png from the production build, opened on
 * US 28 vs Geneva 19 (the journalist's "what did Geneva change?") in Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import { openComparison, serveBuild, VIEWPORTS } from './layout/serve';

const OUT = 'docs/screenshots';
const QUERY = '?v=1&l=us-28&r=geneva-19';

mkdirSync(OUT, { recursive: true });
const served = await serveBuild();
try {
  for (const viewport of VIEWPORTS) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await served.browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: 1,
        colorScheme: scheme,
      });
      const page = await context.newPage();
      await openComparison(page, served.url, QUERY, scheme);
      const path = `${OUT}/${viewport.name}-${scheme}.png`;
      await page.screenshot({ path });
      console.log(path);
      await context.close();
    }
  }
} finally {
  await served.close();
}
