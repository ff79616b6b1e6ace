/** `compare --list`: the bundled versions as JSON rows. Pure, so it is tested on a hand-built data set. */
import type { Completeness, Dataset, DocumentKind } from '../core/model/types';
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
  knownPoints: number;
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
      reportedBy: outletsOf(v.reportedBy, (id) => data.sources.get(id)),
    }));
}
