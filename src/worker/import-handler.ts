/**
 * The import worker's logic without the worker: check one draft, posting progress (at most every
 * 2% of the work, so a 100,000-line text does not flood the page with messages) and then the
 * outcome. `import.worker.ts` wires it to `self`; the client runs it in-process where there are
 * no workers (jsdom), and tests drive it directly.
 */
import { checkDraft } from '../core/text/check-draft';
import type { ImportRequest, ImportResponse } from './import-protocol';

const PROGRESS_STEP = 0.02;

export function handleImportRequest(
  { requestId, input }: ImportRequest,
  post: (message: ImportResponse) => void,
  now: () => number,
): void {
  const started = now();
  let shown = -1;
  let shownMessage = '';
  try {
    const check = checkDraft(input, (progress, message) => {
      if (progress - shown < PROGRESS_STEP && message === shownMessage) return;
      shown = progress;
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
