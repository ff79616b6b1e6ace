/**
 * Every version and every reported event on one dated line, oldest first. Versions carry their
 * completeness and who reported them; events their sources. Pure.
 */
import type {
  Completeness,
  DocumentKind,
  ProcessEvent,
  SourceId,
  Version,
  VersionId,
} from '../model/types';

export type TimelineEntry =
  | {
      kind: 'version';
      /** The version id: entries are keyed by data ids, never by position. */
      id: VersionId;
      date: string;
      dateLabel: string;
      version: Version;
      /** What the document is; `null` for a reader's import that did not say. */
      documentKind: DocumentKind | null;
      completeness: Completeness;
      /** Points known / claimed ("19 of 20"). */
      known: number;
      claimed: number | null;
      reportedBy: SourceId[];
    }
  | {
      kind: 'event';
      id: string;
      date: string;
      dateLabel: string;
      event: ProcessEvent;
      /** The versions the event concerns that exist in the data. */
      versions: VersionId[];
      reportedBy: SourceId[];
    };

export interface TimelineData {
  versions: readonly Version[];
  events: readonly ProcessEvent[];
}

/** On the same date a version comes before an event (the event usually reports on it), then by id. */
export function buildTimeline(data: TimelineData): TimelineEntry[] {
  const ids = new Set(data.versions.map((v) => v.id));
  const entries: TimelineEntry[] = [
    ...data.versions.map((v): TimelineEntry => ({
      kind: 'version',
      id: v.id,
      date: v.date,
      dateLabel: v.dateLabel ?? v.date,
      version: v,
      documentKind: v.kind ?? null,
      completeness: v.completeness,
      known: v.points.length,
      claimed: v.claimedPoints,
      reportedBy: v.reportedBy,
    })),
    ...data.events.map((e): TimelineEntry => ({
      kind: 'event',
      id: e.id,
      date: e.date,
      dateLabel: e.dateLabel ?? e.date,
      event: e,
      versions: (e.versions ?? []).filter((id) => ids.has(id)),
      reportedBy: e.sources,
    })),
  ];
  const rank = (e: TimelineEntry): number => (e.kind === 'version' ? 0 : 1);
  return entries.sort(
    (a, b) => a.date.localeCompare(b.date) || rank(a) - rank(b) || a.id.localeCompare(b.id),
  );
}

/**
 * The two versions to compare from a selection, older on the left. Fewer than two known ids:
 * `null`. More than two: the last two picked.
 */
export function comparePair(
  selected: readonly VersionId[],
  versions: readonly Version[],
): { left: VersionId; right: VersionId } | null {
  const known = selected.filter((id) => versions.some((v) => v.id === id));
  const pair = known.slice(-2);
  if (pair.length < 2) return null;
  const [a, b] = pair.map((id) => versions.find((v) => v.id === id)!) as [Version, Version];
  const older = a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
  return older <= 0 ? { left: a.id, right: b.id } : { left: b.id, right: a.id };
}
