import { createContext, useContext } from 'react';
import type { VersionEntry } from '../core/model/catalog';
import type { Provenance } from '../core/model/provenance';
import type { Correspondence, ProcessEvent, Source, Version } from '../core/model/types';
import type { DataStore } from '../data/data-store';

/**
 * What every view reads. The points of a bundled version load on demand (issue #12): `catalog`
 * lists every version on offer, `versions` only those whose points are here.
 */
export interface ViewerData {
  /** Every version on offer (bundled, imported, carried by the link), loaded or not, oldest first. */
  catalog: readonly VersionEntry[];
  entryById: (id: string) => VersionEntry | undefined;
  /** The versions whose points are here (loaded so far, imports, link drafts), oldest first. */
  versions: readonly Version[];
  versionById: (id: string) => Version | undefined;
  /** The recorded correspondences of the loaded versions. */
  correspondences: readonly Correspondence[];
  /** The dated events, once the timeline has loaded them. */
  events: readonly ProcessEvent[] | null;
  source: (id: string) => Source | undefined;
  /** The sources loaded so far, with those imported and linked drafts carry (for reports). */
  sources: ReadonlyMap<string, Source>;
  /** Not bundled: the reader's import or a draft carried in the link. */
  isImported: (id: string) => boolean;
  /** Where a version came from; unknown ids read as `bundled`. */
  provenance: (id: string) => Provenance;
  /**
   * The reader's own import as a link carries it: its sources isolated, its title as given (the
   * version in `versions` may show the title isolated for display).
   */
  importedDraft: (id: string) => Version | undefined;
}

export const DataContext = createContext<ViewerData | null>(null);

export function useViewerData(): ViewerData {
  const data = useContext(DataContext);
  if (!data) throw new Error('useViewerData must be used inside <DataContext.Provider>');
  return data;
}

/** The session's data files, for views that load more of them (the lineage panels, exports). */
export const DataStoreContext = createContext<DataStore | null>(null);

export function useDataStore(): DataStore {
  const store = useContext(DataStoreContext);
  if (!store) throw new Error('useDataStore must be used inside <DataStoreContext.Provider>');
  return store;
}
