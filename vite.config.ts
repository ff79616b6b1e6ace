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

export default defineConfig({
  // Relative base: the static build works from any sub-path of any static host.
  base: './',
  plugins: [react(), sourcesWithoutHolds()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'tests/lint/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
    restoreMocks: true,
  },
});
