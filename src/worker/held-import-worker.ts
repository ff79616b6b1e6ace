/**
 * A stand-in for the import worker in tests: it runs the real handler only when the test says so
 * (`runNext`), like a worker still busy reading, so a test decides what happens first.
 */
import { handleImportRequest } from './import-handler';
import type { ImportWorkerLike } from './import-client';
import type { ImportRequest } from './import-protocol';

export class HeldWorker implements ImportWorkerLike {
  static instances: HeldWorker[] = [];
  readonly inbox: ImportRequest[] = [];
  terminated = false;
  private listeners = new Map<string, Array<(event: never) => void>>();
  constructor() {
    HeldWorker.instances.push(this);
  }
  postMessage(message: ImportRequest) {
    this.inbox.push(structuredClone(message));
  }
  addEventListener(type: string, listener: (event: never) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  terminate() {
    this.terminated = true;
  }
  runNext() {
    const request = this.inbox.shift();
    if (!request || this.terminated) return;
    handleImportRequest(
      request,
      (m) => this.emit('message', { data: structuredClone(m) }),
      () => 0,
    );
  }
  emit(type: string, event: unknown) {
    if (this.terminated) return;
    for (const l of this.listeners.get(type) ?? []) l(event as never);
  }
}
