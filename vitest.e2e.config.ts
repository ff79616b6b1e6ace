import { defineConfig } from 'vitest/config';

// Real-browser journeys: the production build, served from a sub-path, driven in Debian's
// Chromium through playwright-core. No browser is ever downloaded.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['./tests/e2e/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // One Chromium at a time: the machine has 2 cores.
    fileParallelism: false,
  },
});
