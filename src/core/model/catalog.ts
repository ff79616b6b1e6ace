/**
 * The catalogue of versions: what the first load knows about every version without its points
 * (issue #12: the points of each version load on demand). Enough for the pickers, the default
 * pair, permalinks and the headers of a version that is still loading.
 */
import type { Version, VersionId } from './types';

/** A version's own header fields (`kind` is absent only for a reader's import that did not say). */
export interface VersionEntry extends Pick<
  Version,
  'id' | 'title' | 'date' | 'dateLabel' | 'kind' | 'completeness' | 'claimedPoints'
> {
  /** How many points are known (the length of `points` once loaded). */
  knownPoints: number;
  /**
   * The versions a correspondence links to this one. Two versions with no link of their own are
   * compared through a version both are linked to (compare/through.ts), so the page fetches that
   * one with the pair.
   */
  linked?: VersionId[];
}

export function entryOf(v: Version): VersionEntry {
  return {
    id: v.id,
    title: v.title,
    date: v.date,
    ...(v.dateLabel ? { dateLabel: v.dateLabel } : {}),
    ...(v.kind ? { kind: v.kind } : {}),
    completeness: v.completeness,
    claimedPoints: v.claimedPoints,
    knownPoints: v.points.length,
  };
}

/**
 * Order of ISO dates and kebab-case ids: by UTF-16 code units, which for these is the order
 * `localeCompare` gives. Not `localeCompare`: its first call sets up the ICU collator, 35 ms on a
 * laptop and ~140 ms on a phone-speed CPU, in the page's first render (issue #14).
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Oldest first, then by id for a stable order on equal dates. */
export function byDate<T extends { date: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareCodes(a.date, b.date) || compareCodes(a.id, b.id));
}

/** The versions both are linked to: what a comparison of the two may be joined through. */
export function commonLinks(a: VersionEntry | undefined, b: VersionEntry | undefined): VersionId[] {
  if (!a?.linked || !b?.linked) return [];
  const other = new Set(b.linked);
  return a.linked.filter((id) => other.has(id) && id !== a.id && id !== b.id);
}
