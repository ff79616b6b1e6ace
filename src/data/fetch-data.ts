/**
 * The page's fetcher: the static data files the build wrote beside index.html (named by content
 * hash, so a host may cache them for good). Addresses are relative to the page, like the build's
 * own assets, so the site works from any sub-path. The build validated the files; the page
 * trusts them.
 */
import type { DataManifest, EventsFile, VersionFile } from './data-files';
import { DataLoadError, type DataFetcher } from './data-store';

async function getJson<T>(file: string, what: string, base: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(new URL(file, base));
  } catch {
    throw new DataLoadError(what, file, 'no answer from the server; check the connection');
  }
  if (!response.ok) throw new DataLoadError(what, file, `the server answered ${response.status}`);
  try {
    return (await response.json()) as T;
  } catch {
    throw new DataLoadError(what, file, 'the file is not readable JSON');
  }
}

export function httpFetcher(manifest: DataManifest, base = document.baseURI): DataFetcher {
  const titles = new Map(manifest.index.map((e) => [e.id, e.title]));
  return {
    index: manifest.index,
    version: (id) => {
      const file = manifest.files[id];
      const what = `the text of “${titles.get(id) ?? id}”`;
      if (!file) return Promise.reject(new DataLoadError(what, id, 'not in this build'));
      return getJson<VersionFile>(file, what, base);
    },
    events: () => getJson<EventsFile>(manifest.events, 'the dated events', base),
  };
}
