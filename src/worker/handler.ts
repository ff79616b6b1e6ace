/**
 * The worker's logic without the worker: a queue of compare requests, latest kept, cancelled ones
 * skipped, each answered with progress stages and then the rows or an error. `compare.worker.ts`
 * wires it to `self`; tests drive it directly.
 *
 * Requests are run one per task (`schedule`), never back to back in one task, so a newer request or
 * a cancel that arrived while a comparison was running is seen before the next one starts.
 */
import { compareVersions } from '../core/compare/compare';
import type { Comparison } from '../core/compare/rows';
import {
  ROW_BATCH,
  STAGES,
  type ComparisonBody,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';

/** The comparison's own results, without the two versions the page already holds. */
function withoutVersions({
  left: _left,
  right: _right,
  ...body
}: Omit<Comparison, 'rows'>): Omit<ComparisonBody, 'rows'> {
  return body;
}

type CompareRequest = Extract<WorkerRequest, { type: 'compare' }>;

export interface HandlerDeps {
  post: (message: WorkerResponse) => void;
  /** Run `task` later, in its own task (a worker uses `setTimeout(task, 0)`). */
  schedule: (task: () => void) => void;
  now: () => number;
}

export function createCompareHandler({
  post,
  schedule,
  now,
}: HandlerDeps): (request: WorkerRequest) => void {
  const queue: CompareRequest[] = [];
  let scheduled = false;

  const runNext = () => {
    scheduled = false;
    const request = queue.shift();
    if (!request) return;
    run(request);
    if (queue.length) {
      scheduled = true;
      schedule(runNext);
    }
  };

  const run = ({ requestId, left, right, correspondences }: CompareRequest) => {
    try {
      const points = left.points.length + right.points.length;
      post({
        type: 'progress',
        requestId,
        progress: STAGES.comparing,
        message: `Aligning ${points.toLocaleString('en')} points and comparing their words…`,
      });
      const started = now();
      const comparison = compareVersions(left, right, { correspondences });
      const computeMs = now() - started;
      // The page holds both versions already: send only what the worker made, rows in batches.
      const { rows, ...rest } = comparison;
      const body: Omit<ComparisonBody, 'rows'> = withoutVersions(rest);
      post({
        type: 'progress',
        requestId,
        progress: STAGES.transferring,
        message: `Preparing ${rows.length.toLocaleString('en')} rows for display…`,
      });
      for (let i = 0; i < rows.length; i += ROW_BATCH)
        post({ type: 'rows', requestId, rows: rows.slice(i, i + ROW_BATCH) });
      post({ type: 'done', requestId, body, rowCount: rows.length, computeMs });
    } catch (error) {
      post({ type: 'error', requestId, message: errorText(error) });
    }
  };

  return (request) => {
    switch (request.type) {
      case 'compare':
        queue.push(request);
        if (!scheduled) {
          scheduled = true;
          schedule(runNext);
        }
        return;
      case 'cancel': {
        const at = queue.findIndex((r) => r.requestId === request.requestId);
        if (at >= 0) queue.splice(at, 1);
        return;
      }
      default: {
        const never: never = request;
        return never;
      }
    }
  };
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' && error ? error : 'unknown error';
}
