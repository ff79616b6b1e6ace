import { startTransition, useEffect, useState } from 'react';
import { importWithRetry } from '../ui/lazy-import';
import type * as EnhancementsModule from './enhancements';

export type Enhancements = typeof EnhancementsModule;
interface EnhancementsLoad {
  module: Enhancements | null;
  /** They could not be loaded (even after the automatic retry). */
  failure: { error: unknown; retry: () => void } | null;
}

/** One function for every try: the stylesheets a failed try missed are kept with it (lazy-import.ts). */
const loadEnhancements = () => import('./enhancements');

/** Load the enhancements after the first paint; a failure to load them is shown with Retry. */
export function useEnhancements(): EnhancementsLoad {
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<{ module: Enhancements } | { error: unknown } | null>(null);
  useEffect(() => {
    let live = true;
    importWithRetry(loadEnhancements).then(
      // A transition: every row gains its note controls in slices of rendering, not one long task.
      (module) => live && startTransition(() => setLoad({ module })),
      (error: unknown) => live && setLoad({ error }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  if (load && 'module' in load) return { module: load.module, failure: null };
  const retry = () => {
    setLoad(null);
    setAttempt((n) => n + 1);
  };
  return { module: null, failure: load ? { error: load.error, retry } : null };
}
