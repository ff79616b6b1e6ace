import type { Version } from './types';

/**
 * "26 of 28 points known"; "All 28 points known (41 entries: sub-points listed separately)";
 * "12 points known (total not reported)". Shared by the page headers and every report.
 */
export function pointsKnown(v: Version): string {
  const known = v.points.length;
  const points = `${known} ${known === 1 ? 'point' : 'points'} known`;
  if (v.claimedPoints === null) return `${points} (total not reported)`;
  return known > v.claimedPoints
    ? `All ${v.claimedPoints} points known (${known} entries: sub-points listed separately)`
    : `${known} of ${v.claimedPoints} points known`;
}
