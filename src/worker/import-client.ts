/**
 * The dialog's side of the import worker. One read at a time: a new read, or a cancel, while the
 * worker is busy terminates it (a synchronous parse cannot be interrupted otherwise) and the next
 * read starts a fresh worker; an idle worker is kept for the next read. Callbacks of a cancelled
 * or replaced read never run.
 *
 * Where there are no workers (jsdom), the same handler runs in-process in a later task.
 */
import { handleImportRequest } from './import-handler';
import type { DraftCheck, DraftInput, ImportRequest, ImportResponse } from './import-protocol';

/** What the reader needs of a `Worker`. */
export interface ImportWorkerLike {
  postMessage(message: ImportRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportResponse>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface ReadCallbacks {
  onProgress: (progress: number, message: string) => void;
  onDone: (check: DraftCheck) => void;
  onError: (message: string) => void;
}

export interface DraftReader {
  /** Check a draft; the returned function cancels the read (no callback runs afterwards). */
  read(input: DraftInput, callbacks: ReadCallbacks): () => void;
  dispose(): void;
}

/**
 * The name of the `performance.measure` entry of each finished read, from the request to the
 * outcome on the page, with `detail` { checkMs, kind, points }.
 */
export const READ_MEASURE = 'peace-plan-diff:read-draft';

interface Active {
  requestId: number;
  started: number;
  callbacks: ReadCallbacks;
}

export function createDraftReader(createWorker: (() => ImportWorkerLike) | null): DraftReader {
  let worker: ImportWorkerLike | null = null;
  let active: Active | null = null;
  let nextId = 1;

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };

  const finish = (message: ImportResponse) => {
    if (!active || message.requestId !== active.requestId) return; // stale
    const { callbacks, started } = active;
    switch (message.type) {
      case 'progress':
        callbacks.onProgress(message.progress, message.message);
        return;
      case 'done': {
        active = null;
        const points =
          message.check.kind === 'text'
            ? message.check.parse.points.length
            : message.check.kind === 'json'
              ? (message.check.version?.points.length ?? 0)
              : 0;
        try {
          performance.measure(READ_MEASURE, {
            start: started,
            end: performance.now(),
            detail: { checkMs: message.checkMs, kind: message.check.kind, points },
          });
        } catch {
          // Timing is a diagnostic; never let it break the dialog.
        }
        callbacks.onDone(message.check);
        return;
      }
      case 'error':
        active = null;
        callbacks.onError(`The draft could not be read: ${message.message}`);
        return;
      default: {
        const never: never = message;
        return never;
      }
    }
  };

  const fail = (text: string) => {
    const callbacks = active?.callbacks;
    active = null;
    stopWorker();
    callbacks?.onError(text);
  };

  const ensureWorker = (make: () => ImportWorkerLike): ImportWorkerLike => {
    if (worker) return worker;
    const w = make();
    w.addEventListener('message', (event) => {
      if (worker === w) finish(event.data);
    });
    w.addEventListener('error', (event) => {
      if (worker !== w) return;
      const message = (event as Partial<ErrorEvent>).message;
      const detail = typeof message === 'string' && message ? `: ${message}` : '';
      fail(`The draft reader stopped unexpectedly${detail}. Try again, or reload the page.`);
    });
    w.addEventListener('messageerror', () => {
      if (worker === w) fail('The draft reader sent a result the page could not read.');
    });
    worker = w;
    return w;
  };

  return {
    read(input, callbacks) {
      // A read still running is stale now: stop its worker instead of waiting for it.
      if (active) stopWorker();
      const requestId = nextId++;
      const request: ImportRequest = { type: 'check', requestId, input };
      active = { requestId, started: performance.now(), callbacks };
      if (createWorker) {
        try {
          ensureWorker(createWorker).postMessage(request);
        } catch (error) {
          const text = error instanceof Error ? error.message : String(error);
          queueMicrotask(() => {
            if (active?.requestId === requestId) fail(`The draft reader could not start: ${text}.`);
          });
        }
      } else {
        setTimeout(() => {
          if (active?.requestId !== requestId) return;
          handleImportRequest(
            request,
            (m) => finish(structuredClone(m)),
            () => performance.now(),
          );
        }, 0);
      }
      return () => {
        if (active?.requestId !== requestId) return;
        active = null;
        stopWorker();
      };
    },
    dispose() {
      active = null;
      stopWorker();
    },
  };
}

let shared: DraftReader | null = null;

/** The dialog's reader: a module worker where the page has workers, in-process otherwise. */
export function sharedDraftReader(): DraftReader {
  shared ??= createDraftReader(
    typeof Worker === 'undefined'
      ? null
      : () =>
          new Worker(new URL('./import.worker.ts', import.meta.url), {
            type: 'module',
            name: 'import',
          }) as unknown as ImportWorkerLike,
  );
  return shared;
}
