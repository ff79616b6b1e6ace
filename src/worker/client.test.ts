import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Comparison } from '../core/compare/rows';
import { createCompareClient, type CompareCallbacks } from './client';
import { FakeWorker } from './fake-worker';
import { sampleVersion } from './test-fixtures';

function recorder() {
  const events: string[] = [];
  let comparison: Comparison | null = null;
  const callbacks: CompareCallbacks = {
    onProgress: (p) => events.push(`progress ${p}`),
    onDone: (c) => {
      comparison = c;
      events.push('done');
    },
    onError: (m) => events.push(`error ${m}`),
  };
  return { events, callbacks, result: () => comparison };
}

const left = sampleVersion('a', 4);
const right = sampleVersion('b', 4, (i, t) => (i === 0 ? `${t} More.` : t));

afterEach(() => {
  FakeWorker.instances = [];
  vi.useRealTimers();
});

describe('the compare client', () => {
  it('starts one worker lazily and re-attaches the page’s own versions to the rows', async () => {
    const client = createCompareClient(() => new FakeWorker());
    expect(FakeWorker.instances).toHaveLength(0);
    const a = recorder();
    client.compare(left, right, [], a.callbacks);
    const b = recorder();
    client.compare(right, left, [], b.callbacks);
    await vi.waitFor(() => expect(b.events).toContain('done'));
    expect(FakeWorker.instances).toHaveLength(1);
    expect(a.result()!.left).toBe(left); // identity, not a clone
    expect(b.result()!.right).toBe(left);
    expect(a.result()!.summary.counts.changed).toBe(1);
    expect(a.events.filter((e) => e.startsWith('progress')).length).toBeGreaterThan(0);
  });

  it('never calls back for a cancelled request, and tells the worker to skip it', async () => {
    // Fake timers: every task the worker and the client schedule has run when the timers run
    // out, so "never" is checked at the end of all their work, not after a guessed pause.
    vi.useFakeTimers();
    const client = createCompareClient(() => new FakeWorker());
    const stale = recorder();
    const cancel = client.compare(left, right, [], stale.callbacks);
    cancel();
    const fresh = recorder();
    client.compare(left, left, [], fresh.callbacks);
    await vi.runAllTimersAsync();
    expect(fresh.events).toContain('done');
    expect(stale.events).toEqual([]);
    expect(FakeWorker.instances[0]!.received.map((m) => m.type)).toEqual([
      'compare',
      'cancel',
      'compare',
    ]);
  });

  it('turns a crashed worker into an error for every pending request, then starts a fresh one', async () => {
    const client = createCompareClient(() => new FakeWorker());
    const first = recorder();
    client.compare(left, right, [], first.callbacks);
    FakeWorker.instances[0]!.emit('error', new Event('error'));
    expect(first.events.at(-1)).toMatch(/^error The background comparison stopped unexpectedly/);
    expect(FakeWorker.instances[0]!.terminated).toBe(true);
    const second = recorder();
    client.compare(left, right, [], second.callbacks);
    await vi.waitFor(() => expect(second.events).toContain('done'));
    expect(FakeWorker.instances).toHaveLength(2);
  });

  it('reports a worker that cannot be created, after compare returns', async () => {
    const client = createCompareClient(() => {
      throw new Error('blocked by policy');
    });
    const r = recorder();
    client.compare(left, right, [], r.callbacks);
    expect(r.events).toEqual([]);
    await Promise.resolve();
    expect(r.events).toEqual([
      'error The background comparison could not start: blocked by policy.',
    ]);
  });
});
