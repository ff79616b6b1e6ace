import type { Version } from './types';

/**
 * "26 of 28 points known"; "All 28 points known (41 entries: sub-points listed separately)";
 * "12 points known (total not reported)". Shared by the page headers and every report.
 */
export function pointsKnown(v: Version): string {
  const known = v.points.length;
  const points = `${known} ${known === 1 ? 'point' : 'points'} known`;
  if (v.claimedPoints === null) return `${points} (total not reported)`;
  if (known <= v.claimedPoints) return `${known} of ${v.claimedPoints} points known`;
  // A declaration's preamble is an entry of ours, not one of its numbered points (Paris: 5 + 1).
  const why =
    hasPreamble(v) && known - 1 === v.claimedPoints
      ? 'the preamble listed separately'
      : 'sub-points listed separately';
  return `All ${v.claimedPoints} points known (${known} entries: ${why})`;
}

/** The version's text opens with a preamble, kept as an entry labelled `preamble`. */
export function hasPreamble(v: Pick<Version, 'points'>): boolean {
  return v.points.some((p) => p.label === 'preamble');
}
