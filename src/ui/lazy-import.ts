/**
 * Code that loads on demand can fail to arrive: the connection dropped (a train, a flaky phone),
 * or a new deploy removed the old hashed files. Every `import()` in src goes through
 * `importWithRetry` (one automatic retry) and every lazily loaded component through
 * `lazyWithRetry` (after a boundary's Retry it fetches again; React's own `lazy` keeps the
 * rejection for ever). What still fails after the retry is a `LoadError` that
 * says whether the file is gone from the server (`stale`: the page is older than the deploy).
 *
 * A second `import()` of a file that failed fetches it again (Chromium 156, checked by
 * tests/e2e/resilience.e2e.ts), and Vite's preload helper forgets failed preloads.
 */
import { createElement, lazy, type ComponentType } from 'react';

/** A wait before the automatic retry: long enough for a blip of the connection to pass. */
const RETRY_AFTER_MS = 400;

/** What reaches a boundary when on-demand code could not be loaded, even after one retry. */
export class LoadError extends Error {
  /**
   * @param stale the file is gone from the server (404, or a host's HTML page instead of code):
   *   a newer version was deployed, and only a reload helps.
   */
  constructor(
    cause: unknown,
    readonly stale: boolean,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'LoadError';
  }
}

/**
 * Whether the file a failed import names is gone. Browsers name it in the message ("Failed to
 * fetch dynamically imported module: https://…/assets/x-1a2b.js"; Vite: "Unable to preload CSS
 * for https://…"). A host with a single-page fallback answers a missing file with its HTML page.
 */
async function fileIsGone(error: unknown): Promise<boolean> {
  const url = error instanceof Error ? /https?:\/\/\S+/.exec(error.message)?.[0] : undefined;
  if (!url) return false;
  try {
    const res = await fetch(url, { method: 'HEAD', cache: 'no-store' });
    return (
      res.status === 404 ||
      res.status === 410 ||
      (res.ok && /text\/html/.test(res.headers.get('content-type') ?? ''))
    );
  } catch {
    return false; // no answer at all: the connection, not the deploy
  }
}

/** `load()` (an `import()`), tried twice; the second failure becomes a `LoadError`. */
export async function importWithRetry<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch {
    await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
  }
  try {
    return await load();
  } catch (error) {
    throw new LoadError(error, await fileIsGone(error));
  }
}

/** Failed lazy components, each with a way to load afresh (see `rearmFailedLoads`). */
const failedLoads = new Set<() => void>();

/**
 * Let every lazy component whose load failed load again the next time it renders. A boundary's
 * Retry calls it. (It cannot happen at the failure itself: React renders a rejected lazy again
 * once it settles, and a fresh load then would hide the failure from the boundary.)
 */
export function rearmFailedLoads(): void {
  for (const rearm of failedLoads) rearm();
  failedLoads.clear();
}

/**
 * `React.lazy` with `importWithRetry`, whose failure is not kept for ever: after a boundary's
 * Retry (`rearmFailedLoads`) it loads again. Put it inside a `PartBoundary` and a `Suspense`.
 */
export function lazyWithRetry<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  const fresh = () =>
    lazy(() =>
      importWithRetry(load).catch((error: unknown) => {
        failedLoads.add(() => (current = fresh()));
        throw error;
      }),
    );
  let current = fresh();
  return function Lazy(props: P) {
    return createElement(current, props);
  };
}
