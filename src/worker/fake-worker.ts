/**
 * An in-process stand-in for the comparison worker, for jsdom tests: the real handler behind
 * structured clones and task boundaries, like the real thing.
 */
import { createCompareHandler } from './handler';
import type { WorkerRequest, WorkerResponse } from './protocol';
import type { WorkerLike } from './client';

// Listeners get a message event or a plain error event, by type; the fake does not check which.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (event: any) => void;

export class FakeWorker implements WorkerLike {
  static instances: FakeWorker[] = [];
  readonly received: WorkerRequest[] = [];
  terminated = false;
  private readonly listeners = new Map<string, Listener[]>();
  private readonly handle = createCompareHandler({
    post: (message) =>
      setTimeout(() => this.emit('message', { data: structuredClone(message) } as MessageEvent), 0),
    schedule: (task) => setTimeout(task, 0),
    now: () => performance.now(),
  });

  constructor() {
    FakeWorker.instances.push(this);
  }

  postMessage(message: WorkerRequest) {
    const copy = structuredClone(message);
    this.received.push(copy);
    setTimeout(() => {
      if (!this.terminated) this.handle(copy);
    }, 0);
  }

  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  terminate() {
    this.terminated = true;
  }

  emit(type: string, event: MessageEvent<WorkerResponse> | Event) {
    if (this.terminated) return;
    for (const l of this.listeners.get(type) ?? []) l(event);
  }
}
