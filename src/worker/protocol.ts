/**
 * The messages between the page and the comparison worker (compare.worker.ts). One discriminated
 * union each way; every message carries the `requestId` it answers, so the page can drop answers to
 * requests it no longer wants (the reader picked another pair meanwhile).
 *
 * Everything crosses by structured clone. The result leaves out the two versions: the page already
 * holds them, and re-attaches its own objects (see `client.ts`), which halves what is cloned.
 */
import type { Comparison } from '../core/compare/rows';
import type { Correspondence, Version } from '../core/model/types';

/** Page → worker. */
export type WorkerRequest =
  | {
      type: 'compare';
      requestId: number;
      left: Version;
      right: Version;
      correspondences: readonly Correspondence[];
    }
  /** The page no longer wants this answer: skip the request if it has not started. */
  | { type: 'cancel'; requestId: number };

/** A comparison without its two versions (the page re-attaches them). */
export type ComparisonBody = Omit<Comparison, 'left' | 'right'>;

/**
 * Rows cross in batches of this many, one message each, so the page deserialises them in tasks of
 * a few milliseconds instead of one long task: the rows of a 10,000-point comparison took 550 ms
 * to clone in one piece (`npm run bench:import`), far over the 200 ms a reader feels as a freeze.
 */
export const ROW_BATCH = 500;

/** Worker → page. */
export type WorkerResponse =
  | {
      type: 'progress';
      requestId: number;
      /** 0..1; stages, not a clock: the engine is one synchronous call. */
      progress: number;
      message: string;
    }
  /** The next batch of rows, in order (see ROW_BATCH). */
  | { type: 'rows'; requestId: number; rows: ComparisonBody['rows'] }
  | {
      type: 'done';
      requestId: number;
      /** Everything but the rows, which came before in `rows` messages. */
      body: Omit<ComparisonBody, 'rows'>;
      /** How many rows were sent, so the page can tell a complete answer. */
      rowCount: number;
      /** Time spent in `compareVersions` inside the worker, ms. */
      computeMs: number;
    }
  | { type: 'error'; requestId: number; message: string };

/** Progress stages the worker reports, in order. */
export const STAGES = {
  queued: 0.05,
  comparing: 0.15,
  transferring: 0.9,
} as const;
