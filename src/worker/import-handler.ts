/**
 * The import worker's logic without the worker: check one draft, posting progress (a new stage at
 * once, otherwise at most every PROGRESS_MS: each message re-renders the dialog, so a long read
 * must not send hundreds) and then the outcome. `import.worker.ts` wires it to `self`; the client runs it in-process where there are
 * no workers (jsdom), and tests drive it directly.
 */
import { checkDraft } from '../core/text/check-draft';
import type { ImportRequest, ImportResponse } from './import-protocol';

/** Ten updates a second make a bar move smoothly. */
const PROGRESS_MS = 100;

export function handleImportRequest(
  { requestId, input }: ImportRequest,
  post: (message: ImportResponse) => void,
  now: () => number,
): void {
  const started = now();
  let shownAt = -Infinity;
  let shownMessage = '';
  try {
    const check = checkDraft(input, (progress, message) => {
      const at = now();
      if (message === shownMessage && at - shownAt < PROGRESS_MS) return;
      shownAt = at;
      shownMessage = message;
      post({ type: 'progress', requestId, progress, message });
    });
    post({ type: 'done', requestId, check, checkMs: now() - started });
  } catch (error) {
    post({ type: 'error', requestId, message: errorText(error) });
  }
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' && error ? error : 'unknown error';
}
