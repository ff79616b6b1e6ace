/**
 * The data files the service worker keeps as the reader opens versions (issue #14): one JSON file
 * per version, named `data/<name>-<10 hex of its content's sha256>.json` by the build
 * (scripts/vite-data-plugin.ts), so a file's content never changes under its name and the cache
 * may answer first, forever. vite.config.ts hands both to workbox; the page uses them to keep the
 * files it fetched before the worker was in control (see `keepFetchedData`).
 */
export const DATA_FILE = /\/data\/[\w.-]+-[0-9a-f]{10}\.json$/;
export const DATA_CACHE = 'plan-data';

/**
 * On the first visit the page fetches its versions before the service worker controls it, so the
 * worker never sees those fetches. Put them in the worker's cache now (the browser's HTTP cache
 * answers, as the files are immutable), so the comparison already read opens offline.
 */
export async function keepFetchedData(
  resourceUrls: readonly string[],
  cacheStorage: CacheStorage,
): Promise<string[]> {
  const wanted = [...new Set(resourceUrls)].filter((url) => DATA_FILE.test(new URL(url).pathname));
  if (!wanted.length) return [];
  const cache = await cacheStorage.open(DATA_CACHE);
  const missing: string[] = [];
  for (const url of wanted) if (!(await cache.match(url))) missing.push(url);
  await cache.addAll(missing);
  return missing;
}
