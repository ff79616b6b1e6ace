import { startTransition, useEffect, useState } from 'react';
import { browserStorage } from '../store/browser-storage';
import { STORE_NAME } from '../store/store-name';
import { importWithRetry } from '../ui/lazy-import';
import { hasUnsavedText } from '../ui/unsaved-text';
import type * as EnhancementsModule from './enhancements';

export type Enhancements = typeof EnhancementsModule;
interface EnhancementsLoad {
  module: Enhancements | null;
  /** They could not be loaded (even after the automatic retry). */
  failure: { error: unknown; retry: () => void } | null;
}

/** One function for every try: the stylesheets a failed try missed are kept with it (lazy-import.ts). */
const loadEnhancements = () => import('./enhancements');

/** A link that names one of the reader's own imports must wait for their stored drafts. */
export const namesImport = (search: string) => /(?:^|[?&])(?:l|r)=imported-/.test(search);

/**
 * Whether the first view needs the enhancements: the reader has something of their own stored
 * (notes, imports, decisions on matches: the view shows them, and decisions change its rows), has
 * unsaved text to get back, or opens a link to one of their imports.
 */
function neededAtOnce(): boolean {
  if (namesImport(window.location.search) || hasUnsavedText('')) return true;
  // No storage (switched off): nothing stored.
  return typeof browserStorage()?.getItem(STORE_NAME) === 'string';
}

const whenIdle = (run: () => void): (() => void) => {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1);
  return () => clearTimeout(id);
};

/**
 * Load the enhancements (notes, sharing, exports, print parts, the account in words). For a reader
 * with nothing of their own (most who open a shared link) they wait until the first view is
 * `shown` and the browser is idle: on a phone their code (about 40 KB, with the store's schemas)
 * otherwise downloads and runs before the first rows (issue #14). Others get them at once. A
 * failure to load them is shown with Retry.
 */
export function useEnhancements(shown: boolean): EnhancementsLoad {
  const [attempt, setAttempt] = useState(0);
  const [atOnce] = useState(neededAtOnce);
  // Once started, a view that is no longer shown (a new pair computing) does not stop them.
  const [started, setStarted] = useState(atOnce);
  if (shown && !started) setStarted(true);
  const [load, setLoad] = useState<{ module: Enhancements } | { error: unknown } | null>(null);
  useEffect(() => {
    if (!started) return;
    let live = true;
    const fetchThem = () => {
      importWithRetry(loadEnhancements).then(
        // A transition: every row gains its note controls in slices of rendering, not one long task.
        (module) => live && startTransition(() => setLoad({ module })),
        (error: unknown) => live && setLoad({ error }),
      );
    };
    // A retry, and a reader who needs them, fetch at once.
    let cancel = () => {};
    if (atOnce || attempt > 0) fetchThem();
    else cancel = whenIdle(fetchThem);
    return () => {
      live = false;
      cancel();
    };
  }, [started, atOnce, attempt]);
  if (load && 'module' in load) return { module: load.module, failure: null };
  const retry = () => {
    setLoad(null);
    setAttempt((n) => n + 1);
  };
  return { module: null, failure: load ? { error: load.error, retry } : null };
}
