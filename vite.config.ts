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
  },
}));
