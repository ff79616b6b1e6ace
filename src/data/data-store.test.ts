import { describe, expect, it, vi } from 'vitest';
import { bundledFetcher } from './bundled-source';
import type { VersionFile } from './data-files';
import { DataLoadError, DataStore, type DataFetcher } from './data-store';

/** A fetcher whose answers the test releases by hand, counting the requests. */
function controlled() {
  const pending = new Map<
    string,
    { resolve: (f: VersionFile) => void; reject: (e: unknown) => void }
  >();
  const calls: string[] = [];
  const fetcher: DataFetcher = {
    index: bundledFetcher.index,
    version: (id) => {
      calls.push(id);
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    },
    events: bundledFetcher.events,
  };
  const answer = async (id: string) => pending.get(id)!.resolve(await bundledFetcher.version(id));
  const fail = (id: string) =>
    pending
      .get(id)!
      .reject(new DataLoadError('the text of “x”', `data/${id}.json`, 'the server answered 503'));
  return { fetcher, calls, answer, fail };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the session cache of data files', () => {
  it('fetches the pair in parallel, once each, and tells subscribers', async () => {
    const { fetcher, calls, answer } = controlled();
    const store = new DataStore(fetcher);
    const seen = vi.fn();
    store.subscribe(seen);
    store.request(['us-28', 'eu-24']);
    store.request(['us-28', 'eu-24', 'not-a-version']);
    // Both requests are out before either answers; nothing is fetched twice.
    expect(calls).toEqual(['us-28', 'eu-24']);
    expect(store.version('eu-24')).toEqual({ status: 'loading' });
    await answer('eu-24');
    await answer('us-28');
    await settle();
    expect(store.version('eu-24')?.status).toBe('ready');
    expect(store.readyFiles().map((f) => f.version.id)).toEqual(['us-28', 'eu-24']);
    expect(seen).toHaveBeenCalled();
    store.request(['eu-24']);
    expect(calls).toEqual(['us-28', 'eu-24']);
  });

  it('keeps a failure (naming what and which file) until Retry, which fetches again', async () => {
    const { fetcher, calls, answer, fail } = controlled();
    const store = new DataStore(fetcher);
    store.request(['paris-declaration']);
    fail('paris-declaration');
    await settle();
    const load = store.version('paris-declaration');
    expect(load?.status).toBe('failed');
    if (load?.status === 'failed')
      expect(load.error.message).toBe(
        'Could not load the text of “x” (data/paris-declaration.json: the server answered 503).',
      );
    store.request(['paris-declaration']);
    expect(calls).toEqual(['paris-declaration']);
    store.retry(['paris-declaration']);
    expect(calls).toEqual(['paris-declaration', 'paris-declaration']);
    await answer('paris-declaration');
    await settle();
    expect(store.version('paris-declaration')?.status).toBe('ready');
  });

  it('ensure() resolves with the files, or rejects with the failure', async () => {
    const { fetcher, answer, fail } = controlled();
    const store = new DataStore(fetcher);
    const both = store.ensure(['us-28', 'zelensky-20', 'imported-mine']);
    await answer('us-28');
    await answer('zelensky-20');
    expect((await both).map((f) => f.version.id)).toEqual(['us-28', 'zelensky-20']);
    const failing = store.ensure(['eu-24']);
    fail('eu-24');
    await expect(failing).rejects.toThrow(/data\/eu-24\.json/);
  });
});
