import { startTransition, useEffect, useMemo, useState } from 'react';
import type * as CompareCore from '../core/compare/compare';
import type { CompareContext } from '../core/compare/compare';
import {
  applyDecisions,
  newerDecision,
  type AppliedDecision,
  type MatchDecision,
} from '../core/compare/decisions';
import { own } from '../core/notes/id-record';
import type { Comparison } from '../core/compare/rows';
import type { Version } from '../core/model/types';
import { STAGES } from '../worker/protocol';
import { importWithRetry } from './lazy-import';

export type ComparisonState =
  | { status: 'ready'; comparison: Comparison }
  /** A large pair is being compared in the background; `progress` is 0..1 (coarse stages). */
  | { status: 'working'; progress: number; message: string }
  /**
   * The background comparison failed; `message` is a sentence for the reader, `cause` the error
   * when the comparison code could not be loaded (a `LoadError`), and `retry` starts it again.
   */
  | { status: 'error'; message: string; cause?: unknown; retry: () => void };

/**
 * Above this many points (both sides together) the comparison runs in a Web Worker, so the page
 * stays responsive; at or below it, it is computed during render (no flash of a progress bar).
 * See ../shared/brief/performance.md: 300 points compare in ~20–50 ms, 6,000 in ~200+ ms.
 */
export const WORKER_THRESHOLD = 300;

type CompareModule = typeof CompareCore;

const CODE_NOT_LOADED = 'The comparison code could not be loaded. Check the connection and retry.';

/**
 * The comparison engine (alignment, word diff, stems: about 15 KB gzip) is not in the first load
 * (issue #12 budget: 100 KB gzip; issue #14: less script to evaluate on a phone). It is fetched as
 * soon as the page starts, in parallel with the data files the first comparison needs, so it is
 * normally here before them. Once loaded, small pairs compute synchronously during render.
 */
let engine: CompareModule | null = null;
let engineLoad: Promise<CompareModule> | null = null;

export function loadComparisonEngine(): Promise<CompareModule> {
  engineLoad ??= importWithRetry(() => import('../core/compare/compare')).then(
    (module) => (engine = module),
    (error: unknown) => {
      engineLoad = null; // a later Retry fetches it again
      throw error;
    },
  );
  return engineLoad;
}

/**
 * Comparisons already computed, by their inputs (the same objects: versions and context are
 * stable). A render React interrupts (the first load renders in a transition, issue #14) drops
 * its `useMemo` values; without this the restarted render compared the pair again, a second
 * 100–200 ms task on a phone. Weak: a pair no longer shown is garbage-collected with its versions.
 */
const computed = new WeakMap<Version, WeakMap<Version, WeakMap<CompareContext, Comparison>>>();

function compareOnce(
  compare: CompareModule['compareVersions'],
  left: Version,
  right: Version,
  ctx: CompareContext,
): Comparison {
  let byRight = computed.get(left);
  if (!byRight) computed.set(left, (byRight = new WeakMap()));
  let byCtx = byRight.get(right);
  if (!byCtx) byRight.set(right, (byCtx = new WeakMap()));
  let comparison = byCtx.get(ctx);
  if (!comparison) byCtx.set(ctx, (comparison = compare(left, right, ctx)));
  return comparison;
}

interface Answer {
  left: Version;
  right: Version;
  ctx: CompareContext;
  state: ComparisonState;
}

/**
 * The comparison is derived, never stored: recomputed from the two versions.
 *
 * Small pairs (≤ WORKER_THRESHOLD points) and environments without workers (jsdom) compute
 * synchronously. Larger pairs go to the page's one long-lived worker (src/worker/client.ts), with
 * progress; when `left`, `right` or `ctx` change, the old request is cancelled and any late answer
 * to it is ignored. Pass a stable `ctx` (a module constant or a memoised value): a new object
 * starts a new comparison.
 */
export function useComparison(left: Version, right: Version, ctx: CompareContext): ComparisonState {
  const inWorker =
    left.points.length + right.points.length > WORKER_THRESHOLD && typeof Worker !== 'undefined';

  const [attempt, setAttempt] = useState(0);
  // Bumped when the engine arrives, so the memo below computes with it.
  const [engineReady, setEngineReady] = useState(engine !== null);
  const [engineFailure, setEngineFailure] = useState<unknown>(null);
  useEffect(() => {
    if (inWorker || engineReady) return;
    let live = true;
    loadComparisonEngine().then(
      // A transition, as the data files' arrival (src/ui/use-data.ts): the comparison it
      // renders comes in slices.
      () => live && startTransition(() => setEngineReady(true)),
      (cause: unknown) => live && setEngineFailure(cause),
    );
    return () => {
      live = false;
    };
  }, [inWorker, engineReady, attempt]);

  const sync = useMemo<ComparisonState | null>(() => {
    if (inWorker) return null;
    if (!engine || !engineReady) return null;
    return { status: 'ready', comparison: compareOnce(engine.compareVersions, left, right, ctx) };
  }, [inWorker, engineReady, left, right, ctx]);

  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!inWorker) return;
    const reply = (state: ComparisonState) => setAnswer({ left, right, ctx, state });
    const retry = () => {
      setAnswer(null);
      setAttempt((n) => n + 1);
    };
    let live = true;
    let cancel = () => {};
    // The worker client is loaded only for large pairs; most plans are 20–40 points.
    importWithRetry(() => import('../worker/client')).then(
      ({ sharedCompareClient }) => {
        if (!live) return;
        cancel = sharedCompareClient().compare(left, right, ctx.correspondences, {
          onProgress: (progress, message) => reply({ status: 'working', progress, message }),
          onDone: (comparison) => reply({ status: 'ready', comparison }),
          onError: (message) => reply({ status: 'error', message, retry }),
        });
      },
      (cause: unknown) =>
        live &&
        reply({
          status: 'error',
          message: CODE_NOT_LOADED,
          cause,
          retry,
        }),
    );
    return () => {
      live = false;
      cancel();
    };
  }, [inWorker, left, right, ctx, attempt]);

  if (sync) return sync;
  if (!inWorker) {
    if (engineFailure !== null)
      return {
        status: 'error',
        message: CODE_NOT_LOADED,
        cause: engineFailure,
        retry: () => {
          setEngineFailure(null);
          setAttempt((n) => n + 1);
        },
      };
    return { status: 'working', progress: STAGES.queued, message: 'Loading the comparison…' };
  }
  // An answer is only ever shown for the inputs it was computed from.
  if (answer && answer.left === left && answer.right === right && answer.ctx === ctx)
    return answer.state;
  return {
    status: 'working',
    progress: STAGES.queued,
    message: `Comparing ${left.points.length.toLocaleString('en')} and ${right.points.length.toLocaleString('en')} points in the background…`,
  };
}

export const NO_DECISIONS: Readonly<Record<string, MatchDecision>> = Object.freeze({});

/**
 * The comparison with the decisions on possible matches applied: the reader's own (`by: 'you'`)
 * first, else those the link carries (`'sender'`). Recomputed, never stored.
 */
export function useDecidedComparison(
  state: ComparisonState,
  mine: Readonly<Record<string, MatchDecision>>,
  shared: readonly MatchDecision[],
): ComparisonState {
  return useMemo(() => {
    if (state.status !== 'ready' || (Object.keys(mine).length === 0 && shared.length === 0))
      return state;
    const fromLink = new Map<string, MatchDecision>();
    for (const d of shared) {
      const other = fromLink.get(d.id);
      fromLink.set(d.id, other ? newerDecision(other, d) : d);
    }
    const lookup = (id: string): AppliedDecision | undefined => {
      const decided = own(mine, id);
      if (decided) return { decision: decided, by: 'you' };
      const theirs = fromLink.get(id);
      return theirs ? { decision: theirs, by: 'sender' } : undefined;
    };
    return { status: 'ready', comparison: applyDecisions(state.comparison, lookup) };
  }, [state, mine, shared]);
}
