/**
 * The catalogue of versions: what the first load knows about every version without its points
 * (issue #12: the points of each version load on demand). Enough for the pickers, the default
 * pair, permalinks and the headers of a version that is still loading.
 */
import type { Completeness, DocumentKind, Version, VersionId } from './types';

export interface VersionEntry {
  id: VersionId;
  title: string;
  date: string;
  dateLabel?: string;
  /** Absent only for a reader's import that did not say. */
  kind?: DocumentKind;
  completeness: Completeness;
  claimedPoints: number | null;
  /** How many points are known (the length of `points` once loaded). */
  knownPoints: number;
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

/** Oldest first, then by id for a stable order on equal dates. */
export function byDate<T extends { date: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
