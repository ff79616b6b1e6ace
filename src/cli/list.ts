/** `compare --list`: the bundled versions as JSON rows. Pure, so it is tested on a hand-built data set. */
import type { Completeness, Dataset, DocumentKind } from '../core/model/types';
import { hasPreamble, pointsKnown } from '../core/model/known';
import { outletsOf } from '../core/model/sources';

/** One row of `--list`. */
export interface VersionListing {
  id: string;
  title: string;
  date: string;
  /** What the document is (a plan draft, a guarantee document, …); absent only for imports. */
  kind: DocumentKind | null;
  completeness: Completeness;
  claimedPoints: number | null;
  /** Entries in the data: more than `claimedPoints` when sub-points (10a–10d) are listed apart. */
  knownPoints: number;
  /** Sub-points are entries of their own, so `knownPoints` exceeds `claimedPoints` (us-28: 41 of 28). */
  subPointsListedSeparately: boolean;
  /** The counts in words, as the page and every report give them. */
  countNote: string;
  /** Unique outlet names of the version's `reportedBy` sources, in order. */
  reportedBy: string[];
}

/** Every version of the data set, oldest first (then by id), as `--list` prints it. */
export function listVersions(data: Pick<Dataset, 'versions' | 'sources'>): VersionListing[] {
  return [...data.versions]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((v) => ({
      id: v.id,
      title: v.title,
      date: v.date,
      kind: v.kind ?? null,
      completeness: v.completeness,
      claimedPoints: v.claimedPoints,
      knownPoints: v.points.length,
      subPointsListedSeparately:
        v.claimedPoints !== null && v.points.length - (hasPreamble(v) ? 1 : 0) > v.claimedPoints,
      countNote: pointsKnown(v),
      reportedBy: outletsOf(v.reportedBy, (id) => data.sources.get(id)),
    }));
}
