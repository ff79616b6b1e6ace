/**
 * Stages 1 and 2 of the alignment: recorded links, then points with the same text, exactly or
 * apart from case, punctuation, whitespace and numbering (`normalize.ts`), by hash maps.
 * Duplicates pair in order, within the stretches between unique matches (`pairEqual`). On real
 * drafts and on the benchmark about half the points end here, before any word is looked at.
 */
import type { AlignState } from './align-state';
import type { AlignHow, AlignItem, FixedLink } from './align-types';
import { heaviestIncreasing } from './lis';
import { matchWords } from './normalize';
import { BACKGROUND_POINTS } from './thresholds';

/**
 * Stage 1: recorded links are kept as given and take their points out of matching.
 * @throws RangeError when a link names an index out of range or a point twice.
 */
export function pairFixed(s: AlignState, links: readonly FixedLink[]): void {
  for (const link of links) {
    const l = [...link.left].sort((x, y) => x - y);
    const r = [...link.right].sort((x, y) => x - y);
    for (const a of l) checkFree(a, s.groupL, 'left');
    for (const b of r) checkFree(b, s.groupR, 'right');
    if (l.length + r.length === 0) continue;
    s.add(l, r, 'fixed', 1);
  }
}

function checkFree(index: number, groups: Int32Array, side: string): void {
  if (!Number.isInteger(index) || index < 0 || index >= groups.length) {
    throw new RangeError(
      `fixed link names ${side} point ${index}, out of range 0..${groups.length - 1}`,
    );
  }
  if (groups[index] !== -1) throw new RangeError(`fixed links name ${side} point ${index} twice`);
}

/** Stage 2a: free points with exactly the same text. */
export function pairExact(s: AlignState): void {
  const keys = (
    n: number,
    groups: Int32Array,
    items: readonly AlignItem[],
  ): (string | undefined)[] =>
    Array.from({ length: n }, (_, i) => (groups[i] === -1 ? (items[i]?.text ?? '') : undefined));
  pairEqual(s, keys(s.nL, s.groupL, s.left), keys(s.nR, s.groupR, s.right), 'exact');
}

/**
 * Stage 2b: scans every point still free into its word profile, pairs those equal apart from
 * case, punctuation, whitespace and numbering, and prepares the rest for the similarity stage.
 * Returns whether any point is left to match.
 */
export function pairNormalised(s: AlignState): boolean {
  const profiles = s.profiles;
  const sequence = (key: number, free: boolean): number | undefined => {
    if (!free) return undefined;
    profiles.add(key);
    return profiles.sequence(key);
  };
  const leftKeys = Array.from({ length: s.nL }, (_, a) => sequence(a, s.groupL[a] === -1));
  const rightKeys = Array.from({ length: s.nR }, (_, b) => sequence(s.nL + b, s.groupR[b] === -1));
  // The sequence hash finds the pairs; the words themselves confirm them.
  for (const [a, b] of pairEqual(s, leftKeys, rightKeys, 'normalised', (a, b) =>
    sameWords(s.textOf(a), s.textOf(s.nL + b)),
  )) {
    profiles.remove(a);
    profiles.remove(s.nL + b);
  }
  if (!s.groupL.includes(-1) || !s.groupR.includes(-1)) return false;
  // Normalised pairs still count in word frequencies (`remove` keeps them there); so does a
  // sample of the exact pairs.
  let active = 0;
  for (const g of s.groupOf) if (g === -1) active += 1;
  const exact = s.drafts.filter((d) => d.how === 'exact');
  const sample = Math.min(exact.length, BACKGROUND_POINTS - active);
  for (let k = 0; k < sample; k += 1) {
    profiles.addBackground(exact[Math.floor((k * exact.length) / sample)]?.left[0] ?? 0, 2);
  }
  profiles.finish();
  return true;
}

/**
 * Pairs free points whose keys are equal (`undefined`: not free). A key found once on each side
 * pairs directly. Duplicated keys ("" for points without text, repeated boilerplate) pair in
 * order, first within the stretches between the unique pairs that keep their order, then
 * whatever is left: so a dropped copy does not shift its twins into "moves".
 * @returns the pairs made.
 */
function pairEqual<K>(
  s: AlignState,
  leftKeys: readonly (K | undefined)[],
  rightKeys: readonly (K | undefined)[],
  how: AlignHow,
  same: (a: number, b: number) => boolean = () => true,
): [number, number][] {
  const byKey = new Map<K, { left: number[]; right: number[] }>();
  const entry = (key: K): { left: number[]; right: number[] } => {
    let e = byKey.get(key);
    if (e === undefined) {
      e = { left: [], right: [] };
      byKey.set(key, e);
    }
    return e;
  };
  leftKeys.forEach((key, a) => {
    if (key !== undefined) entry(key).left.push(a);
  });
  rightKeys.forEach((key, b) => {
    if (key !== undefined && byKey.has(key)) entry(key).right.push(b);
  });
  const made: [number, number][] = [];
  const pair = (a: number, b: number): boolean => {
    if (!same(a, b)) return false;
    s.add([a], [b], how, 1);
    made.push([a, b]);
    return true;
  };
  const repeated: { left: number[]; right: number[] }[] = [];
  for (const e of byKey.values()) {
    if (e.right.length === 0) continue;
    if (e.left.length === 1 && e.right.length === 1) pair(e.left[0] ?? 0, e.right[0] ?? 0);
    else repeated.push(e);
  }
  if (repeated.length === 0) return made;
  // Stretches: between consecutive 1:1 pairs that keep their order.
  const ones = s.drafts
    .filter((d) => d.left.length === 1 && d.right.length === 1)
    .map((d) => [d.left[0] ?? 0, d.right[0] ?? 0] as const)
    .sort((x, y) => x[0] - y[0]);
  const chain = heaviestIncreasing(
    ones.map((p) => p[1]),
    ones.map(() => 1),
    s.nR,
  );
  const anchorsL = ones.filter((_, k) => chain[k]).map((p) => p[0]);
  const anchorsR = ones.filter((_, k) => chain[k]).map((p) => p[1]);
  for (const e of repeated) {
    const usedL = new Set<number>();
    const usedR = new Set<number>();
    for (let i = 0, j = 0; i < e.left.length && j < e.right.length;) {
      const a = e.left[i] ?? 0;
      const b = e.right[j] ?? 0;
      const gapL = countBelow(anchorsL, a);
      const gapR = countBelow(anchorsR, b);
      if (gapL === gapR && pair(a, b)) {
        usedL.add(a);
        usedR.add(b);
      }
      if (gapL <= gapR) i += 1;
      if (gapR <= gapL) j += 1;
    }
    const restL = e.left.filter((a) => !usedL.has(a));
    const restR = e.right.filter((b) => !usedR.has(b));
    for (let k = 0; k < Math.min(restL.length, restR.length); k += 1)
      pair(restL[k] ?? 0, restR[k] ?? 0);
  }
  return made;
}

/** Whether two texts have the same matching words (the check behind a normalised match). */
function sameWords(x: string, y: string): boolean {
  const a = matchWords(x);
  const b = matchWords(y);
  return a.length === b.length && a.every((w, k) => w === b[k]);
}

/** How many of the ascending `sorted` are below `x`. */
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
