/**
 * Document scale in a real browser: two generated 3,000-point drafts (scripts/bench/generate.ts,
 * seeded, so every run compares the same pair) are put in the reader's stored imports, compared
 * in the worker, every row shown ("Show every row": quiet runs are folded by default), scrolled
 * from top to bottom through the windowed list (@tanstack/react-virtual), and printed.
 *
 * What "does not freeze" means here, measured by a Chromium trace of the page's main thread
 * (main-thread.ts: each task's CPU time, so other processes on the machine do not count against
 * the page) and a requestAnimationFrame heartbeat in the page, both started before the app loads:
 * - while the worker computes (from the drafts leaving the page to the engine's "done computing"
 *   message, see COMPARE_MEASURE in src/worker/client.ts) no task takes more than
 *   LONGEST_TASK_MS of CPU time,
 *   and the heartbeat keeps ticking: no gap between frames reaches HEARTBEAT_GAP_MS. That bound is
 *   looser because a frame can also be late when the 2 CPUs are busy with other processes (no
 *   long task is reported then); a comparison on the main thread shows as one gap as long as the
 *   whole comparison (~0.7–1.8 s for this pair here) and as a long task of the same length;
 * - while scrolling to the end, no task takes more than LONGEST_TASK_MS of CPU time.
 * LONGEST_TASK_MS = 200 ms: four times the 50 ms long-task line, the point where a reader feels a
 * scroll hitch as a freeze (RAIL's 100 ms response budget, doubled for this 2-core machine and for
 * a headless browser without a GPU). A freezing implementation (the comparison on the main thread:
 * hundreds of ms; rendering 3,000 rows: seconds) misses it by far.
 */
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { generatePair } from '../../scripts/bench/generate';
import { parseImportedDraft, type ImportedDraft } from '../../src/core/notes/imported-drafts';
import type { Version } from '../../src/core/model/types';
import { emptyPersistedState, serializeState, STORE_NAME } from '../../src/store/persisted-state';
import { COMPARE_MEASURE } from '../../src/worker/client';
import { baseUrl, describeInBrowser, useBrowser } from './browser';
import { recordMainThread, stopRecording, type MainThreadTask } from './main-thread';

const POINTS = 3000;
const LONGEST_TASK_MS = 200;
const HEARTBEAT_GAP_MS = 500;
const LEFT_ID = 'imported-generated-3000-a';
const RIGHT_ID = 'imported-generated-3000-b';

function draft(id: string, title: string, texts: readonly string[]): ImportedDraft {
  const version: Version = {
    id,
    title,
    date: '2025-11-20',
    completeness: 'full-text',
    claimedPoints: null,
    claimedBy: [],
    reportedBy: [],
    summary: 'Generated for the scale test (scripts/bench/generate.ts, seed 42).',
    points: texts.map((text, i) => ({ label: String(i + 1), text, topics: [], sources: [] })),
  };
  return { version, importedAt: '2025-11-20T12:00:00.000Z' };
}

/** The persisted store value holding both drafts, exactly as the store writes it. */
function storedValue(): string {
  const pair = generatePair(POINTS, 42);
  const imports = {
    [LEFT_ID]: draft(LEFT_ID, 'Generated draft A (3,000 points)', pair.left),
    [RIGHT_ID]: draft(RIGHT_ID, 'Generated draft B (edited)', pair.right),
  };
  for (const d of Object.values(imports)) {
    const checked = parseImportedDraft(JSON.parse(JSON.stringify(d)), d.version.id);
    if (!checked.ok)
      throw new Error(
        `the generated draft no longer passes the import schema:\n${checked.errors.slice(0, 5).join('\n')}`,
      );
  }
  return serializeState({ ...emptyPersistedState(), imports });
}

interface PerfLog {
  frames: number[];
  progressSeen: boolean;
}

declare global {
  interface Window {
    __perf: PerfLog;
  }
}

/**
 * Runs in the page before any of its scripts: seed storage, watch long tasks, frames and the
 * progress bar. Plain JavaScript text, not a function: the test's own transform may add helpers
 * (`__name`) that do not exist in the page.
 */
function instrument(key: string, value: string): string {
  return `
    localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(value)});
    (() => {
      const log = { frames: [], progressSeen: false };
      window.__perf = log;
      const tick = (t) => { log.frames.push(t); requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      new MutationObserver(() => {
        if (!log.progressSeen && document.querySelector('progress[aria-label="Comparing drafts"]')) log.progressSeen = true;
      }).observe(document, { childList: true, subtree: true });
    })();`;
}

/** The most main-thread CPU time any one of `tasks` took (the budget's measure). */
const mostCpu = (tasks: readonly MainThreadTask[]) => Math.max(0, ...tasks.map((t) => t.cpu));

/** Two animation frames: whatever a scroll triggered has rendered and painted. */
const settle = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );

describeInBrowser('document scale: 3,000-point drafts', () => {
  const session = useBrowser();
  afterEach(stopRecording);

  it('compares in a worker with the page painting, then scrolls to the end without a long task', async () => {
    const page = await session.newPage();
    await page.addInitScript({ content: instrument(STORE_NAME, storedValue()) });
    const mainThread = await recordMainThread(page);
    await page.goto(`${baseUrl()}?v=1&l=${LEFT_ID}&r=${RIGHT_ID}`);

    // The generated pair's digest (the default pair shows for a moment while imports load; the
    // heading alone is there while the worker compares).
    await page
      .locator('[data-digest] .digest-title', { hasText: 'Generated draft B' })
      .waitFor({ timeout: 60_000 });

    // --- The comparison ran in the worker, with progress shown, and the page kept painting.
    const compare = await page.evaluate((name) => {
      const m = performance.getEntriesByName(name, 'measure').at(-1) as
        PerformanceMeasure | undefined;
      if (!m) return null;
      const detail = m.detail as {
        computeMs: number;
        rows: number;
        sentAt: number;
        computedAt: number;
      };
      const { frames, progressSeen } = window.__perf;
      const inside = frames.filter((t) => t >= detail.sentAt && t <= detail.computedAt);
      const marks = [detail.sentAt, ...inside, detail.computedAt];
      const gaps = marks.slice(1).map((t, i) => t - marks[i]!);
      return {
        totalMs: m.duration,
        ...detail,
        framesWhileComputing: inside.length,
        longestFrameGapMs: Math.max(...gaps),
        progressSeen,
      };
    }, COMPARE_MEASURE);
    expect(compare, 'no comparison measured: did it run in the worker?').not.toBeNull();
    const whileComputing = (await mainThread.longTasks()).filter(
      (t) => t.start >= compare!.sentAt && t.start < compare!.computedAt,
    );
    console.info(
      '[scale] comparison',
      JSON.stringify({
        ...compare,
        longTasksWhileComputing: whileComputing.length,
        mostCpuInOneTaskMs: Math.round(mostCpu(whileComputing)),
      }),
    );
    expect(compare!.progressSeen).toBe(true);
    expect(compare!.framesWhileComputing).toBeGreaterThan(1);
    expect(compare!.longestFrameGapMs).toBeLessThan(HEARTBEAT_GAP_MS);
    expect(mostCpu(whileComputing)).toBeLessThan(LONGEST_TASK_MS);

    // Quiet runs are folded; the reader asks for every row, and the list is windowed.
    await page.getByRole('button', { name: 'Show every row' }).click();
    const list = page.locator('ol[data-virtual-rows]');
    await list.waitFor({ timeout: 60_000 });
    const setSize = Number(await list.getAttribute('data-virtual-rows'));
    expect(setSize).toBe(compare!.rows);
    expect(setSize).toBeGreaterThan(POINTS * 0.9);
    expect(await page.locator('li.row').count()).toBeLessThan(60);

    // --- Scroll to the end: jumps through the document, wheel turns, then the bottom.
    const scrollStart = await page.evaluate(() => performance.now());
    await page.mouse.move(640, 450);
    for (let i = 0; i < 15; i++) {
      await page.mouse.wheel(0, 700);
      await settle(page);
    }
    for (let step = 1; step <= 20; step++) {
      await page.evaluate(
        (f) => window.scrollTo(0, f * (document.documentElement.scrollHeight - innerHeight)),
        step / 20,
      );
      await settle(page);
      await page.mouse.wheel(0, 400);
      await settle(page);
    }
    // Rows measured near the end change the page height: go to the bottom until it stays put.
    let last = '';
    for (let i = 0; i < 20; i++) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await settle(page);
      const at = await page.evaluate(() => `${scrollY}/${document.documentElement.scrollHeight}`);
      if (at === last) break;
      last = at;
    }
    const scrollEnd = await page.evaluate(() => performance.now());

    const lastRow = page.locator(`li.row[aria-posinset="${setSize}"]`);
    await expect.poll(() => lastRow.count()).toBe(1);
    expect(await lastRow.getAttribute('aria-setsize')).toBe(String(setSize));
    const box = await lastRow.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(900 + 1);
    expect(box!.y + box!.height).toBeGreaterThan(0);
    const domRows = await page.locator('li.row').count();
    expect(domRows).toBeLessThan(60);

    const scrolling = (await mainThread.longTasks()).filter(
      (t) => t.start >= scrollStart && t.start <= scrollEnd,
    );
    const longest = mostCpu(scrolling);
    console.info(
      '[scale] scrolling',
      JSON.stringify({
        ms: Math.round(scrollEnd - scrollStart),
        longTasks: scrolling.length,
        mostCpuInOneTaskMs: Math.round(longest),
        longestWallMs: Math.round(Math.max(0, ...scrolling.map((t) => t.duration))),
        domRows,
      }),
    );
    expect(longest).toBeLessThan(LONGEST_TASK_MS);

    // --- Print: every row is rendered between beforeprint and afterprint, then windowed again.
    const printed = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      const n = document.querySelectorAll('ol[data-virtual-rows] > li.row').length;
      window.dispatchEvent(new Event('afterprint'));
      return n;
    });
    expect(printed).toBe(setSize);
    await expect.poll(() => page.locator('li.row').count()).toBeLessThan(60);

    expect(session.errors).toEqual([]);
  });

  it('opens a permalink to a point far down the list with that row on screen', async () => {
    const page = await session.newPage();
    await page.addInitScript({ content: instrument(STORE_NAME, storedValue()) });
    await page.goto(`${baseUrl()}?v=1&l=${LEFT_ID}&r=${RIGHT_ID}&p=r.2500`);
    const focused = page.locator('li.row.row--focused');
    await focused.waitFor({ timeout: 60_000 });
    const key = await focused.getAttribute('data-row-key');
    expect(key!.split('|R:')[1]!.split(',')).toContain(`${RIGHT_ID}:2500`);
    // Rows above it were measured on the way: it must still be on screen once they settle.
    await settle(page);
    await settle(page);
    const box = await focused.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    expect(session.errors).toEqual([]);
  });
});
