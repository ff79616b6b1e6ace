/**
 * Code that loads on demand can fail to arrive: the connection dropped (a train, a flaky phone),
 * or a new deploy removed the old hashed files. Every `import()` in src goes through
 * `importWithRetry` (one automatic retry) and every lazily loaded component through
 * `lazyWithRetry` (after a boundary's Retry it fetches again; React's own `lazy` keeps the
 * rejection for ever). What still fails after the retry is a `LoadError` that
 * says whether the file is gone from the server (`stale`: the page is older than the deploy).
 *
 * A second `import()` of a file that failed fetches it again (Chromium 156, checked by
 * tests/e2e/resilience.e2e.ts); a stylesheet that failed is loaded again here (`attempt`).
 */
import { createElement, lazy, type ComponentProps, type ComponentType } from 'react';

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
 * The file a failed import names. Browsers name it in the message ("Failed to fetch dynamically
 * imported module: https://…/assets/x-1a2b.js"), and so do Vite ("Unable to preload CSS for
 * https://…/assets/x-1a2b.css") and `loadStylesheet`.
 */
const fileIn = (error: unknown) =>
  error instanceof Error ? /https?:\/\/\S+/.exec(error.message)?.[0] : undefined;

/**
 * Stylesheets that failed to load, by the `load` that needed them. Vite's preload helper never
 * asks for a failed stylesheet again (it keeps its href as seen), and would let the retry show
 * the part unstyled: each try of that same `load` loads them itself first. Kept per `load`, not
 * for the page: a part whose stylesheet is cut off must not make every other part's code wait for
 * that stylesheet and fail with it.
 */
const failedStyles = new WeakMap<() => Promise<unknown>, Set<string>>();

/**
 * Stylesheets being loaded, by URL: two tries that need the same one share its load. Removing a
 * pending `<link>` to start another cancels it without a load or an error event, and the try
 * waiting for it would wait for ever. (Issue #15: under load, the enhancements' stylesheet was
 * being reloaded when the offline layer's code was asked for; that try removed the pending link
 * and the enhancements never reported their failure. tests/e2e/resilience.e2e.ts holds the
 * request to reproduce it.)
 */
const loadingStyles = new Map<string, Promise<void>>();

function loadStylesheet(url: string): Promise<void> {
  const loading = loadingStyles.get(url);
  if (loading) return loading;
  // Earlier links to it failed (none is loading): a new one asks the server again.
  for (const old of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
    if (old.href === url) old.remove();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = url;
  const load = new Promise<void>((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`Unable to load CSS from ${url}`));
  }).finally(() => loadingStyles.delete(url));
  loadingStyles.set(url, load);
  document.head.append(link);
  return load;
}

/** One try: the stylesheets this `load` failed on before, then `load()`. */
async function attempt<T>(load: () => Promise<T>): Promise<T> {
  const failed = failedStyles.get(load);
  for (const url of failed ?? []) {
    await loadStylesheet(url);
    failed?.delete(url);
  }
  try {
    return await load();
  } catch (error) {
    const file = fileIn(error);
    if (file?.endsWith('.css')) {
      if (failed) failed.add(file);
      else failedStyles.set(load, new Set([file]));
    }
    throw error;
  }
}

/** How long the check whether a file is gone may take before the failure is shown as the connection's. */
const GONE_CHECK_MS = 5000;

/** Whether the file is gone: a 404, or a host's HTML page (a single-page fallback) instead. */
async function fileIsGone(url: string | undefined): Promise<boolean> {
  if (!url) return false;
  try {
    // A stalled connection may never answer: the failure is shown after this long regardless.
    const res = await fetch(url, {
      method: 'HEAD',
      cache: 'no-store',
      signal: AbortSignal.timeout(GONE_CHECK_MS),
    });
    return (
      res.status === 404 ||
      res.status === 410 ||
      (res.ok && /text\/html/.test(res.headers.get('content-type') ?? ''))
    );
  } catch {
    return false; // no answer at all: the connection, not the deploy
  }
}

/**
 * `load()` (an `import()`), tried twice; the second failure becomes a `LoadError`. To try the same
 * module again later (a Retry), pass the same `load` (a module-level function): the stylesheets
 * it failed on are kept with it.
 */
export async function importWithRetry<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await attempt(load);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
  }
  try {
    return await attempt(load);
  } catch (error) {
    throw new LoadError(error, await fileIsGone(fileIn(error)));
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
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bound of React.lazy's own signature
export function lazyWithRetry<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): ComponentType<ComponentProps<T>> {
  const fresh = () =>
    lazy(() =>
      importWithRetry(load).catch((error: unknown) => {
        failedLoads.add(() => (current = fresh()));
        throw error;
      }),
    );
  let current = fresh();
  return function Lazy(props: ComponentProps<T>) {
    return createElement(current, props);
  };
}
