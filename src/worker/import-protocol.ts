/**
 * The messages between the import dialog and the import worker (import.worker.ts): the page sends
 * a draft's text, the worker answers with progress and then the check (src/core/text/check-draft).
 * Separate from the comparison worker so that Cancel can terminate a long read outright (a
 * synchronous parse cannot be interrupted by a message) without losing a comparison.
 */
import type { CheckProgress, DraftCheck, DraftInput } from '../core/text/check-draft';

/** Page → worker. */
export interface ImportRequest {
  type: 'check';
  requestId: number;
  input: DraftInput;
}

/** Worker → page. */
export type ImportResponse =
  | { type: 'progress'; requestId: number; progress: number; message: string }
  | {
      type: 'done';
      requestId: number;
      check: DraftCheck;
      /** Time spent checking inside the worker, ms. */
      checkMs: number;
    }
  | { type: 'error'; requestId: number; message: string };

export type { CheckProgress, DraftCheck, DraftInput };
