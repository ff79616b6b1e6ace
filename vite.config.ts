/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { dataFiles } from './scripts/vite-data-plugin.ts';

export default defineConfig(({ mode }) => ({
  // Relative base: the static build works from any sub-path of any static host.
  base: './',
  // The data files (validated, one per version, loaded on demand: issue #12). Unit tests read
  // data/ directly (src/data/bundled.ts), so vitest (mode "test") does without them.
  plugins: mode === 'test' ? [react()] : [react(), dataFiles()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
    restoreMocks: true,
    // A timeout catches a hang, not slowness: component tests are CPU-bound in jsdom (a role query
    // walks the whole tree, 0.2–0.4 s on a 1,200-node panel here), and the suite must pass with both
    // cores busy, where vitest's 5 s default failed the timeline test at 5.0 s. Speed is measured
    // by `npm run bench`, not by this limit.
    testTimeout: 20_000,
  },
}));
