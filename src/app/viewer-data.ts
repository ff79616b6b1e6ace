import { useMemo } from 'react';
import { asOwnImport, asSharedDraft, type Provenance } from '../core/model/provenance';
import type { Source, Version } from '../core/model/types';
import { payloadSupport } from '../core/url/payload-support';
import { bundled, versionsByDate } from '../data/bundled';
import type { ViewerData } from '../ui/data-context';

const BUNDLED_IDS = new Set(bundled.versions.map((v) => v.id));

/**
 * Everything on offer: bundled versions, the reader's imports, and drafts carried in the link.
 * A version's own sources (imports, link drafts) join the register for lookups and reports, marked
 * as given and not checked; they never take the id of a source already there, and a draft's
 * citations resolve only to its own sources (`isolateSources`), so no draft can borrow the
 * register's authority. A draft carried in a link is shown under a marked title (`asSharedDraft`).
 *
 * `isolateSources` comes with the payload support (core/url/payload.ts), which keeps it out of the
 * first load: the reader's imports arrive through the enhancements, which install the support
 * first, and drafts in a link are decoded only once it is there. Should a draft ever come before
 * it, the draft waits (is left out) rather than be shown with citations nobody isolated.
 */
export function buildViewerData(
  imported: readonly Version[],
  carried: readonly Version[],
): ViewerData {
  const sources = new Map<string, Source>(bundled.sources);
  const provenances = new Map<string, Provenance>();
  const extra: Version[] = [];
  const ownImports = new Map<string, Version>();
  const isolateSources = payloadSupport()?.isolateSources;
  const admit = (v: Version, givenBy: 'reader' | 'sender') => {
    if (!isolateSources || BUNDLED_IDS.has(v.id) || provenances.has(v.id)) return;
    const { version } = isolateSources(v, (id) => sources.has(id));
    for (const s of version.ownSources ?? []) sources.set(s.id, { ...s, givenBy });
    provenances.set(v.id, givenBy === 'reader' ? 'yours' : 'shared');
    if (givenBy === 'reader') ownImports.set(v.id, version);
    extra.push(givenBy === 'reader' ? asOwnImport(version) : asSharedDraft(version));
  };
  for (const v of imported) admit(v, 'reader');
  for (const v of carried) admit(v, 'sender');
  const versions = versionsByDate([...bundled.versions, ...extra]);
  const byId = new Map(versions.map((v) => [v.id, v]));
  return {
    dataset: bundled,
    versions,
    versionById: (id) => byId.get(id),
    source: (id) => sources.get(id),
    sources,
    isImported: (id) => provenances.has(id),
    provenance: (id) => provenances.get(id) ?? 'bundled',
    importedDraft: (id) => ownImports.get(id),
  };
}

export function useViewerDataValue(
  imported: readonly Version[],
  carried: readonly Version[],
): ViewerData {
  return useMemo(() => buildViewerData(imported, carried), [imported, carried]);
}
