import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium, MISSING_BROWSER_MESSAGE } from './chromium';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
    /** The built site, with Vite's manifest in .vite/manifest.json (the lazily loaded modules). */
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const chrome = findChromium();
  if (!chrome) {
    if (process.env.CI === 'true') {
      throw new Error(`CI=true and no Chromium was found.\n${MISSING_BROWSER_MESSAGE}`);
    }
    console.warn(MISSING_BROWSER_MESSAGE);
    project.provide('chromePath', '');
    project.provide('baseUrl', '');
    project.provide('distDir', '');
    return;
  }
  // One folder per run: two runs at once (two terminals, a helper) must not serve each other's files.
  const outDir = resolve(`dist-e2e-${process.pid}`);
  // Vitest sets NODE_ENV=test, which would make Vite ship React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      mode: 'production',
      logLevel: 'warn',
      // The manifest lists every lazily loaded module (tests/e2e/resilience.e2e.ts); it is not
      // part of the deployed build.
      build: { outDir, emptyOutDir: true, manifest: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await serveStatic(outDir, '/some/sub/path/');
  project.provide('chromePath', chrome);
  project.provide('baseUrl', server.url);
  project.provide('distDir', outDir);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
