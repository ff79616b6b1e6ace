import { useMemo } from 'react';
import { byDate, entryOf, type VersionEntry } from '../core/model/catalog';
import { asOwnImport, asSharedDraft, type Provenance } from '../core/model/provenance';
import type { Correspondence, Source, Version } from '../core/model/types';
import { payloadSupport } from '../core/url/payload-support';
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
 * in the link. The sources of the loaded files join the register; a version's own sources
 * (imports, link drafts) join it too, marked as given and not checked; they never take the id of a
 * source already there, and a draft's citations resolve only to its own sources
 * (`isolateSources`), so no draft can borrow the register's authority. A draft carried in a link
 * is shown under a marked title (`asSharedDraft`).
 *
 * `isolateSources` comes with the payload support (core/url/payload.ts), which keeps it out of the
 * first load: the reader's imports arrive through the enhancements, which install the support
 * first, and drafts in a link are decoded only once it is there. Should a draft ever come before
 * it, the draft waits (is left out) rather than be shown with citations nobody isolated.
 */
export function buildViewerData(input: ViewerDataInput): ViewerData {
  const { index, loaded, events, imported, carried } = input;
  const bundledIds = new Set(index.map((e) => e.id));

  const sources = new Map<string, Source>();
  for (const f of loaded) for (const s of f.sources) sources.set(s.id, s);
  for (const s of events?.sources ?? []) sources.set(s.id, s);

  const provenances = new Map<string, Provenance>();
  const extra: Version[] = [];
  const ownImports = new Map<string, Version>();
  const isolateSources = payloadSupport()?.isolateSources;
  const admit = (v: Version, givenBy: 'reader' | 'sender') => {
    if (!isolateSources || bundledIds.has(v.id) || provenances.has(v.id)) return;
    const { version } = isolateSources(v, (id) => sources.has(id));
    for (const s of version.ownSources ?? []) sources.set(s.id, { ...s, givenBy });
    provenances.set(v.id, givenBy === 'reader' ? 'yours' : 'shared');
    if (givenBy === 'reader') ownImports.set(v.id, version);
    extra.push(givenBy === 'reader' ? asOwnImport(version) : asSharedDraft(version));
  };
  for (const v of imported) admit(v, 'reader');
  for (const v of carried) admit(v, 'sender');

  const catalog = byDate([...index, ...extra.map(entryOf)]);
  const entries = new Map(catalog.map((e) => [e.id, e]));
  const versions = byDate([...loaded.map((f) => f.version), ...extra]);
  const byId = new Map(versions.map((v) => [v.id, v]));

  const links = new Map<string, Correspondence>();
  for (const f of loaded) for (const c of f.correspondences) links.set(`${c.from}→${c.to}`, c);
  return {
    catalog,
    entryById: (id) => entries.get(id),
    versions,
    versionById: (id) => byId.get(id),
    correspondences: [...links.values()],
    events: events?.events ?? null,
    source: (id) => sources.get(id),
    sources,
    isImported: (id) => provenances.has(id),
    provenance: (id) => provenances.get(id) ?? 'bundled',
    importedDraft: (id) => ownImports.get(id),
  };
}

export function useViewerDataValue(input: ViewerDataInput): ViewerData {
  const { index, loaded, events, imported, carried } = input;
  return useMemo(
    () => buildViewerData({ index, loaded, events: events ?? null, imported, carried }),
    [index, loaded, events, imported, carried],
  );
}
