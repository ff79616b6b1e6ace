/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { dataFiles } from './scripts/vite-data-plugin.ts';

// Tests that need no DOM (every other src test file runs in jsdom).
const NODE_TESTS = [
  'src/core/**/*.test.ts',
  'src/cli/**/*.test.ts',
  'src/worker/**/*.test.ts',
  'src/data/**/*.test.ts',
  'scripts/**/*.test.ts',
  'tests/lint/**/*.test.ts',
  // The store over memoryStorage(): slices, migrations, recovery (cross-tab and hooks need a window).
  'src/store/{decisions-slice,imports-slice,migrations,notes-slice,recovery,special-ids}.test.ts',
  'src/app/default-pair.test.ts',
];

export default defineConfig(({ mode }) => ({
  // Relative base: the static build works from any sub-path of any static host.
  base: './',
  // The data files (validated, one per version, loaded on demand: issue #12). Unit tests read
  // data/ directly (src/data/bundled.ts), so vitest (mode "test") does without them.
  plugins: mode === 'test' ? [react()] : [react(), dataFiles()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
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
}));
