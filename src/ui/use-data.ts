import { startTransition, useEffect, useState } from 'react';
import type { VersionId } from '../core/model/types';
import type { DataLoadError, DataStore } from '../data/data-store';

/** Where the data a view needs stands: here, on its way (named), or failed (with Retry). */
export type DataState =
  | { status: 'ready' }
  | { status: 'loading'; what: string[] }
  | { status: 'failed'; errors: DataLoadError[]; retry: () => void };

/**
 * Re-render whenever a data file arrives or fails. The re-render is a transition, not
 * `useSyncExternalStore`'s synchronous render: the first comparison (digest, bar, rows) is built
 * when its files arrive, and at a phone's speed that render was one task of about half a second;
 * React renders a transition in slices, answering input between them (issue #14). Renders read
 * the store itself, not the revision: one that reads it a little later shows the newer state,
 * and the change's own transition follows.
 */
export function useStoreRevision(store: DataStore): number {
  const [revision, setRevision] = useState(store.getRevision);
  useEffect(() => {
    const follow = () => startTransition(() => setRevision(store.getRevision()));
    const stop = store.subscribe(follow);
    follow(); // anything that arrived between the render and this effect
    return stop;
  }, [store]);
  return revision;
}

/**
 * Ask the store for these versions (and the events), all at once, and follow them. Ids that are
 * not bundled (imports, drafts carried by a link) have their points already and count as ready.
 */
export function useData(
  store: DataStore,
  ids: readonly VersionId[],
  withEvents = false,
): DataState {
  useStoreRevision(store);
  const wanted = [...new Set(ids)].filter((id) => store.entry(id));
  const key = wanted.join('\n');
  useEffect(() => {
    store.request(key ? key.split('\n') : [], withEvents);
  }, [store, key, withEvents]);

  const errors: DataLoadError[] = [];
  const what: string[] = [];
  for (const id of wanted) {
    const load = store.version(id);
    if (load?.status === 'failed') errors.push(load.error);
    else if (load?.status !== 'ready') what.push(`“${store.entry(id)!.title}”`);
  }
  if (withEvents) {
    const load = store.events();
    if (load?.status === 'failed') errors.push(load.error);
    else if (load?.status !== 'ready') what.push('the dated events');
  }
  if (errors.length)
    return { status: 'failed', errors, retry: () => store.retry(wanted, withEvents) };
  return what.length ? { status: 'loading', what } : { status: 'ready' };
}
