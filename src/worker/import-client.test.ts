// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { handleImportRequest } from './import-handler';
import { createDraftReader, type ReadCallbacks } from './import-client';
import { HeldWorker } from './held-import-worker';
import type { ImportResponse } from './import-protocol';

function recorder() {
  const events: string[] = [];
  const callbacks: ReadCallbacks = {
    onProgress: () => events.push('progress'),
    onDone: (check) => events.push(`done ${check.kind}`),
    onError: (message) => events.push(`error ${message}`),
  };
  return { events, callbacks };
}

const draft = { text: '1. One.\n2. Two.' };

describe('the draft reader', () => {
  it('reads in a worker with progress, then keeps the idle worker for the next read', () => {
    HeldWorker.instances = [];
    const reader = createDraftReader(() => new HeldWorker());
    const a = recorder();
    reader.read(draft, a.callbacks);
    HeldWorker.instances[0]!.runNext();
    expect(a.events.at(-1)).toBe('done text');
    expect(a.events.filter((e) => e === 'progress').length).toBeGreaterThan(0);
    const b = recorder();
    reader.read(draft, b.callbacks);
    HeldWorker.instances[0]!.runNext();
    expect(b.events.at(-1)).toBe('done text');
    expect(HeldWorker.instances).toHaveLength(1);
  });

  it('Stop terminates a busy worker: no callback runs, and the next read starts a fresh one', () => {
    HeldWorker.instances = [];
    const reader = createDraftReader(() => new HeldWorker());
    const stale = recorder();
    const stop = reader.read(draft, stale.callbacks);
    stop();
    expect(HeldWorker.instances[0]!.terminated).toBe(true);
    HeldWorker.instances[0]!.runNext();
    expect(stale.events).toEqual([]);
    const fresh = recorder();
    reader.read(draft, fresh.callbacks);
    expect(HeldWorker.instances).toHaveLength(2);
    HeldWorker.instances[1]!.runNext();
    expect(fresh.events.at(-1)).toBe('done text');
  });

  it('a new read replaces a running one by terminating its worker', () => {
    HeldWorker.instances = [];
    const reader = createDraftReader(() => new HeldWorker());
    const old = recorder();
    reader.read({ text: 'x'.repeat(1000) }, old.callbacks);
    const current = recorder();
    reader.read(draft, current.callbacks);
    expect(HeldWorker.instances.map((w) => w.terminated)).toEqual([true, false]);
    HeldWorker.instances[1]!.runNext();
    expect(old.events).toEqual([]);
    expect(current.events.at(-1)).toBe('done text');
  });

  it('turns a crashed worker into a message, then recovers', () => {
    HeldWorker.instances = [];
    const reader = createDraftReader(() => new HeldWorker());
    const r = recorder();
    reader.read(draft, r.callbacks);
    HeldWorker.instances[0]!.emit('error', new Event('error'));
    expect(r.events).toEqual([
      'error The draft reader stopped unexpectedly. Try again, or reload the page.',
    ]);
    const again = recorder();
    reader.read(draft, again.callbacks);
    HeldWorker.instances[1]!.runNext();
    expect(again.events.at(-1)).toBe('done text');
  });

  it('runs in-process, in a later task, where there are no workers', async () => {
    const reader = createDraftReader(null);
    const r = recorder();
    reader.read(draft, r.callbacks);
    expect(r.events).toEqual([]);
    await vi.waitFor(() => expect(r.events.at(-1)).toBe('done text'));
    // Fake timers: the in-process read's task has run (or been skipped) when they run out.
    vi.useFakeTimers();
    try {
      const cancelled = recorder();
      reader.read(draft, cancelled.callbacks)();
      expect(vi.getTimerCount()).toBe(1);
      await vi.runAllTimersAsync();
      expect(cancelled.events).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('posts each stage at once, and progress within a stage at most every 100 ms', () => {
    const posted: ImportResponse[] = [];
    const text = Array.from({ length: 9_000 }, (_, i) => `${i + 1}. x`).join('\n');
    let clock = 0;
    const tick = () => (clock += 7); // every call to the clock: 7 ms later
    handleImportRequest(
      { type: 'check', requestId: 1, input: { text } },
      (m) => posted.push(m),
      tick,
    );
    const progress = posted.flatMap((m) => (m.type === 'progress' ? [m] : []));
    const stages = new Set(progress.map((m) => m.message));
    expect([...stages]).toEqual([
      'Checking the size…',
      'Reading 9,000 lines…',
      'Checking 9,000 points…',
      'Looking for hidden characters…',
    ]);
    // Far fewer messages than progress calls: the parser reports every 4,096 lines and each style.
    expect(progress.length).toBeLessThan(12);
    expect(progress.map((m) => m.progress)).toEqual(
      [...progress.map((m) => m.progress)].sort((a, b) => a - b),
    );
    expect(posted.at(-1)?.type).toBe('done');
  });
});
