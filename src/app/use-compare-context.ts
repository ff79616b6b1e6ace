import { useMemo } from 'react';
import type { CompareContext } from '../core/compare/compare';
import type { VersionEntry } from '../core/model/catalog';
import type { Correspondence, Version } from '../core/model/types';
import type { DataStore } from '../data/data-store';

const NO_LINKS: readonly Correspondence[] = [];

/** While a version's points load, hooks get its index entry with no points (never shown). */
export function standIn(entry: VersionEntry | undefined, id: string): Version {
  return {
    id,
    title: entry?.title ?? id,
    date: entry?.date ?? '',
    completeness: entry?.completeness ?? 'count-only',
    claimedPoints: entry?.claimedPoints ?? null,
    claimedBy: [],
    reportedBy: [],
    summary: '',
    points: [],
  };
}

/**
 * What the pair in view is compared with: the recorded links (each file carries every link that
 * names its version) and the versions both are linked to, through which two unlinked versions are
 * joined (compare/through.ts), as the command line does.
 */
export function useCompareContext(
  store: DataStore,
  left: string,
  right: string,
  through: readonly string[],
): CompareContext {
  const file = (id: string) => {
    const load = store.version(id);
    return load?.status === 'ready' ? load.value : undefined;
  };
  const a = file(left);
  const b = file(right);
  const bases = through.map(file);
  const basesKey = bases.map((f) => (f ? f.version.id : '')).join('\n');
  return useMemo(() => {
    const links = new Map<string, Correspondence>();
    for (const c of [...(a?.correspondences ?? NO_LINKS), ...(b?.correspondences ?? NO_LINKS)])
      links.set(`${c.from}→${c.to}`, c);
    const versions = basesKey
      .split('\n')
      .filter(Boolean)
      .map((id) => store.version(id))
      .flatMap((load) => (load?.status === 'ready' ? [load.value.version] : []));
    return { correspondences: [...links.values()], versions };
  }, [store, a, b, basesKey]);
}
