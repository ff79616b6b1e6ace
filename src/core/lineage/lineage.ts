/**
 * The history of one point through every version, oldest first. Each version is compared with the
 * chosen point's version by `compareVersions`, the older one on the left, and the step is the row
 * that holds the chosen point: its status, basis, change and counterparts. So the history says
 * exactly what the comparison of the two versions says (issue #11 §4: one set of statuses), and a
 * version without text carries the fates outlets reported, or "not reported", never guessed text.
 */
import { compareVersions, type CompareContext } from '../compare/compare';
import type { Comparison, Row } from '../compare/rows';
import { fail, ok, type Result } from '../model/result';
import type { Point, Version, VersionId } from '../model/types';

/** What the history reads: the versions (any order) and the recorded correspondences. */
export interface LineageData {
  versions: readonly Version[];
  correspondences: CompareContext['correspondences'];
}

/** Oldest first; the id breaks ties so the order is stable. */
export function byDate(versions: readonly Version[]): Version[] {
  return [...versions].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/**
 * How a version relates to the chosen point:
 * - `chosen`: the point itself;
 * - `later` / `earlier`: the row of the comparison between the chosen point's version and this one
 *   (older on the left), so its status reads from the older version to the newer; `via` names the
 *   version two recorded links were joined through, when no link is recorded between the two.
 */
export type StepRelation =
  | { kind: 'chosen' }
  | { kind: 'later'; row: Row; via?: Version }
  | { kind: 'earlier'; row: Row; via?: Version };

export interface HistoryStep {
  version: Version;
  /** The chosen point's counterparts in this version (0..n); the point itself for `chosen`. */
  points: Point[];
  relation: StepRelation;
}

export type HistoryError = 'unknown-version' | 'unknown-point';

/**
 * Comparisons already made, by the data they read (the caller's versions list and correspondences),
 * then left and right version, all by identity: new data or an edited import is compared afresh.
 * A reader picking points one after another reuses them, since every pick compares the chosen
 * version with every other one.
 */
type Made = WeakMap<Version, WeakMap<Version, Comparison>>;
const made = new WeakMap<object, WeakMap<object, Made>>();

function compareOnce(
  data: LineageData,
  left: Version,
  right: Version,
  ctx: CompareContext,
): Comparison {
  let byData = made.get(data.correspondences);
  if (!byData) made.set(data.correspondences, (byData = new WeakMap()));
  let byLeft = byData.get(data.versions);
  if (!byLeft) byData.set(data.versions, (byLeft = new WeakMap()));
  let byRight = byLeft.get(left);
  if (!byRight) byLeft.set(left, (byRight = new WeakMap()));
  let c = byRight.get(right);
  if (!c) byRight.set(right, (c = compareVersions(left, right, ctx)));
  return c;
}

/** The point's history in every version, oldest first. */
export function pointHistory(
  data: LineageData,
  versionId: VersionId,
  label: string,
): Result<HistoryStep[], HistoryError> {
  const versions = byDate(data.versions);
  const origin = versions.find((v) => v.id === versionId);
  if (!origin) return fail('unknown-version');
  const point = origin.points.find((p) => p.label === label);
  if (!point) return fail('unknown-point');
  const ctx: CompareContext = { correspondences: data.correspondences, versions };
  const at = versions.indexOf(origin);
  return ok(
    versions.map((version, i): HistoryStep => {
      if (version === origin) return { version, points: [point], relation: { kind: 'chosen' } };
      const later = i > at;
      const c = later
        ? compareOnce(data, origin, version, ctx)
        : compareOnce(data, version, origin, ctx);
      const [mine, theirs] = later ? (['left', 'right'] as const) : (['right', 'left'] as const);
      const row = c.rows.find((r) => r[mine].some((p) => p.label === label))!;
      const via = c.via ? { via: c.via } : {};
      return {
        version,
        points: row[theirs],
        relation: later ? { kind: 'later', row, ...via } : { kind: 'earlier', row, ...via },
      };
    }),
  );
}
