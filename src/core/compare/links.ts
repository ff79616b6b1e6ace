/**
 * Recorded correspondences read from either side, and what a link needs to know about a version.
 */
import type {
  Correspondence,
  CorrespondenceLink,
  LinkStatus,
  ReportedChange,
  Version,
  VersionId,
} from '../model/types';

/** A link oriented left → right; `via` names the version two recorded links were joined through. */
export type OrientedLink = CorrespondenceLink & { via?: VersionId };

const SWAPPED: Record<LinkStatus, LinkStatus> = {
  kept: 'kept',
  changed: 'changed',
  dropped: 'added',
  added: 'dropped',
  unknown: 'unknown',
};

/** The change read the other way round. */
export function reverseChange(change: ReportedChange): ReportedChange {
  return { from: change.to, to: change.from };
}

/**
 * The recorded links between two versions, oriented left → right (either direction in the data):
 * a swapped link reads the other way, so "dropped" becomes "added" and its change is reversed.
 */
export function recordedLinks(
  left: Pick<Version, 'id'>,
  right: Pick<Version, 'id'>,
  correspondences: readonly Correspondence[],
): CorrespondenceLink[] {
  const out: CorrespondenceLink[] = [];
  for (const c of correspondences) {
    if (c.from === left.id && c.to === right.id) out.push(...c.links);
    else if (c.from === right.id && c.to === left.id)
      out.push(
        ...c.links.map((l) => ({
          ...l,
          left: l.right,
          right: l.left,
          status: SWAPPED[l.status],
          ...(l.change ? { change: reverseChange(l.change) } : {}),
        })),
      );
  }
  return out;
}

/** Not every point of the version is known: a missing counterpart may just be unreported. */
export function isIncomplete(v: Version): boolean {
  return (
    v.completeness !== 'full-text' ||
    (v.claimedPoints !== null && v.points.length < v.claimedPoints)
  );
}
