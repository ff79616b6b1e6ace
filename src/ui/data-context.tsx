import { createContext, useContext } from 'react';
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
  isImported: (id: string) => boolean;
}

export const DataContext = createContext<ViewerData | null>(null);

export function useViewerData(): ViewerData {
  const data = useContext(DataContext);
  if (!data) throw new Error('useViewerData must be used inside <DataContext.Provider>');
  return data;
}
