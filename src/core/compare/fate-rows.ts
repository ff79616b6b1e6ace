/**
 * Rows for a version with no public text: never guessed text, only the fates outlets reported for
 * the points of the version it is based on (directly, or carried over recorded links), or "not
 * reported". Several readings of one point keep every reading, and say whether they agree.
 */
import type { Correspondence, FateReading, Version } from '../model/types';
import { pointId } from '../model/types';
import { recordedLinks } from './links';
import { hasDisputedPoint, rowKey, type Row, type RowClaim, type RowCommon } from './rows';

/**
 * Rows for a version with text (`withText`) against one without (`withoutText`): each point gets
 * the fates outlets reported (directly, or through a recorded link to the version the fates refer
 * to), or "not reported".
 */
export function fateRows(
  withText: Version,
  withoutText: Version,
  correspondences: readonly Correspondence[],
): Row[] {
  const fates = fatesByLabel(withText, withoutText, correspondences);
  return withText.points.map((point): Row => {
    const readings = fates.get(point.label);
    const common: RowCommon = {
      key: rowKey([pointId(withText.id, point.label)], []),
      left: [point],
      right: [],
      basis: { kind: 'none' },
      moved: false,
      disputed: hasDisputedPoint([point]),
      explain: [],
    };
    if (!readings) return { ...common, kind: 'not-reported' };
    const { claim, disputed } = readingsClaim(readings);
    const sources = [...new Set(readings.flatMap((r) => r.sources))];
    const row: Row = {
      ...common,
      ...claim,
      basis: { kind: 'reported', sources },
      readings,
      disputed: disputed || common.disputed,
    };
    const only = readings.length === 1 ? readings[0] : undefined;
    if (only?.change) row.change = only.change;
    if (disputed) row.explain = ['outlets disagree; every reading is shown'];
    return row;
  });
}

/**
 * What several readings of one point claim together. One status when they agree ("bracketed" is
 * `open`). "Changed" and "dropped" both say the point did not survive as it was: `changed`, and
 * disputed. "Kept" and "changed" refine each other (kept in substance, changed in detail):
 * `changed`, not disputed. Anything else contradicts: `unknown`, disputed.
 */
function readingsClaim(readings: readonly FateReading[]): {
  claim: RowClaim;
  disputed: boolean;
} {
  const statuses = new Set(readings.map((r) => r.status));
  const only = statuses.size === 1 ? [...statuses][0] : undefined;
  switch (only) {
    case 'dropped':
      return { claim: { kind: 'dropped' }, disputed: false };
    case 'changed':
      return { claim: { kind: 'changed' }, disputed: false };
    case 'kept':
      return { claim: { kind: 'kept' }, disputed: false };
    case 'bracketed':
      return { claim: { kind: 'open' }, disputed: false };
    case undefined:
      break;
    default:
      return only satisfies never;
  }
  const within = (allowed: readonly string[]) => [...statuses].every((s) => allowed.includes(s));
  if (within(['changed', 'dropped'])) return { claim: { kind: 'changed' }, disputed: true };
  if (within(['kept', 'changed'])) return { claim: { kind: 'changed' }, disputed: false };
  return { claim: { kind: 'unknown', why: 'disputed' }, disputed: true };
}

/**
 * The readings of each point of `withText` in `withoutText`: the fates themselves when they refer
 * to `withText`; else carried over recorded links that say the point was kept or changed (a fate of
 * the US amnesty clause says nothing about a point whose link to it is unknown).
 */
function fatesByLabel(
  withText: Version,
  withoutText: Version,
  correspondences: readonly Correspondence[],
): Map<string, FateReading[]> {
  const out = new Map<string, FateReading[]>();
  if (!withoutText.fates?.length || !withoutText.basedOn) return out;
  const direct = new Map<string, FateReading[]>();
  for (const fate of withoutText.fates)
    for (const label of fate.points)
      direct.set(label, [...(direct.get(label) ?? []), ...fate.readings]);
  if (withoutText.basedOn === withText.id) return direct;
  for (const link of recordedLinks(withText, { id: withoutText.basedOn }, correspondences)) {
    if (link.status !== 'kept' && link.status !== 'changed') continue;
    const readings = link.right.flatMap((label) => direct.get(label) ?? []);
    if (!readings.length) continue;
    for (const label of link.left) out.set(label, unique([...(out.get(label) ?? []), ...readings]));
  }
  return out;
}

function unique(readings: FateReading[]): FateReading[] {
  return readings.filter((r, i) => readings.indexOf(r) === i);
}
