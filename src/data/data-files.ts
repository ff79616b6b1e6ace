/**
 * The static data files the build writes next to the page (issue #12): one per version, holding its
 * points with the sources and correspondences it needs, one for the dated events, and the small
 * index the first load carries. Pure: the Vite plugin (scripts/vite-data-plugin.ts) writes these,
 * and the synchronous loader for Node and tests (bundled-source.ts) serves the very same objects.
 */
import { byDate, entryOf, type VersionEntry } from '../core/model/catalog';
import type {
  Correspondence,
  Dataset,
  ProcessEvent,
  Source,
  SourceId,
  Version,
  VersionId,
} from '../core/model/types';

/** One version as the page fetches it: its points, and the sources and links that name it. */
export interface VersionFile {
  version: Version;
  /** Every source the version and its correspondences cite, in register order (no `holds`). */
  sources: Source[];
  /** Every recorded correspondence with this version on either side. */
  correspondences: Correspondence[];
}

/** The dated process events, for the timeline, with the sources they cite. */
export interface EventsFile {
  events: ProcessEvent[];
  sources: Source[];
}

/** Arrays of source ids sit under these keys everywhere in the data (versions, links, events). */
const SOURCE_KEYS = new Set(['sources', 'claimedBy', 'reportedBy']);

/** Every source id cited anywhere inside `value`, found by key so new fields that cite sources are covered. */
export function citedSourceIds(value: unknown, into = new Set<SourceId>()): Set<SourceId> {
  if (Array.isArray(value)) for (const item of value) citedSourceIds(item, into);
  else if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      if (SOURCE_KEYS.has(key) && Array.isArray(child)) {
        for (const id of child) if (typeof id === 'string') into.add(id);
      } else citedSourceIds(child, into);
    }
  return into;
}

/**
 * The page never shows what a page holds or which points it covers (notes and checks for the
 * maintainers of data/): both are left out of the files.
 */
function forPage({ holds: _holds, covers: _covers, ...source }: Source): Source {
  return source;
}

function sourcesFor(dataset: Pick<Dataset, 'sources'>, cited: Set<SourceId>): Source[] {
  return [...dataset.sources.values()].filter((s) => cited.has(s.id)).map(forPage);
}

export function versionFileOf(dataset: Dataset, version: Version): VersionFile {
  const correspondences = dataset.correspondences.filter(
    (c) => c.from === version.id || c.to === version.id,
  );
  const cited = citedSourceIds(correspondences, citedSourceIds(version));
  return { version, sources: sourcesFor(dataset, cited), correspondences };
}

export function eventsFileOf(
  dataset: Pick<Dataset, 'sources'>,
  events: readonly ProcessEvent[],
): EventsFile {
  return { events: [...events], sources: sourcesFor(dataset, citedSourceIds(events)) };
}

/** The index the first load carries: every version without its points, oldest first. */
export function dataIndexOf(
  dataset: Pick<Dataset, 'versions' | 'correspondences'>,
): VersionEntry[] {
  const linked = new Map<VersionId, Set<VersionId>>();
  const link = (a: VersionId, b: VersionId) => linked.set(a, (linked.get(a) ?? new Set()).add(b));
  for (const c of dataset.correspondences) {
    link(c.from, c.to);
    link(c.to, c.from);
  }
  return byDate(
    dataset.versions.map((v) => {
      const ids = linked.get(v.id);
      return ids ? { ...entryOf(v), linked: [...ids].sort() } : entryOf(v);
    }),
  );
}

/** What the first load needs to find the files: the index, and each file's address. */
export interface DataManifest {
  index: VersionEntry[];
  /** Version id → the file's address, relative to the page (`data/us-28-3f2a9c1b.json`). */
  files: Record<VersionId, string>;
  events: string;
}
