/**
 * The comparison worker: runs `compareVersions` off the main thread for large drafts (see
 * src/ui/use-comparison.ts). A module worker, started by `client.ts` with
 * `new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { createCompareHandler } from './handler';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** The part of `DedicatedWorkerGlobalScope` used here (tsconfig's lib is the DOM one). */
interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;

const handle = createCompareHandler({
  post: (message) => scope.postMessage(message),
  schedule: (task) => setTimeout(task, 0),
  now: () => performance.now(),
});

scope.addEventListener('message', (event) => handle(event.data));
