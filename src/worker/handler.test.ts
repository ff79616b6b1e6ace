import { describe, expect, it } from 'vitest';
import { createCompareHandler } from './handler';
import { ROW_BATCH, type WorkerResponse } from './protocol';
import { sampleVersion } from './test-fixtures';

function harness() {
  const posted: WorkerResponse[] = [];
  const tasks: Array<() => void> = [];
  const handle = createCompareHandler({
    post: (m) => posted.push(m),
    schedule: (t) => tasks.push(t),
    now: () => 0,
  });
  const drain = () => {
    while (tasks.length) tasks.shift()!();
  };
  return { posted, handle, drain };
}

const left = sampleVersion('a', 5);
const right = sampleVersion('b', 5, (i, t) => (i === 2 ? `${t} Changed.` : t));

describe('the worker handler', () => {
  it('answers a request with progress stages, then the rows without the versions', () => {
    const { posted, handle, drain } = harness();
    handle({ type: 'compare', requestId: 7, left, right, correspondences: [] });
    expect(posted).toEqual([]); // nothing runs in the task that received the request
    drain();
    expect(posted.map((m) => m.type)).toEqual(['progress', 'progress', 'rows', 'done']);
    const progress = posted.filter((m) => m.type === 'progress').map((m) => m.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const done = posted[3]!;
    if (done.type !== 'done') throw new Error('expected done');
    expect(done.requestId).toBe(7);
    expect(done.body).not.toHaveProperty('left');
    expect(done.body).not.toHaveProperty('rows');
    expect(done.rowCount).toBe(5);
    expect(done.body.summary.counts.changed).toBe(1);
  });

  it('sends the rows of a long comparison in batches, in order', () => {
    const { posted, handle, drain } = harness();
    const long = sampleVersion('c', ROW_BATCH * 2 + 7);
    handle({ type: 'compare', requestId: 8, left: long, right: long, correspondences: [] });
    drain();
    const batches = posted.flatMap((m) => (m.type === 'rows' ? [m.rows] : []));
    expect(batches.map((b) => b.length)).toEqual([ROW_BATCH, ROW_BATCH, 7]);
    expect(batches.flat().map((r) => r.left[0]?.label)).toEqual(long.points.map((p) => p.label));
    expect(posted.at(-1)).toMatchObject({ type: 'done', rowCount: ROW_BATCH * 2 + 7 });
  });

  it('skips a request cancelled before it started, and runs one request per task', () => {
    const { posted, handle, drain } = harness();
    handle({ type: 'compare', requestId: 1, left, right, correspondences: [] });
    handle({ type: 'compare', requestId: 2, left, right: left, correspondences: [] });
    handle({ type: 'cancel', requestId: 1 });
    drain();
    expect(new Set(posted.map((m) => m.requestId))).toEqual(new Set([2]));
  });

  it('reports an engine failure as an error message, not a thrown exception', () => {
    const { posted, handle, drain } = harness();
    const broken = { ...left, points: null } as unknown as typeof left;
    handle({ type: 'compare', requestId: 3, left: broken, right, correspondences: [] });
    expect(() => drain()).not.toThrow();
    const last = posted.at(-1)!;
    expect(last.type).toBe('error');
    expect(last.requestId).toBe(3);
  });
});
