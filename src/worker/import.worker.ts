/**
 * The import worker: reads and checks a pasted or chosen draft off the main thread (issue #17).
 * Started by `import-client.ts` with `new Worker(new URL('./import.worker.ts', import.meta.url))`.
 */
import { handleImportRequest } from './import-handler';
import type { ImportRequest, ImportResponse } from './import-protocol';

/** The part of `DedicatedWorkerGlobalScope` used here (tsconfig's lib is the DOM one). */
interface WorkerScope {
  postMessage(message: ImportResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
scope.addEventListener('message', (event) =>
  handleImportRequest(
    event.data,
    (m) => scope.postMessage(m),
    () => performance.now(),
  ),
);
