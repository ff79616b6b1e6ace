// The hook lives in src/ui/use-comparison.ts; its tests sit with the worker it drives.
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CompareContext } from '../core/compare/compare';
import { useComparison, WORKER_THRESHOLD, type ComparisonState } from './use-comparison';
import { FakeWorker } from '../worker/fake-worker';
import { sampleVersion } from '../worker/test-fixtures';

const ctx: CompareContext = { correspondences: [] };
const small = [
  sampleVersion('a', 150),
  sampleVersion('b', 150, (i, t) => (i === 3 ? `${t} Edited.` : t)),
] as const;
const big = [
  sampleVersion('c', 200),
  sampleVersion('d', 200, (i, t) => (i % 10 === 0 ? `${t} Edited.` : t)),
] as const;
const big2 = sampleVersion('e', 210);

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.instances = [];
});

describe('useComparison', () => {
  it('computes at or below the threshold synchronously: ready on the first render', () => {
    vi.stubGlobal('Worker', FakeWorker);
    expect(small[0].points.length + small[1].points.length).toBeLessThanOrEqual(WORKER_THRESHOLD);
    const { result } = renderHook(() => useComparison(small[0], small[1], ctx));
    expect(result.current.status).toBe('ready');
    expect(FakeWorker.instances).toHaveLength(0);
  });

  it('falls back to computing synchronously where there are no workers (jsdom)', () => {
    expect(typeof Worker).toBe('undefined');
    const { result } = renderHook(() => useComparison(big[0], big[1], ctx));
    expect(result.current.status).toBe('ready');
  });

  it('above the threshold shows progress, then the worker’s rows; a stale answer is never shown', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const seen: ComparisonState[] = [];
    const { result, rerender } = renderHook(
      ({ right }) => {
        const state = useComparison(big[0], right, ctx);
        seen.push(state);
        return state;
      },
      { initialProps: { right: big[1] } },
    );
    const first = result.current;
    expect(first.status).toBe('working');
    if (first.status !== 'working') return;
    expect(first.progress).toBeGreaterThanOrEqual(0);
    expect(first.progress).toBeLessThan(1);
    expect(first.message).toMatch(/200 and 200 points/);

    // The reader picks another right-hand version before the first answer arrives.
    const switchedAt = seen.length;
    rerender({ right: big2 });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const done = result.current;
    if (done.status !== 'ready') return;
    expect(done.comparison.right).toBe(big2);
    for (const state of seen.slice(switchedAt)) {
      if (state.status === 'ready') expect(state.comparison.right).toBe(big2);
    }
    // One long-lived worker; the stale request was cancelled, or never sent (the client loads lazily).
    expect(FakeWorker.instances).toHaveLength(1);
    const types = FakeWorker.instances[0]!.received.map((m) => m.type);
    expect(
      types.filter((t) => t === 'compare').length - types.filter((t) => t === 'cancel').length,
    ).toBe(1);
  });
});
