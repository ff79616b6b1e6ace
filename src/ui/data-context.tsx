import { createContext, useContext } from 'react';
import type { Provenance } from '../core/model/provenance';
import type { Dataset, Source, Version } from '../core/model/types';

/** What every view reads: the versions on offer (bundled and imported) and the source register. */
export interface ViewerData {
  dataset: Dataset;
  /** Bundled and imported versions, oldest first. */
  versions: readonly Version[];
  versionById: (id: string) => Version | undefined;
  source: (id: string) => Source | undefined;
  /** The source register with the sources imported and linked drafts carry (for reports). */
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
