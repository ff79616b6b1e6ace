/**
 * The page's side of the comparison worker: one long-lived worker, started on first use, shared by
 * every caller. Each `compare` call gets a request id and a `cancel`; answers to cancelled (stale)
 * requests are dropped here, and a cancelled request that has not started is skipped by the worker.
 *
 * A worker that fails (its script cannot load, or it throws outside a request) fails every pending
 * request with a sentence the page can show, and is replaced by a fresh one on the next call.
 */
import type { Comparison } from '../core/compare/rows';
import type { Correspondence, Version } from '../core/model/types';
import { errorText } from './handler';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** What the client needs of a `Worker` (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface CompareTiming {
  /** Inside the worker: `compareVersions` alone. */
  computeMs: number;
  /** On the page: from the request to the rows being available, cloning both ways included. */
  totalMs: number;
}

export interface CompareCallbacks {
  onProgress: (progress: number, message: string) => void;
  onDone: (comparison: Comparison, timing: CompareTiming) => void;
  onError: (message: string) => void;
}

export interface CompareClient {
  /** Start a comparison; the returned function cancels it (no callback runs afterwards). */
  compare(
    left: Version,
    right: Version,
    correspondences: readonly Correspondence[],
    callbacks: CompareCallbacks,
  ): () => void;
  /** Stop the worker; pending requests are dropped silently. */
  dispose(): void;
}

interface Pending {
  left: Version;
  right: Version;
  /** Rows received so far, batch by batch. */
  rows: Comparison['rows'];
  started: number;
  /** When `postMessage` returned (the drafts were cloned). */
  sentAt: number;
  /** When the last progress message arrived; the one before `done` says the engine finished. */
  progressAt: number;
  callbacks: CompareCallbacks;
}

/**
 * The name of the `performance.measure` entry recorded for each finished comparison: from the
 * request to the rows, with `detail` { computeMs, rows, sentAt, computedAt } (`performance.now()`
 * times: the drafts left the page, the engine's "done computing" arrived). Between `sentAt` and
 * `computedAt` only the worker works; the browser test checks the page keeps painting then.
 */
export const COMPARE_MEASURE = 'peace-plan-diff:compare';

export function createCompareClient(createWorker: () => WorkerLike): CompareClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (message: string) => {
    const callbacks = [...pending.values()].map((p) => p.callbacks);
    pending.clear();
    worker?.terminate();
    worker = null;
    for (const c of callbacks) c.onError(message);
  };

  const onMessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const request = pending.get(message.requestId);
    if (!request) return; // stale or cancelled: ignored
    switch (message.type) {
      case 'progress':
        request.progressAt = performance.now();
        request.callbacks.onProgress(message.progress, message.message);
        return;
      case 'rows':
        for (const row of message.rows) request.rows.push(row);
        return;
      case 'done': {
        pending.delete(message.requestId);
        if (request.rows.length !== message.rowCount) {
          request.callbacks.onError(
            `The comparison arrived incomplete (${request.rows.length} of ${message.rowCount} rows). Reload the page to try again.`,
          );
          return;
        }
        const end = performance.now();
        const totalMs = end - request.started;
        try {
          performance.measure(COMPARE_MEASURE, {
            start: request.started,
            end,
            detail: {
              computeMs: message.computeMs,
              rows: request.rows.length,
              sentAt: request.sentAt,
              computedAt: request.progressAt,
            },
          });
        } catch {
          // Timing is a diagnostic; never let it break the page.
        }
        request.callbacks.onDone(
          { left: request.left, right: request.right, ...message.body, rows: request.rows },
          { computeMs: message.computeMs, totalMs },
        );
        return;
      }
      case 'error':
        pending.delete(message.requestId);
        request.callbacks.onError(`The comparison failed: ${message.message}`);
        return;
      default: {
        const never: never = message;
        return never;
      }
    }
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const w = createWorker();
    w.addEventListener('message', onMessage);
    w.addEventListener('error', (event) => {
      const detail = event instanceof ErrorEvent && event.message ? `: ${event.message}` : '';
      failAll(`The background comparison stopped unexpectedly${detail}. Retry to start it again.`);
    });
    w.addEventListener('messageerror', () => {
      failAll(
        'The background comparison sent a result the page could not read. Retry to start it again.',
      );
    });
    worker = w;
    return w;
  };

  return {
    compare(left, right, correspondences, callbacks) {
      const requestId = nextId++;
      try {
        const w = ensureWorker();
        const started = performance.now();
        const request: Pending = {
          left,
          right,
          rows: [],
          started,
          sentAt: started,
          progressAt: started,
          callbacks,
        };
        pending.set(requestId, request);
        w.postMessage({ type: 'compare', requestId, left, right, correspondences });
        request.sentAt = performance.now();
      } catch (error) {
        pending.delete(requestId);
        return failLater(
          callbacks,
          `The background comparison could not start: ${errorText(error)}.`,
        );
      }
      return () => {
        if (!pending.delete(requestId)) return;
        worker?.postMessage({ type: 'cancel', requestId });
      };
    },
    dispose() {
      pending.clear();
      worker?.terminate();
      worker = null;
    },
  };
}

/** Callbacks always run after `compare` returns, errors included; the canceller still silences them. */
function failLater(callbacks: CompareCallbacks, message: string): () => void {
  let live = true;
  queueMicrotask(() => {
    if (live) callbacks.onError(message);
  });
  return () => {
    live = false;
  };
}

/** Whether this environment can run module workers at all (jsdom cannot). */
export function canUseWorker(): boolean {
  return typeof Worker !== 'undefined';
}

let shared: CompareClient | null = null;

/** The page's one comparison worker, created on first use. */
export function sharedCompareClient(): CompareClient {
  shared ??= createCompareClient(
    () =>
      new Worker(new URL('./compare.worker.ts', import.meta.url), {
        type: 'module',
        name: 'compare',
      }),
  );
  return shared;
}
