/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The page never shows a source's `holds` (what the page holds: provenance for maintainers of
 * data/, kept there and in the CLI) nor its `covers` (the points it holds, which only the data
 * check reads). Dropping both from the browser build keeps ~4 KB gzip out of the first load
 * (issue #2 budget). Build only: tests and the dev server read data/ as it is.
 */
function sourcesWithoutHolds(): Plugin {
  return {
    name: 'sources-without-holds',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/data/sources.json')) return null;
      const sources = JSON.parse(code) as Array<Record<string, unknown>>;
      const shown = sources.map(({ holds: _holds, covers: _covers, ...rest }) => rest);
      return { code: JSON.stringify(shown), map: null };
    },
  };
}

// Tests that need no DOM (every other src test file runs in jsdom).
const NODE_TESTS = [
  'src/core/**/*.test.ts',
  'src/cli/**/*.test.ts',
  'src/worker/**/*.test.ts',
  'src/data/**/*.test.ts',
  'scripts/**/*.test.ts',
  'tests/lint/**/*.test.ts',
];

export default defineConfig({
  // Relative base: the static build works from any sub-path of any static host.
  base: './',
  plugins: [react(), sourcesWithoutHolds()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  test: {
    restoreMocks: true,
    // Only component and page tests need a DOM: the core, the CLI, the worker, the data and the
    // lint config run in Node, without jsdom's set-up (~1 s a file on this machine).
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: NODE_TESTS },
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
});
