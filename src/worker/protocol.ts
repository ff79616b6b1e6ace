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

/** Worker → page. */
export type WorkerResponse =
  | {
      type: 'progress';
      requestId: number;
      /** 0..1; stages, not a clock: the engine is one synchronous call. */
      progress: number;
      message: string;
    }
  | {
      type: 'done';
      requestId: number;
      body: ComparisonBody;
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
