/**
 * Code that loads on demand, cut off (issue #18): for every lazily loaded module of the build
 * (listed from Vite's manifest, so a new one fails here until it has a scenario) its files are
 * blocked, the feature is used, and the page shows what failed while the rest keeps working;
 * unblocked, Retry makes the feature work. A stale deploy (the chunk answers 404) offers a reload
 * that keeps the view and the reader's unsaved text.
 *
 * Every console error of these pages is one we provoked (a blocked file, or React reporting the
 * failure its boundary caught) and is asserted as such; page errors stay at 0.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page, Request, Route } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import type { Version } from '../../src/core/model/types';
import { generatePair } from '../../scripts/bench/generate';
import { encodeView } from '../../src/core/url/codec';
import '../../src/core/url/payload';
import { defaultView } from '../../src/core/url/view-state';
import { emptyPersistedState, serializeState, STORE_NAME } from '../../src/store/persisted-state';
import {
  baseUrl,
  describeInBrowser,
  seriousAxeViolations,
  useBrowser,
  type Session,
} from './browser';

interface ManifestChunk {
  file: string;
  isDynamicEntry?: boolean;
  css?: string[];
}

/** A module the page loads on demand, and the files that must arrive for it. */
interface LazyModule {
  /** Its source path (the manifest's key), or for a worker `worker:<name>`. */
  name: string;
  files: string[];
}

/**
 * Every dynamic entry of the manifest with its own JS and CSS, and every worker (a JS file the
 * manifest does not list: Vite emits workers as assets).
 */
function lazyModules(): LazyModule[] {
  const dir = inject('distDir');
  if (!dir) return [];
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const modules = Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry)
    .map(([src, chunk]) => ({ name: src, files: [chunk.file, ...(chunk.css ?? [])] }));
  const listed = new Set(Object.values(manifest).flatMap((c) => [c.file, ...(c.css ?? [])]));
  for (const file of readdirSync(join(dir, 'assets'))) {
    if (file.endsWith('.js') && !listed.has(`assets/${file}`))
      modules.push({
        name: `worker:${file.replace(/-[\w-]{8}\.js$/, '')}`,
        files: [`assets/${file}`],
      });
  }
  return modules.sort((a, b) => a.name.localeCompare(b.name));
}

// ---------------------------------------------------------------------------------------------
// Pages

const pair = (left: string, right: string, extra = '') =>
  `${baseUrl()}?v=1&l=${left}&r=${right}${extra}`;
const pointOf = (page: Page, id: string): Locator => page.locator(`[data-point-id="${id}"]`);
const notesButton = (page: Page) => page.getByRole('button', { name: /^Your notes \(\d+\)$/ });

/** The default pair, with the notes layer (the enhancements) in place. */
async function openComparison(page: Page, extra = ''): Promise<void> {
  await page.goto(pair('us-28', 'e3-counter', extra));
  // Point 6 is a change: never folded away (quiet runs such as points 1–5 are).
  await pointOf(page, 'us-28:6').first().waitFor();
  await notesButton(page).waitFor();
}

/** Two generated drafts of `points` points each in the reader's storage (a large comparison). */
function seedLargePair(points: number): { script: string; url: string } {
  const generated = generatePair(points, 7);
  const draft = (id: string, texts: readonly string[]) => {
    const version: Version = {
      id,
      title: `Generated ${id}`,
      date: '2025-11-20',
      completeness: 'full-text',
      claimedPoints: null,
      claimedBy: [],
      reportedBy: [],
      summary: 'Generated for the resilience test (scripts/bench/generate.ts, seed 7).',
      points: texts.map((text, i) => ({ label: String(i + 1), text, topics: [], sources: [] })),
    };
    return { version, importedAt: '2025-11-20T12:00:00.000Z' };
  };
  const imports = {
    'imported-big-a': draft('imported-big-a', generated.left),
    'imported-big-b': draft('imported-big-b', generated.right),
  };
  const value = serializeState({ ...emptyPersistedState(), imports });
  return {
    script: `localStorage.setItem(${JSON.stringify(STORE_NAME)}, ${JSON.stringify(value)});`,
    url: pair('imported-big-a', 'imported-big-b'),
  };
}

async function openLarge(page: Page, points: number): Promise<void> {
  const seed = seedLargePair(points);
  await page.addInitScript({ content: seed.script });
  await page.goto(seed.url);
}

const NOTE_LINK = `${baseUrl()}${encodeView(defaultView({ left: 'us-28', right: 'e3-counter' }), {
  notes: [
    {
      version: 'us-28',
      label: '6',
      text: 'Shared: the cap was 600,000 here.',
      createdAt: '2025-11-24T09:30:00.000Z',
    },
  ],
})}`;

// ---------------------------------------------------------------------------------------------
// Scenarios: one per lazily loaded module

interface Scenario {
  /** Open the page and use the feature whose code is cut off. */
  use(page: Page): Promise<void>;
  /**
   * The start of the message that names what failed; `null` for a part the reader does not need
   * (the offline layer): nothing is said, the page works, and the next visit loads it.
   */
  failure: string | RegExp | null;
  /** The rest of the page that must keep working (beyond the header and the toolbar). */
  rest?(page: Page): Promise<void>;
  /** Instead of pressing every Retry: how this feature is retried. */
  retry?(page: Page, alert: Locator): Promise<void>;
  /** The feature works. */
  works(page: Page): Promise<void>;
}

const rowsShown = async (page: Page) => {
  await pointOf(page, 'us-28:6').first().waitFor();
};

/** The Export menu's choices, opened (the menu arrives with the enhancements). */
async function exportChoice(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('button', { name }).click();
}

async function retryDownload(page: Page, alert: Locator, fileName: string): Promise<void> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Retry' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(fileName);
}

const SCENARIOS: Record<string, Scenario> = {
  'src/app/enhancements.tsx': {
    use: (page) => page.goto(pair('us-28', 'e3-counter')).then(() => undefined),
    failure:
      'Your notes, imported drafts, sharing and downloads could not be loaded. Check the connection and retry.',
    rest: rowsShown,
    works: async (page) => {
      await notesButton(page).waitFor();
      await pointOf(page, 'us-28:6').getByRole('button', { name: 'Add note to point 6' }).waitFor();
    },
  },
  'src/features/import/import-panel.tsx': {
    use: async (page) => {
      await openComparison(page);
      await page.getByRole('button', { name: 'Import draft' }).click();
    },
    failure: 'The import dialog could not be loaded. Check the connection and retry.',
    rest: rowsShown,
    works: (page) => page.getByRole('dialog', { name: 'Import a draft' }).waitFor(),
  },
  'src/ui/notice-list.tsx': {
    use: (page) => page.goto(pair('no-such-draft', 'e3-counter')).then(() => undefined),
    failure: 'The notices about this link could not be loaded.',
    rest: async (page) => pointOf(page, 'e3-counter:6').first().waitFor(),
    works: (page) => page.getByRole('status', { name: 'About this link' }).waitFor(),
  },
  'src/features/notes/notes-panel.tsx': {
    use: async (page) => {
      await openComparison(page);
      await notesButton(page).click();
    },
    failure: 'The notes panel could not be loaded.',
    rest: rowsShown,
    works: (page) => page.getByRole('searchbox', { name: 'Search notes' }).waitFor(),
  },
  'src/features/export/print-header.tsx': {
    use: (page) => page.goto(pair('us-28', 'e3-counter')).then(() => undefined),
    failure: 'The print header could not be loaded.',
    rest: async (page) => {
      await rowsShown(page);
      await notesButton(page).waitFor();
    },
    works: async (page) => {
      await page.locator('.print-header').waitFor({ state: 'attached' });
      await page.locator('.print-footnotes').waitFor({ state: 'attached' });
    },
  },
  'src/features/export/print-footnotes.tsx': {
    use: (page) => page.goto(pair('us-28', 'e3-counter')).then(() => undefined),
    failure: 'The printed list of sources could not be loaded.',
    rest: rowsShown,
    works: async (page) => {
      await page.locator('.print-header').waitFor({ state: 'attached' });
      await page.locator('.print-footnotes').waitFor({ state: 'attached' });
    },
  },
  'src/features/lineage/lineage-panel.tsx': {
    use: async (page) => {
      await openComparison(page);
      await page.getByRole('button', { name: 'Timeline' }).click();
    },
    failure: 'The timeline could not be loaded.',
    rest: async (page) => {
      // Another panel is another part: it tries (and here fails) on its own.
      await page.getByRole('button', { name: 'Topic matrix' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'The topic matrix could not be loaded.' })
        .waitFor();
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await rowsShown(page);
      await page.getByRole('button', { name: 'Timeline' }).click();
    },
    works: (page) => page.locator('ol.timeline').waitFor(),
  },
  'src/core/report/markdown.ts': {
    use: async (page) => {
      await openComparison(page);
      await exportChoice(page, 'Download Markdown');
    },
    failure: 'The Markdown download could not be loaded. Check the connection and retry.',
    rest: rowsShown,
    retry: (page, alert) => retryDownload(page, alert, 'us-28--e3-counter.md'),
    works: async () => {},
  },
  'src/core/report/csv.ts': {
    use: async (page) => {
      await openComparison(page);
      await exportChoice(page, 'Download CSV');
    },
    failure: 'The CSV download could not be loaded. Check the connection and retry.',
    rest: rowsShown,
    retry: (page, alert) => retryDownload(page, alert, 'us-28--e3-counter.csv'),
    works: async () => {},
  },
  'src/core/url/payload.ts': {
    use: (page) => page.goto(NOTE_LINK).then(() => undefined),
    failure: 'The notes and drafts this link carries could not be loaded.',
    works: (page) =>
      page
        .getByRole('region', { name: 'Notes shared with this link on point 6', exact: true })
        .getByText('Shared: the cap was 600,000 here.')
        .waitFor(),
  },
  'src/worker/client.ts': {
    use: (page) => openLarge(page, 200),
    failure: 'The comparison could not be loaded. Check the connection and retry.',
    works: (page) => pointOf(page, 'imported-big-a:1').first().waitFor(),
  },
  'worker:compare.worker': {
    use: (page) => openLarge(page, 200),
    failure: /^The background comparison stopped unexpectedly/,
    works: (page) => pointOf(page, 'imported-big-a:1').first().waitFor(),
  },
  'src/app/offline/start.tsx': {
    use: (page) => page.goto(pair('us-28', 'e3-counter')).then(() => undefined),
    failure: null,
    works: (page) => page.locator('.app-updates[role="status"]').waitFor({ state: 'attached' }),
  },
  'src/ui/legend.tsx': {
    use: async (page) => {
      await openComparison(page);
      await page.locator('details.legend > summary').click();
    },
    failure: 'The legend could not be loaded. Check the connection and retry.',
    rest: rowsShown,
    works: (page) =>
      page.locator('details.legend').getByText('Reported', { exact: true }).waitFor(),
  },
  'worker:import.worker': {
    use: async (page) => {
      await openComparison(page);
      await page.getByRole('button', { name: 'Import draft' }).click();
      await page
        .getByRole('dialog', { name: 'Import a draft' })
        .getByLabel('Draft text', { exact: true })
        .fill('1. The first point.\n2. The second point.');
    },
    failure: /^The draft reader stopped unexpectedly/,
    rest: rowsShown,
    // The dialog keeps the text; "Read again" starts a new reader.
    retry: (_page, alert) => alert.getByRole('button', { name: 'Read again' }).click(),
    works: (page) =>
      page
        .getByRole('dialog', { name: 'Import a draft' })
        .getByRole('heading', { name: 'Preview: 2 points' })
        .waitFor(),
  },
  'src/ui/window-rows.tsx': {
    // Windowed above 300 list entries, and quiet runs fold: 600 generated points give 477 entries
    // (350 gave 273, a plain list that never loads the window).
    use: (page) => openLarge(page, 600),
    failure: /^The list of [\d,]+ rows could not be loaded\./,
    works: (page) => page.locator('ol[data-virtual-rows]').waitFor(),
  },
};

// ---------------------------------------------------------------------------------------------
// Watching the network and the console

/** Console errors with where they came from, and page errors (uncaught: there must be none). */
function watch(page: Page) {
  const consoleErrors: Array<{ text: string; url: string }> = [];
  const pageErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push({ text: msg.text(), url: msg.location().url });
  });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return { consoleErrors, pageErrors };
}

/**
 * Each console error is one we provoked: the browser's "Failed to load resource" for a file we
 * cut off, or React reporting a failure its boundary caught (a message naming that file). (A
 * worker's script failing logs nothing on the page.) The shared session log is then cleared.
 */
function expectOnlyProvoked(
  session: Session,
  seen: ReturnType<typeof watch>,
  files: readonly string[],
): void {
  expect(seen.pageErrors).toEqual([]);
  const names = (s: string) => files.some((f) => s.includes(f));
  const unexpected = seen.consoleErrors.filter(
    (e) =>
      !(
        (e.text.startsWith('Failed to load resource') && names(e.url)) ||
        (/LoadError|Failed to fetch dynamically imported module|Unable to preload CSS/.test(
          e.text,
        ) &&
          names(e.text))
      ),
  );
  expect(unexpected).toEqual([]);
  session.errors.length = 0;
}

/** Cut `files` off the network (as a dropped connection does) until `release()`. */
async function cutOff(page: Page, files: readonly string[], how: 'abort' | 404 = 'abort') {
  const urls = new Set(files.map((f) => new URL(f, baseUrl()).href));
  const requests: Request[] = [];
  let cut = true;
  const matches = (url: URL) => urls.has(url.href.split('?')[0]!);
  await page.route(matches, (route) => {
    requests.push(route.request());
    if (!cut) return route.continue();
    return how === 'abort'
      ? route.abort('internetdisconnected')
      : route.fulfill({ status: 404, body: 'not found' });
  });
  // Workers fetch their script outside the page's routes.
  await page.context().route(matches, (route) => {
    requests.push(route.request());
    return cut ? route.abort('internetdisconnected') : route.continue();
  });
  return {
    requests,
    release: () => {
      cut = false;
    },
  };
}

/**
 * Press Retry in every failure message until none is left. Each press removes its own message
 * (waited for: the page may be busy rendering what just arrived); a message may also go by itself
 * (the enhancements bring the code of the link's payload with them).
 */
async function retryAll(page: Page): Promise<void> {
  const retry = page.getByRole('alert').getByRole('button', { name: 'Retry' });
  while ((await retry.count()) > 0) {
    const button = await retry
      .first()
      .elementHandle({ timeout: 1_000 })
      .catch(() => null);
    if (!button) continue; // gone by itself meanwhile
    await button.click().catch(() => {}); // likewise
    await button.waitForElementState('hidden');
  }
}

async function expectRestOfPage(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Peace-plan drafts compared' }).waitFor();
  expect(await page.getByRole('navigation', { name: 'Comparison controls' }).isVisible()).toBe(
    true,
  );
  expect(await page.getByLabel('Left version', { exact: true }).isEnabled()).toBe(true);
}

// ---------------------------------------------------------------------------------------------

describeInBrowser('code that loads on demand, cut off', () => {
  const session = useBrowser();
  const modules = lazyModules();

  it('the build has lazily loaded modules, and every one has a scenario here', () => {
    expect(modules.length).toBeGreaterThanOrEqual(10);
    expect(modules.map((m) => m.name).filter((name) => !SCENARIOS[name])).toEqual([]);
  });

  for (const module of modules) {
    it(`${module.name}: blocked, its part says so and the page works; Retry loads it`, async () => {
      const scenario = SCENARIOS[module.name];
      if (!scenario) return; // reported by the test above
      const page = await session.newPage();
      const seen = watch(page);
      const network = await cutOff(page, module.files);

      await scenario.use(page);
      if (scenario.failure === null) {
        // Both tries (the first and the automatic retry) fail; then nothing is shown.
        await expect
          .poll(() => network.requests.length, { timeout: 30_000 })
          .toBeGreaterThanOrEqual(2);
        await expectRestOfPage(page);
        await rowsShown(page);
        expect(await page.getByRole('alert').count()).toBe(0);
        network.release();
        await page.reload();
        await scenario.works(page);
        expectOnlyProvoked(session, seen, module.files);
        await page.close();
        return;
      }
      const alert = page.getByRole('alert').filter({ hasText: scenario.failure });
      await alert.first().waitFor();
      await expectRestOfPage(page);
      await scenario.rest?.(page);
      expect(network.requests.length, 'the blocked file was asked for').toBeGreaterThan(0);

      network.release();
      if (scenario.retry) await scenario.retry(page, alert.first());
      else await retryAll(page);
      await scenario.works(page);
      // Styled too: its stylesheets arrived (Vite's helper alone would not ask for them again).
      for (const css of module.files.filter((f) => f.endsWith('.css'))) {
        const href = new URL(css, baseUrl()).href;
        // Loaded before the part's code ran (lazy-import.ts awaits it), so already there.
        expect(
          await page.evaluate(
            (h) => [...document.styleSheets].some((s) => s.href === h && s.cssRules.length > 0),
            href,
          ),
        ).toBe(true);
      }
      expect(
        await page
          .getByRole('alert')
          .filter({ hasText: /could not be loaded/ })
          .count(),
      ).toBe(0);
      expectOnlyProvoked(session, seen, module.files);
      await page.close();
    });
  }

  const fileOf = (src: string) => modules.find((m) => m.name === src)!.files;

  it('a file that fails once arrives on the automatic retry: no message at all', async () => {
    const page = await session.newPage();
    const seen = watch(page);
    const files = fileOf('src/features/import/import-panel.tsx');
    const js = new URL(files[0]!, baseUrl()).href;
    let failures = 0;
    await page.route(js, (route) =>
      failures++ === 0 ? route.abort('internetdisconnected') : route.continue(),
    );
    await openComparison(page);
    await page.getByRole('button', { name: 'Import draft' }).click();
    await page.getByRole('dialog', { name: 'Import a draft' }).waitFor();
    expect(failures).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(seen.pageErrors).toEqual([]);
    expect(seen.consoleErrors.every((e) => e.url === js)).toBe(true);
    session.errors.length = 0;
  });

  it("a part's cut-off stylesheet holds up no other part, and its own failure still shows", async () => {
    // The race this pins down: the enhancements' retry was loading their stylesheet when another
    // part's code was asked for; that load reloaded every failed stylesheet, removing the pending
    // <link> (no load or error event ever fires then): the enhancements waited for ever and the
    // other part failed on a stylesheet that was not its own. Here the retry's request is held
    // until the other part has loaded.
    const page = await session.newPage();
    const seen = watch(page);
    const files = fileOf('src/app/enhancements.tsx');
    const [js, css] = ['.js', '.css'].map(
      (ext) =>
        new URL(
          files.find((f) => f.endsWith(ext))!,
          baseUrl(),
        ).href,
    );
    await page.route(js!, (route) => route.abort('internetdisconnected'));
    const cssRequests: Route[] = [];
    await page.route(css!, (route) => {
      cssRequests.push(route);
      // The retry's request waits for the test; the others (the first try, the check whether the
      // file is gone) fail at once.
      return cssRequests.length === 2 ? undefined : route.abort('internetdisconnected');
    });
    await page.goto(pair('us-28', 'e3-counter'));
    await expect.poll(() => cssRequests.length, { timeout: 30_000 }).toBe(2);

    await page.getByRole('button', { name: 'Import draft' }).click();
    await page.getByRole('dialog', { name: 'Import a draft' }).waitFor();
    expect(cssRequests.length, 'nothing else asked for the held stylesheet').toBe(2);

    await cssRequests[1]!.abort('internetdisconnected');
    await page
      .getByRole('alert')
      .filter({
        hasText: 'Your notes, imported drafts, sharing and downloads could not be loaded.',
      })
      .waitFor();
    expect(await page.getByRole('alert').count()).toBe(1);
    expectOnlyProvoked(session, seen, files);
  });

  it('a failed part leaves an open note editor elsewhere as it was', async () => {
    const page = await session.newPage();
    const seen = watch(page);
    const files = fileOf('src/features/import/import-panel.tsx');
    await cutOff(page, files);
    await openComparison(page);
    const point6 = pointOf(page, 'us-28:6');
    await point6.getByRole('button', { name: 'Add note to point 6' }).click();
    await point6.getByRole('textbox', { name: 'Note' }).fill('Army cap: compare with E3.');
    await page.getByRole('button', { name: 'Import draft' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'The import dialog could not be loaded.' })
      .waitFor();
    expect(await point6.getByRole('textbox', { name: 'Note' }).inputValue()).toBe(
      'Army cap: compare with E3.',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await point6.getByRole('button', { name: 'Save note' }).click();
    await point6.locator('.note-text', { hasText: 'Army cap: compare with E3.' }).waitFor();
    expectOnlyProvoked(session, seen, files);
  });

  it('a new deploy removed a chunk: "reload" keeps the view and every unsaved text', async () => {
    const page = await session.newPage();
    const seen = watch(page);
    const view = pair('us-28', 'zelensky-20', '&m=inline&h=1');
    await page.goto(view);
    await notesButton(page).waitFor();

    // A saved note being edited, a new note being written, and a draft being imported: none saved.
    // (Points 2 and 6 are changes, shown with "Hide unchanged"; quiet rows are not.)
    const point2 = pointOf(page, 'us-28:2');
    await point2.getByRole('button', { name: 'Add note to point 2' }).click();
    await point2.getByRole('textbox', { name: 'Note' }).fill('Sovereignty: confirmed.');
    await point2.getByRole('button', { name: 'Save note' }).click();
    await point2.getByRole('button', { name: 'Edit note on point 2' }).click();
    await point2.getByRole('textbox', { name: 'Note' }).fill('Sovereignty: confirmed twice.');
    const point6 = pointOf(page, 'us-28:6');
    await point6.getByRole('button', { name: 'Add note to point 6' }).click();
    await point6.getByRole('textbox', { name: 'Note' }).fill('Army cap: 600,000 → 800,000.');
    await page.getByRole('button', { name: 'Import draft' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a draft' });
    await dialog.getByLabel('Draft text').fill('1. First point\n2. Second point');
    await dialog.getByLabel('Title').fill('Leaked on Monday');
    await dialog.getByLabel('Outlet (optional)').fill('Example Times');

    // The notes panel's chunk is gone from the server.
    const files = fileOf('src/features/notes/notes-panel.tsx');
    const network = await cutOff(page, files, 404);
    await notesButton(page).click();
    const alert = page.getByRole('alert').filter({
      hasText:
        'The notes panel could not be loaded: a new version is available — reload. Your view and unsaved text are kept.',
    });
    await alert.waitFor();
    expect(await alert.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    network.release(); // the new version is in place
    expectOnlyProvoked(session, seen, files);

    await Promise.all([
      page.waitForEvent('load'),
      alert.getByRole('button', { name: 'Reload' }).click(),
    ]);
    expect(page.url()).toBe(view);
    await pointOf(page, 'us-28:2').first().waitFor();
    expect(await page.getByLabel('Hide unchanged').isChecked()).toBe(true);

    const reopened = page.getByRole('dialog', { name: 'Import a draft' });
    await reopened.waitFor();
    expect(await reopened.getByLabel('Draft text').inputValue()).toBe(
      '1. First point\n2. Second point',
    );
    expect(await reopened.getByLabel('Title').inputValue()).toBe('Leaked on Monday');
    expect(await reopened.getByLabel('Outlet (optional)').inputValue()).toBe('Example Times');
    // The notes layer arrives after the first paint; the editors open with it.
    const editor6 = pointOf(page, 'us-28:6').getByRole('textbox', { name: 'Note' }).first();
    await editor6.waitFor();
    expect(await editor6.inputValue()).toBe('Army cap: 600,000 → 800,000.');
    expect(
      await pointOf(page, 'us-28:2').getByRole('textbox', { name: 'Note' }).first().inputValue(),
    ).toBe('Sovereignty: confirmed twice.');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    // Saved now, the texts are the reader's notes; the dialog's cancel forgets its text.
    await pointOf(page, 'us-28:6').getByRole('button', { name: 'Save note' }).first().click();
    await reopened.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Import draft' }).click();
    expect(
      await page.getByRole('dialog', { name: 'Import a draft' }).getByLabel('Title').inputValue(),
    ).toBe('');
    expect(session.errors).toEqual([]);
  });

  it("a stylesheet gone with the deploy (Vite's vite:preloadError) offers the reload too", async () => {
    const page = await session.newPage();
    const seen = watch(page);
    await page.addInitScript({
      content: `window.__preloadErrors = 0; addEventListener('vite:preloadError', () => window.__preloadErrors++);`,
    });
    const files = fileOf('src/features/import/import-panel.tsx');
    const css = files.filter((f) => f.endsWith('.css'));
    expect(css).toHaveLength(1);
    await cutOff(page, css, 404);
    await openComparison(page);
    await page.getByRole('button', { name: 'Import draft' }).click();
    const alert = page.getByRole('alert').filter({
      hasText: 'The import dialog could not be loaded: a new version is available — reload.',
    });
    await alert.waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { __preloadErrors: number }).__preloadErrors),
    ).toBe(1); // Vite's helper; the retry loads the stylesheet itself
    await alert.getByRole('button', { name: 'Reload' }).waitFor();
    expectOnlyProvoked(session, seen, css);
  });
});
