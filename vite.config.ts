/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { DATA_CACHE, DATA_FILE } from './src/app/offline/cached-data';
import { dataFiles } from './scripts/vite-data-plugin.ts';

// Tests that need no DOM (every other src test file runs in jsdom, each file with its own).
const NODE_DIRS = ['src/core', 'src/cli', 'src/worker', 'src/data', 'scripts', 'tests/lint'];
// The store over memoryStorage(): slices, migrations, recovery (cross-tab and hooks need a window).
const NODE_STORE_TESTS = [
  'decisions-slice',
  'imports-slice',
  'migrations',
  'notes-slice',
  'recovery',
  'special-ids',
].map((name) => `src/store/${name}.test.ts`);
const NODE_TESTS = [...NODE_DIRS.map((dir) => `${dir}/**/*.test.ts`), ...NODE_STORE_TESTS];

/**
 * Node test files that need modules of their own, where the others share their worker's: they
 * replace one (vi.mock reaches only modules loaded after it; vi.resetModules reloads them), or test
 * what a module does when it is first loaded. In a shared worker such a file fails, or passes only
 * by the order files happen to run in. Files that replace modules are found by reading them, so a
 * new one cannot be forgotten; first-load tests are listed by hand.
 */
const FIRST_LOAD_TESTS = [
  'src/core/url/codec.pending.test.ts', // payload support absent until loaded
];
const testFilesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => `${dir}/${file.replaceAll('\\', '/')}`)
    .filter((file) => file.endsWith('.test.ts'));
const ISOLATED_NODE_TESTS = [
  ...[...NODE_DIRS.flatMap(testFilesIn), ...NODE_STORE_TESTS].filter((file) =>
    /\bvi\.(?:mock|doMock|resetModules)\(/.test(readFileSync(file, 'utf8')),
  ),
  ...FIRST_LOAD_TESTS,
];

/**
 * Offline after the first visit, installable, and updates the reader is told of (issue #14). The
 * service worker precaches the shell (every built script, style, the page and icons); the version
 * data files, named by content hash, are cached as they are fetched and answered from the cache
 * first, so every version the reader has opened works offline, without downloading the rest.
 * 'prompt': a new build waits until the reader reloads (the notice offers it) or comes back, so a
 * page is never swapped under a reader mid-read. The page registers the worker itself, after
 * load (src/app/offline/start.tsx).
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Peace-plan drafts compared',
    short_name: 'Peace-plan drafts',
    description:
      'Point by point: what changed between the reported drafts of the US-brokered Russia–Ukraine peace plan.',
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1f4e79',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      // The picture keeps inside the centre 80% circle (scripts/icons.ts), so it may be masked.
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,txt}'],
    navigateFallback: 'index.html',
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: DATA_FILE,
        handler: 'CacheFirst',
        options: { cacheName: DATA_CACHE, cacheableResponse: { statuses: [200] } },
      },
    ],
  },
});

/**
 * Chunks the page loads by itself once the first view is shown (src/app/use-enhancements.ts,
 * src/main.tsx's offline start, the print parts the enhancements render). Vite would preload the
 * scripts each imports with a `<link rel="modulepreload">` apiece, all added from script in one
 * task; with Lighthouse's recording every request started from script cost about 5 ms there (the
 * enhancements' ten links: a 54 ms task, counted four times over on a phone; issue #14). Without
 * them the browser fetches what a chunk imports once it has the chunk, a round trip later, while
 * nothing waits for it. Their stylesheets still load with them. Chunks the reader asks for (the
 * import dialog, the lineage panel, a long list) keep their preloads: someone is waiting.
 */
const LOADED_BY_THE_PAGE = ['enhancements', 'start', 'print-header', 'print-footnotes'];
/** Whether `file` is the chunk of that name (Rollup's `[name]-[hash].js`). */
const isChunk = (name: string, file: string) => new RegExp(`(^|/)${name}-[\\w-]+\\.js$`).test(file);
const loadedByThePage = (file: string) => LOADED_BY_THE_PAGE.some((name) => isChunk(name, file));

/** The build fails when a chunk named above no longer exists (a renamed file would keep its preloads). */
const checkLoadedByThePage: Plugin = {
  name: 'check-loaded-by-the-page',
  apply: 'build',
  generateBundle(_options, bundle) {
    const files = Object.keys(bundle);
    for (const name of LOADED_BY_THE_PAGE)
      if (!files.some((file) => isChunk(name, file)))
        this.error(`vite.config.ts: no chunk named "${name}" (LOADED_BY_THE_PAGE) in the build`);
  },
};

export default defineConfig(({ mode }) => ({
  // Relative base: the static build works from any sub-path of any static host.
  base: './',
  // The data files (validated, one per version, loaded on demand: issue #12). Unit tests read
  // data/ directly (src/data/bundled.ts), so vitest (mode "test") does without them (and without
  // the service worker).
  plugins:
    mode === 'test'
      ? [react()]
      : [
          react(),
          dataFiles({ engine: 'src/core/compare/compare.ts' }),
          offline,
          checkLoadedByThePage,
        ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: {
      resolveDependencies: (file, deps, { hostType }) =>
        hostType === 'js' && loadedByThePage(file) ? [] : deps,
    },
  },
  test: {
    restoreMocks: true,
    // A timeout catches a hang, not slowness: component tests are CPU-bound in jsdom (a role query
    // walks the whole tree, 0.2–0.4 s on a 1,200-node panel here), and the suite must pass with both
    // cores busy, where vitest's 5 s default failed the timeline test at 5.0 s. Speed is measured
    // by `npm run bench`, not by this limit.
    testTimeout: 20_000,
    // Every core: vitest's default leaves one free, which here (2 cores) runs one file at a time.
    // The time is in the test files, not the main process: 10 feature files took 110 s with one
    // worker and 75 s with two, on this machine under load.
    maxWorkers: availableParallelism(),
    // Only component and page tests need a DOM: the core, the CLI, the worker, the data and the
    // lint config run in Node, without jsdom's set-up (~1 s a file on this machine), and share
    // their worker's modules (`isolate: false`) except ISOLATED_NODE_TESTS. jsdom files keep their
    // own DOM and modules: shared, store/hooks.test.ts failed once in about ten runs (a state left
    // by another file, not found yet).
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: NODE_TESTS,
          exclude: ISOLATED_NODE_TESTS,
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'node-isolated', environment: 'node', include: ISOLATED_NODE_TESTS },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: NODE_TESTS,
          setupFiles: ['./src/test-setup.ts'],
        },
      },
    ],
  },
}));
