import { useMemo } from 'react';
import type { Source, Version } from '../core/model/types';
import { bundled, versionsByDate } from '../data/bundled';
import type { ViewerData } from '../ui/data-context';

const BUNDLED_IDS = new Set(bundled.versions.map((v) => v.id));

/**
 * Everything on offer: bundled versions, the reader's imports, and drafts carried in the link.
 * A version's own sources (imports, link drafts) join the register for lookups and reports.
 */
export function buildViewerData(
  imported: readonly Version[],
  carried: readonly Version[],
): ViewerData {
  const extra = [
    ...imported,
    ...carried.filter((c) => !imported.some((i) => i.id === c.id)),
  ].filter((v) => !BUNDLED_IDS.has(v.id));
  const versions = versionsByDate([...bundled.versions, ...extra]);
  const byId = new Map(versions.map((v) => [v.id, v]));
  const sources = new Map<string, Source>(bundled.sources);
  for (const v of extra)
    for (const s of v.ownSources ?? []) if (!sources.has(s.id)) sources.set(s.id, s);
  const extraIds = new Set(extra.map((v) => v.id));
  return {
    dataset: bundled,
    versions,
    versionById: (id) => byId.get(id),
    source: (id) => sources.get(id),
    sources,
    isImported: (id) => extraIds.has(id),
  };
}

export function useViewerDataValue(
  imported: readonly Version[],
  carried: readonly Version[],
): ViewerData {
  return useMemo(() => buildViewerData(imported, carried), [imported, carried]);
}
