/**
 * The data store for Node and tests: every file the build would write, made from data/ at once
 * and ready before the first render (Node cannot fetch the page's relative files). Never
 * imported by the page.
 */
import { bundled } from './bundled';
import { bundledEvents } from './bundled-events';
import { dataIndexOf, eventsFileOf, versionFileOf } from './data-files';
import { DataStore, type DataFetcher } from './data-store';

const files = new Map(bundled.versions.map((v) => [v.id, versionFileOf(bundled, v)]));
const events = eventsFileOf(bundled, bundledEvents);

export const bundledFetcher: DataFetcher = {
  index: dataIndexOf(bundled),
  version: (id) => {
    const file = files.get(id);
    return file ? Promise.resolve(file) : Promise.reject(new Error(`no version ${id}`));
  },
  events: () => Promise.resolve(events),
};

/** A store holding every version and the events already. */
export function bundledStore(): DataStore {
  return new DataStore(bundledFetcher, { versions: [...files.values()], events });
}
