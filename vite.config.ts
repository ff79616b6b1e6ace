/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { parseDataset } from './src/core/model/schema';
import { bundledFiles } from './src/data/bundled-files';

/**
 * Validate data/ when building: the production page trusts the bundled data (src/data/bundled.ts),
 * so a broken data file must stop the build, with every message naming file, point and field.
 */
function validateBundledData(): Plugin {
  return {
    name: 'validate-bundled-data',
    apply: 'build',
    buildStart() {
      const parsed = parseDataset(bundledFiles);
      if (!parsed.ok) this.error(`data/ is invalid:\n${parsed.errors.join('\n')}`);
    },
  };
}

export default defineConfig({
  // Relative base: the static build works from any sub-path of any static host.
  base: './',
  plugins: [react(), validateBundledData()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
    restoreMocks: true,
  },
});
