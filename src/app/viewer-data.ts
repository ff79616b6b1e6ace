import { useMemo } from 'react';
import { byDate, entryOf, type VersionEntry } from '../core/model/catalog';
import type { Correspondence, Source, Version } from '../core/model/types';
import type { EventsFile, VersionFile } from '../data/data-files';
import type { ViewerData } from '../ui/data-context';

export interface ViewerDataInput {
  /** The bundled versions, without points (the data index). */
  index: readonly VersionEntry[];
  /** The bundled versions loaded so far. */
  loaded: readonly VersionFile[];
  events?: EventsFile | null;
  /** The reader's imports. */
  imported: readonly Version[];
  /** Drafts carried by the link. */
  carried: readonly Version[];
}

/**
 * Everything on offer: bundled versions (loaded or not), the reader's imports, and drafts carried
 * in the link. The sources of the loaded files and the versions' own sources (imports, link
 * drafts) join the register for lookups and reports.
 */
export function buildViewerData(input: ViewerDataInput): ViewerData {
  const { index, loaded, events, imported, carried } = input;
  const bundledIds = new Set(index.map((e) => e.id));
  const extra = [
    ...imported,
    ...carried.filter((c) => !imported.some((i) => i.id === c.id)),
  ].filter((v) => !bundledIds.has(v.id));
  const catalog = byDate([...index, ...extra.map(entryOf)]);
  const entries = new Map(catalog.map((e) => [e.id, e]));
  const versions = byDate([...loaded.map((f) => f.version), ...extra]);
  const byId = new Map(versions.map((v) => [v.id, v]));

  const sources = new Map<string, Source>();
  for (const f of loaded) for (const s of f.sources) sources.set(s.id, s);
  for (const s of events?.sources ?? []) sources.set(s.id, s);
  for (const v of extra)
    for (const s of v.ownSources ?? []) if (!sources.has(s.id)) sources.set(s.id, s);

  const links = new Map<string, Correspondence>();
  for (const f of loaded) for (const c of f.correspondences) links.set(`${c.from}→${c.to}`, c);

  const extraIds = new Set(extra.map((v) => v.id));
  return {
    catalog,
    entryById: (id) => entries.get(id),
    versions,
    versionById: (id) => byId.get(id),
    correspondences: [...links.values()],
    events: events?.events ?? null,
    source: (id) => sources.get(id),
    sources,
    isImported: (id) => extraIds.has(id),
  };
}

export function useViewerDataValue(input: ViewerDataInput): ViewerData {
  const { index, loaded, events, imported, carried } = input;
  return useMemo(
    () => buildViewerData({ index, loaded, events: events ?? null, imported, carried }),
    [index, loaded, events, imported, carried],
  );
}
