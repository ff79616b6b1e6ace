/**
 * Issue #17 in a real browser: large, odd and hostile drafts pasted into "Import draft" (a real
 * Ctrl+V through Chromium's clipboard, text generated in the page, nothing committed as big
 * files) end in a preview or a named limit within seconds, and the page does not freeze.
 *
 * "Does not freeze" is measured from a Chromium trace of the page's main thread, recorded before
 * the app loads (main-thread.ts): from the paste to the outcome no task takes more than
 * LONGEST_TASK_MS of the main thread's CPU time (200 ms: see scale.e2e.ts for why), except the one in which the browser hands the page the
 * pasted text. `DataTransfer.getData` is synchronous and copies the clipboard's megabytes before
 * any of the app's code can look at them; no worker can take it. That task is found by the marks
 * around the call (PASTE_MARKS), its cost is printed, and it is bounded by OUTCOME_MS with the
 * rest. A file never has this cost (its bytes are read asynchronously).
 *
 * Then a 10,000-point paste: it is read with a progress bar, saved, and compared with US 28 in
 * the worker; no long task while the worker reads or compares. The figures are printed
 * ("[import] …") for the README and the report.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, expect, it } from 'vitest';
import { generatePair } from '../../scripts/bench/generate';
import type { Version } from '../../src/core/model/types';
import { PASTE_MARKS } from '../../src/features/import/draft-text-box';
import { emptyPersistedState, serializeState, STORE_NAME } from '../../src/store/persisted-state';
import { COMPARE_MEASURE } from '../../src/worker/client';
import { READ_MEASURE } from '../../src/worker/import-client';
import { baseUrl, describeInBrowser, seriousAxeViolations, useBrowser } from './browser';
import {
  recordMainThread,
  stopRecording,
  type MainThreadRecorder,
  type MainThreadTask,
} from './main-thread';

const LONGEST_TASK_MS = 200;
/** "Within a few seconds", with room for a 2-core machine shared with other work. */
const OUTCOME_MS = 10_000;

interface PerfLog {
  frames: number[];
  progressSeen: boolean;
}

declare global {
  interface Window {
    __perf: PerfLog;
  }
}

/** Plain JavaScript text (see scale.e2e.ts for why not a function). */
const INSTRUMENT = `
  (() => {
    const log = { frames: [], progressSeen: false };
    window.__perf = log;
    const tick = (t) => { log.frames.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    new MutationObserver(() => {
      if (!log.progressSeen && document.querySelector('progress[aria-label="Reading the draft"]')) log.progressSeen = true;
    }).observe(document, { childList: true, subtree: true });
  })();`;

/** The inputs of the table, and the 10,000-point draft, generated in the page. */
type Input = 'lines-20000' | 'text-5mb' | 'line-12mb' | 'json-deep' | 'points-10000';

function generate(kind: Input): string {
  switch (kind) {
    case 'lines-20000':
      return Array.from(
        { length: 20_000 },
        (_, i) => `${i + 1}. Clause ${i + 1}: the parties agree on item ${i + 1} of the plan.`,
      ).join('\n');
    case 'text-5mb': {
      // 5,000,000 bytes of prose in paragraphs (under the 5 MB = 5,242,880-byte limit).
      const sentence =
        'The parties shall consider the proposal in good faith and report on progress. ';
      const paragraph = sentence.repeat(12).trim();
      const parts: string[] = [];
      let bytes = 0;
      while (bytes + paragraph.length + 2 <= 5_000_000) {
        parts.push(paragraph);
        bytes += paragraph.length + 2;
      }
      return parts.join('\n\n');
    }
    case 'line-12mb':
      return 'Ukraine '.repeat((12 * 1024 * 1024) / 8);
    case 'json-deep':
      // 400 KB of nesting inside something that looks like a draft.
      return `{"id": "deep", "points": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    case 'points-10000':
      return Array.from(
        { length: 10_000 },
        (_, i) =>
          `${i + 1}. Clause ${i + 1}: the parties agree to review item ${i + 1} of the plan within ${(i % 90) + 10} days of the signing.`,
      ).join('\n');
  }
}

/**
 * The last comparison's figures (COMPARE_MEASURE): its time, the heartbeat while the worker
 * computed (sentAt → computedAt), and the long tasks that started while it computed and until the
 * rows were on the page (the batches of rows are received in between).
 */
async function compareFigures(page: Page) {
  const figures = await page.evaluate((name) => {
    const m = performance.getEntriesByName(name, 'measure').at(-1) as PerformanceMeasure;
    const detail = m.detail as {
      computeMs: number;
      rows: number;
      sentAt: number;
      computedAt: number;
    };
    const inside = window.__perf.frames.filter((t) => t >= detail.sentAt && t <= detail.computedAt);
    const marks = [detail.sentAt, ...inside, detail.computedAt];
    return {
      totalMs: m.duration,
      ...detail,
      end: m.startTime + m.duration,
      longestFrameGapMs: Math.max(...marks.slice(1).map((t, i) => t - marks[i]!)),
    };
  }, COMPARE_MEASURE);
  const tasks = await recorderOf(page).longTasks();
  const startedIn = (from: number, to: number) =>
    tasks.filter((t) => t.start >= from && t.start < to);
  return {
    ...figures,
    whileComputing: startedIn(figures.sentAt, figures.computedAt),
    untilRows: startedIn(figures.sentAt, figures.end),
  };
}

/** Two stored imports, as the store writes them: generated drafts of `sizes` points. */
function storedDrafts(sizes: readonly [number, number]): { value: string; ids: [string, string] } {
  const ids: [string, string] = [
    `imported-generated-${sizes[0]}`,
    `imported-generated-${sizes[1]}`,
  ];
  const texts = [generatePair(sizes[0], 42).left, generatePair(sizes[1], 7).right];
  const imports = Object.fromEntries(
    ids.map((id, k) => {
      const version: Version = {
        id,
        title: `Generated ${sizes[k]!.toLocaleString('en')} points`,
        date: '2025-11-20',
        completeness: 'full-text',
        claimedPoints: null,
        claimedBy: [],
        reportedBy: [],
        summary: 'Generated for the import limits test (scripts/bench/generate.ts).',
        // Shortened to ~240 characters a point, so both fit in the browser's storage.
        points: texts[k]!.map((text, i) => ({
          label: String(i + 1),
          text: text.slice(0, 240),
          topics: [],
          sources: [],
        })),
      };
      return [id, { version, importedAt: '2025-11-20T12:00:00.000Z' }];
    }),
  );
  return { value: serializeState({ ...emptyPersistedState(), imports }), ids };
}

const recorders = new WeakMap<Page, MainThreadRecorder>();
const recorderOf = (page: Page) => {
  const recorder = recorders.get(page);
  if (!recorder) throw new Error('the page is not recorded: call record(page) first');
  return recorder;
};

/** Before the page loads: the heartbeat and progress watch. */
const watchPage = (page: Page) => page.addInitScript({ content: INSTRUMENT });

/** Record the page's main thread (main-thread.ts) from now on. */
async function record(page: Page) {
  recorders.set(page, await recordMainThread(page));
}

/**
 * The default pair with the import dialog open and the page settled; the main thread is recorded
 * from then on (the page's load is not what these tests measure), unless `record` is false.
 */
async function openDialog(page: Page, options = { record: true }) {
  await watchPage(page);
  await page.goto(baseUrl());
  await page.locator('li.row').first().waitFor();
  await page.getByRole('button', { name: 'Import draft', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a draft' });
  await dialog.waitFor();
  await settled(page);
  if (options.record) await record(page);
  return dialog;
}

/**
 * The page has finished loading (lazy parts, stored notes): nothing of the first load is counted
 * against the import. The browser says when it is idle; on a busy machine that may take a while.
 */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 3000 })),
  );
}

/** Put the generated text on the clipboard, then paste it into the draft box with Ctrl+V. */
async function paste(page: Page, kind: Input): Promise<{ t0: number; length: number }> {
  const length = await page.evaluate(
    async ([source, k]) => {
      // The generator's source crosses into the page as text; the page has no module to import it from.
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const make = (new Function(`return (${source})`) as () => (kind: string) => string)();
      const text = make(k);
      await navigator.clipboard.writeText(text);
      return text.length;
    },
    [generate.toString(), kind] as const,
  );
  await page.getByLabel('Draft text', { exact: true }).focus();
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.press('Control+V');
  return { t0, length };
}

const now = (page: Page) => page.evaluate(() => performance.now());
/** The long tasks that overlap [from, to] (page clock). */
const longTasks = async (page: Page, from: number, to: number) =>
  (await recorderOf(page).longTasks()).filter((t) => t.start + t.duration >= from && t.start <= to);
/** The most main-thread CPU time any one task took (the budget's measure, see main-thread.ts). */
const longest = (tasks: readonly MainThreadTask[]) => Math.max(0, ...tasks.map((t) => t.cpu));

/**
 * The long tasks from `from` to `to`, split into the one in which the browser handed over the
 * pasted text (it holds the paste marks) and all the others, with the hand-over's own time.
 */
async function tasksAroundPaste(page: Page, from: number, to: number) {
  const all = await longTasks(page, from, to);
  const marks = await page.evaluate(
    ([start, received]) => ({
      start: performance.getEntriesByName(start!, 'mark').at(-1)?.startTime,
      received: performance.getEntriesByName(received!, 'mark').at(-1)?.startTime,
    }),
    [PASTE_MARKS.start, PASTE_MARKS.received],
  );
  const inPaste = (t: MainThreadTask) =>
    marks.start !== undefined && t.start <= marks.start && marks.start <= t.start + t.duration;
  return {
    pasteTask: all.find(inPaste),
    others: all.filter((t) => !inPaste(t)),
    handOverMs:
      marks.start !== undefined && marks.received !== undefined
        ? marks.received - marks.start
        : undefined,
  };
}

const described = (tasks: readonly MainThreadTask[], t0: number) =>
  tasks.map(
    (t) =>
      `${Math.round(t.cpu)} ms CPU (${Math.round(t.duration)} ms wall) at +${Math.round(t.start - t0)}`,
  );

async function newClipboardPage(session: ReturnType<typeof useBrowser>) {
  const context = await session.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseUrl()).origin,
  });
  return session.newPage(context);
}

describeInBrowser('importing large, odd and hostile drafts (issue #17)', () => {
  const session = useBrowser();
  const folder = mkdtempSync(join(tmpdir(), 'import-limits-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  afterEach(stopRecording);

  it('shows the limits before anything is pasted', async () => {
    const page = await session.newPage();
    const dialog = await openDialog(page, { record: false });
    const box = dialog.getByLabel('Draft text', { exact: true });
    const described = await box.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).innerText()).toBe(
      'Limits: Up to 5 MB, 100,000 lines and 10,000 points (20,000 characters per point); JSON files up to 16 levels deep.',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it.each<[Input, 'preview' | 'problem' | 'alert', RegExp]>([
    [
      'lines-20000',
      'problem',
      /^This draft has 20,000 points; the limit is 10,000\. Import it in parts\.$/,
    ],
    ['text-5mb', 'preview', /^Preview: [\d,]+ points$/],
    [
      'line-12mb',
      'alert',
      /^The pasted text is 12 MB; the limit is 5 MB\. Import the draft in parts\. Nothing was pasted/,
    ],
    [
      'json-deep',
      'problem',
      /^line 1, column \d+: nested more than 16 levels deep \(in points › \[0\] › \[0\]/,
    ],
  ])('%s ends in a %s within seconds, without freezing the page', async (kind, outcome, text) => {
    const page = await newClipboardPage(session);
    const dialog = await openDialog(page);
    const { t0, length } = await paste(page, kind);

    let target;
    if (outcome === 'alert') target = dialog.getByRole('alert');
    else if (outcome === 'preview')
      target = dialog.getByRole('heading', { name: /^Preview: [\d,]+ points$/ });
    else target = dialog.getByRole('list', { name: 'Problems to fix before saving' });
    await target.waitFor({ timeout: OUTCOME_MS });
    const t1 = await now(page);
    expect((await target.innerText()).trim()).toMatch(text);
    if (outcome === 'problem')
      expect(await dialog.getByRole('heading', { name: 'Preview: not read' }).count()).toBe(1);

    const { pasteTask, others, handOverMs } = await tasksAroundPaste(page, t0, t1);
    const figures = {
      kind,
      characters: length,
      outcomeMs: Math.round(t1 - t0),
      clipboardHandOverMs: handOverMs === undefined ? null : Math.round(handOverMs),
      pasteTaskMs: pasteTask ? Math.round(pasteTask.duration) : 0,
      otherLongTasks: described(others, t0),
      progressSeen: await page.evaluate(() => window.__perf.progressSeen),
    };
    console.info('[import]', JSON.stringify(figures));
    expect(t1 - t0).toBeLessThan(OUTCOME_MS);
    expect(longest(others)).toBeLessThan(LONGEST_TASK_MS);
    // The box never holds more than it can show: the refused paste left it empty, a long one
    // shows its start (the whole text is held and read).
    const shown = await dialog.getByLabel('Draft text', { exact: true }).inputValue();
    expect(shown.length).toBeLessThanOrEqual(kind === 'line-12mb' ? 0 : 4000);
    expect(session.errors).toEqual([]);
  });

  it('a deeply nested JSON file is refused before parsing, naming the file and where', async () => {
    const page = await session.newPage();
    const dialog = await openDialog(page);
    // A file on disk: handed over by the browser, not built in the page by the test harness.
    const path = join(folder, 'deep.json');
    writeFileSync(path, generate('json-deep'));
    const t0 = await now(page);
    await dialog.getByLabel('Or choose a file', { exact: true }).setInputFiles(path);
    const problems = dialog.getByRole('list', { name: 'Problems to fix before saving' });
    await problems.waitFor({ timeout: OUTCOME_MS });
    const t1 = await now(page);
    expect(await problems.innerText()).toMatch(
      /^deep\.json: line 1, column \d+: nested more than 16 levels deep/,
    );
    const tasks = await longTasks(page, t0, t1);
    console.info(
      '[import]',
      JSON.stringify({
        kind: 'json-deep file',
        outcomeMs: Math.round(t1 - t0),
        longTasks: described(tasks, t0),
      }),
    );
    expect(longest(tasks)).toBeLessThan(LONGEST_TASK_MS);
    expect(session.errors).toEqual([]);
  });

  it('a 10,000-point paste previews with progress, saves, and compares with US 28 while the page keeps painting', async () => {
    const page = await newClipboardPage(session);
    const dialog = await openDialog(page);
    expect(await page.getByLabel('Left version', { exact: true }).inputValue()).toBe('us-28');

    // --- Read in the worker, with a progress bar and no long task.
    const { t0 } = await paste(page, 'points-10000');
    const heading = dialog.getByRole('heading', { name: 'Preview: 10,000 points' });
    await heading.waitFor({ timeout: OUTCOME_MS });
    const t1 = await now(page);
    const { others: reading, pasteTask, handOverMs } = await tasksAroundPaste(page, t0, t1);
    const read = await page.evaluate((name) => {
      const m = performance.getEntriesByName(name, 'measure').at(-1) as PerformanceMeasure;
      return { duration: m.duration, detail: m.detail as { checkMs: number; points: number } };
    }, READ_MEASURE);
    expect(await page.evaluate(() => window.__perf.progressSeen)).toBe(true);
    expect(read.detail.points).toBe(10_000);
    expect(longest(reading)).toBeLessThan(LONGEST_TASK_MS);
    // The preview is paged: 100 points in the DOM, not 10,000.
    const points = dialog.getByRole('list', { name: 'Points found' }).getByRole('listitem');
    expect(await points.count()).toBe(100);
    expect(await dialog.getByText('Points 1–100 of 10,000').count()).toBe(1);
    // The box shows the start of the held text, and says so.
    expect(
      await dialog.getByText(/^The box shows the first 4,000 of [\d,]+ characters/).count(),
    ).toBe(1);
    await recorderOf(page).pause(); // not the audit's own tasks
    expect(await seriousAxeViolations(page)).toEqual([]);
    await recorderOf(page).resume();

    // --- Save and compare with US 28 (the left side).
    await dialog.getByLabel('Title', { exact: true }).fill('Ten thousand points');
    const s0 = await now(page);
    await dialog.getByRole('button', { name: 'Save draft' }).click();
    const list = page.locator('ol[data-virtual-rows]');
    await list.waitFor({ timeout: 60_000 });
    await page.locator('li.row').first().waitFor();
    const s1 = await now(page);
    expect(await page.getByLabel('Right version', { exact: true }).inputValue()).toBe(
      'imported-ten-thousand-points',
    );
    const compare = await compareFigures(page);
    // Quiet runs are folded by default; with every row shown, the list holds the whole comparison.
    await page.getByRole('button', { name: 'Show every row' }).click();
    await expect
      .poll(async () => Number(await list.getAttribute('data-virtual-rows')))
      .toBe(compare.rows);
    expect(compare.rows).toBeGreaterThanOrEqual(10_000);
    expect(await page.locator('li.row').count()).toBeLessThan(60);
    expect(longest(compare.untilRows)).toBeLessThan(LONGEST_TASK_MS);
    expect(compare.longestFrameGapMs).toBeLessThan(500);

    const saving = await longTasks(page, s0, s1);
    console.info(
      '[import] 10,000 points',
      JSON.stringify({
        previewMs: Math.round(t1 - t0),
        clipboardHandOverMs: handOverMs === undefined ? null : Math.round(handOverMs),
        pasteTaskMs: pasteTask ? Math.round(pasteTask.duration) : 0,
        readInWorkerMs: Math.round(read.detail.checkMs),
        otherLongTasksWhileReading: described(reading, t0),
        saveToRowsMs: Math.round(s1 - s0),
        compareMs: Math.round(compare.totalMs),
        computeInWorkerMs: Math.round(compare.computeMs),
        rows: compare.rows,
        longTasksWhileComparingAndReceiving: described(compare.untilRows, compare.sentAt),
        longestFrameGapWhileComparingMs: Math.round(compare.longestFrameGapMs),
        longTasksFromSaveToRows: described(saving, s0),
      }),
    );
    expect(session.errors).toEqual([]);
  });

  it('a 10,000-point import compared with a 3,000-point version: worker, batched rows, smooth scrolling', async () => {
    const page = await session.newPage();
    const { value, ids } = storedDrafts([3000, 10_000]);
    await page.addInitScript({
      content: `localStorage.setItem(${JSON.stringify(STORE_NAME)}, ${JSON.stringify(value)});`,
    });
    // Recorded from before the load: the comparison runs as the page opens.
    await watchPage(page);
    await record(page);
    await page.goto(`${baseUrl()}?v=1&l=${ids[0]}&r=${ids[1]}`);
    const list = page.locator('ol[data-virtual-rows]');
    await list.waitFor({ timeout: 60_000 });
    const compare = await compareFigures(page);
    const rows = Number(await list.getAttribute('data-virtual-rows'));
    expect(rows).toBe(compare.rows);
    expect(rows).toBeGreaterThan(10_000);

    // Scroll to the end through the virtual list.
    await settled(page);
    const s0 = await now(page);
    await page.mouse.move(640, 450);
    for (let step = 1; step <= 20; step++) {
      await page.evaluate(
        (f) => window.scrollTo(0, f * (document.documentElement.scrollHeight - innerHeight)),
        step / 20,
      );
      await page.mouse.wheel(0, 400);
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
    }
    let last = '';
    for (let i = 0; i < 20; i++) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      const at = await page.evaluate(() => `${scrollY}/${document.documentElement.scrollHeight}`);
      if (at === last) break;
      last = at;
    }
    const s1 = await now(page);
    await page.locator(`li.row[aria-posinset="${rows}"]`).waitFor();
    const scrolling = await longTasks(page, s0, s1);
    console.info(
      '[import] 3,000 → 10,000 points',
      JSON.stringify({
        compareMs: Math.round(compare.totalMs),
        computeInWorkerMs: Math.round(compare.computeMs),
        rows,
        longTasksWhileComparingAndReceiving: described(compare.untilRows, compare.sentAt),
        scrollMs: Math.round(s1 - s0),
        longTasksWhileScrolling: described(scrolling, s0),
        domRows: await page.locator('li.row').count(),
      }),
    );
    expect(longest(compare.untilRows)).toBeLessThan(LONGEST_TASK_MS);
    expect(longest(scrolling)).toBeLessThan(LONGEST_TASK_MS);
    expect(await page.locator('li.row').count()).toBeLessThan(60);
    expect(session.errors).toEqual([]);
  });
});
