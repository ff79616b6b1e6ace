/**
 * Where things land on the first screen, and how tall a comparison is (issue #13): run
 * `npm run build && npm run layout`. For each pair and screen it prints the page height, the top
 * of the "what changed" digest, of the first row and of the first change, the median row height
 * and how many rows a screen holds. The browser tests (tests/e2e/answer-first.e2e.ts) hold the
 * bounds; this prints the figures.
 */
import { withEveryRowLaidOut } from '../tests/e2e/rows-laid-out';
import { openComparison, serveBuild, VIEWPORTS } from './layout/serve';

const PAIRS = [
  ['us-28', 'e3-counter'],
  ['us-28', 'geneva-19'],
  ['us-28', 'zelensky-20'],
] as const;

interface Metrics {
  pageHeight: number;
  digestTop: number | null;
  digestBottom: number | null;
  firstRowTop: number | null;
  firstChangeTop: number | null;
  medianRowHeight: number;
  rowsInDom: number;
}

/**
 * Runs in the page. Plain JavaScript text, not a function: tsx's transform adds helpers
 * (`__name`) that do not exist in the page.
 */
const MEASURE = `(() => {
  const top = (el) => (el ? Math.round(el.getBoundingClientRect().top + scrollY) : null);
  const digest = document.querySelector('[data-digest]');
  const rowEls = [...document.querySelectorAll('li.row')];
  // A change: a row the navigation visits (the app marks them; older builds by kind).
  const change =
    rowEls.find((r) => r.dataset.change === 'true') ??
    rowEls.find((r) => r.dataset.change === undefined &&
      !['unchanged', 'not-reported'].includes(r.dataset.rowKind ?? '')) ??
    null;
  const heights = rowEls.map((r) => r.getBoundingClientRect().height).sort((a, b) => a - b);
  return {
    pageHeight: document.documentElement.scrollHeight,
    digestTop: top(digest),
    digestBottom: digest ? Math.round(digest.getBoundingClientRect().bottom + scrollY) : null,
    firstRowTop: top(rowEls[0] ?? null),
    firstChangeTop: top(change),
    medianRowHeight: Math.round(heights[Math.floor(heights.length / 2)] ?? 0),
    rowsInDom: rowEls.length,
  };
})()`;

const served = await serveBuild();
try {
  const rows: Array<Record<string, string | number | null>> = [];
  for (const viewport of VIEWPORTS) {
    const context = await served.browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
    });
    for (const [left, right] of PAIRS) {
      const page = await context.newPage();
      await openComparison(page, served.url, `?v=1&l=${left}&r=${right}`);
      const m = await withEveryRowLaidOut(page, () => page.evaluate<Metrics>(MEASURE));
      rows.push({
        screen: `${viewport.name} ${viewport.width}×${viewport.height}`,
        pair: `${left} vs ${right}`,
        ...m,
        rowsPerScreen: m.medianRowHeight ? +(viewport.height / m.medianRowHeight).toFixed(1) : null,
      });
      await page.close();
    }
    await context.close();
  }
  console.table(rows);
} finally {
  await served.close();
}
