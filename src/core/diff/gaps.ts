/**
 * Stage 5 of the alignment, gap filling: once the confident groups are fixed, the points still
 * unmatched between two of them that kept their order are likely partners. A draft rewritten by
 * another hand keeps its sequence even where its words changed ("capped at 600,000 personnel" →
 * "800,000 in peacetime"), and a thin summary that replaces 13a–13c sits where they stood. So,
 * inside each gap between consecutive in-order groups:
 * 1. **Pairs** (`pairInGaps`): the free points on both sides are aligned in order (a small
 *    longest-common-subsequence over the gap's cells, never the whole document) at
 *    `GAP_THRESHOLD`, far below the bar for a pair that stands on its text alone.
 * 2. **Joins** (`joinNeighbours`): a free point joins the in-order group next to it on its
 *    side, making it a merge or a split, when it is a part of what the group's other side says
 *    (`joined`: mostly inside it and adding something the group's points did not say, or a
 *    good part of a thin summary). This is how one short point that covers several longer
 *    ones is found: each part explains its share of the summary.
 *
 * The thresholds and what they were measured on are in `thresholds.ts` (`GAP_THRESHOLD`,
 * `JOIN_CONTAINMENT`, `JOIN_NOVELTY`, `SUMMARY_GAIN`, `SUMMARY_PART`).
 */
import type { AlignState, Draft } from './align-state';
import { heaviestIncreasing } from './lis';
import {
  GAP_MAX_CELLS,
  GAP_THRESHOLD,
  JOIN_CONTAINMENT,
  JOIN_NOVELTY,
  MAX_PARTS,
  SUMMARY_PART,
  SUMMARY_GAIN,
} from './thresholds';

export function fillGaps(s: AlignState): void {
  pairInGaps(s);
  joinNeighbours(s);
}

/** The two-sided groups in the heaviest in-order chain, in left order. */
function inOrderGroups(s: AlignState): Draft[] {
  const matched = s.drafts
    .filter((d) => d.left.length > 0 && d.right.length > 0)
    .sort((x, y) => (x.left[0] ?? 0) - (y.left[0] ?? 0));
  const chain = heaviestIncreasing(
    matched.map((d) => d.right[0] ?? 0),
    matched.map((d) => (d.how === 'fixed' ? 1 : 1 + d.similarity / 2)),
    s.nR,
  );
  return matched.filter((_, k) => chain[k]);
}

/** Aligns the free points of each gap between in-order groups, in order, at `GAP_THRESHOLD`. */
function pairInGaps(s: AlignState): void {
  const chain = inOrderGroups(s);
  for (let k = 0; k <= chain.length; k += 1) {
    const before = chain[k - 1];
    const after = chain[k];
    const lefts = freeBetween(
      s,
      0,
      before ? last(before.left) : -1,
      after ? first(after.left) : s.nL,
    );
    const rights = freeBetween(
      s,
      1,
      before ? last(before.right) : -1,
      after ? first(after.right) : s.nR,
    );
    if (lefts.length === 0 || rights.length === 0) continue;
    // Only small gaps: the cells are all pairs of the gap. A long run of unmatched points on
    // both sides is two different texts, not a rewording.
    if (lefts.length * rights.length > GAP_MAX_CELLS) continue;
    pairInOrder(s, lefts, rights);
  }
}

/** Free points with a profile on `side` (0 left, 1 right) strictly between `from` and `to`. */
function freeBetween(s: AlignState, side: 0 | 1, from: number, to: number): number[] {
  const groups = side === 0 ? s.groupL : s.groupR;
  const offset = side === 0 ? 0 : s.nL;
  const out: number[] = [];
  for (let p = from + 1; p < to; p += 1)
    if (groups[p] === -1 && s.profiles.has(offset + p)) out.push(p);
  return out;
}

/**
 * The heaviest set of in-order pairs of `lefts` × `rights` whose similarity reaches
 * `GAP_THRESHOLD` (each weighs its similarity above the threshold): a longest common
 * subsequence with weights.
 */
function pairInOrder(s: AlignState, lefts: readonly number[], rights: readonly number[]): void {
  const n = lefts.length;
  const m = rights.length;
  const w = new Float64Array(n * m);
  for (let i = 0; i < n; i += 1)
    for (let j = 0; j < m; j += 1)
      w[i * m + j] = s.profiles.union([lefts[i] ?? 0], [s.nL + (rights[j] ?? 0)]);
  // best[(i + 1) * (m + 1) + j + 1]: the best weight using lefts[0..i] and rights[0..j].
  const best = new Float64Array((n + 1) * (m + 1));
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < m; j += 1) {
      const at = (i + 1) * (m + 1) + j + 1;
      const sim = w[i * m + j] ?? 0;
      const take = sim >= GAP_THRESHOLD ? (best[at - m - 2] ?? 0) + sim - GAP_THRESHOLD : -1;
      best[at] = Math.max(best[at - 1] ?? 0, best[at - m - 1] ?? 0, take);
    }
  }
  const pairs: [number, number, number][] = [];
  for (let i = n - 1, j = m - 1; i >= 0 && j >= 0;) {
    const at = (i + 1) * (m + 1) + j + 1;
    const sim = w[i * m + j] ?? 0;
    if ((best[at] ?? 0) === (best[at - 1] ?? 0)) j -= 1;
    else if ((best[at] ?? 0) === (best[at - m - 1] ?? 0)) i -= 1;
    else {
      pairs.push([lefts[i] ?? 0, rights[j] ?? 0, sim]);
      i -= 1;
      j -= 1;
    }
  }
  for (const [a, b, sim] of pairs.reverse()) {
    s.add([a], [b], 'similar', sim);
    const d = s.drafts[s.drafts.length - 1];
    if (d !== undefined) d.gap = true;
  }
}

/**
 * Joins free points to the in-order group next to them on their side (see the module comment),
 * until no point joins. Only next to it: the evidence of a join is weaker than a text match, so
 * it must be backed by the place (a part that stood elsewhere is not a part).
 */
function joinNeighbours(s: AlignState): void {
  for (let changed = true, passes = 0; changed && passes < MAX_PARTS; passes += 1) {
    changed = false;
    const inChain = new Set(inOrderGroups(s));
    for (const side of [0, 1] as const) {
      const n = side === 0 ? s.nL : s.nR;
      const groups = side === 0 ? s.groupL : s.groupR;
      const offset = side === 0 ? 0 : s.nL;
      for (let p = 0; p < n; p += 1) {
        if (groups[p] !== -1 || !s.profiles.has(offset + p)) continue;
        let best: { g: number; similarity: number } | undefined;
        for (const q of [p - 1, p + 1]) {
          const g = q >= 0 && q < n ? (groups[q] ?? -1) : -1;
          const d = s.drafts[g];
          if (d === undefined || !inChain.has(d) || !joinable(d, side)) continue;
          const sim = joined(s, d, side, p);
          if (sim !== undefined && (best === undefined || sim > best.similarity))
            best = { g, similarity: sim };
        }
        const d = best && s.drafts[best.g];
        if (best === undefined || d === undefined) continue;
        const lefts = side === 0 ? insertSorted(d.left, p) : d.left;
        const rights = side === 1 ? insertSorted(d.right, p) : d.right;
        s.regroup(best.g, lefts, rights, lefts.length > 1 ? 'merge' : 'split', best.similarity);
        d.gap = true;
        changed = true;
      }
    }
  }
}

/** Whether group `d` can take another point on `side`: a text match, not yet N:M or full. */
function joinable(d: Draft, side: 0 | 1): boolean {
  if (d.how !== 'similar' && d.how !== 'merge' && d.how !== 'split') return false;
  const own = side === 0 ? d.left : d.right;
  const other = side === 0 ? d.right : d.left;
  return other.length === 1 && own.length < MAX_PARTS;
}

/**
 * The similarity of group `d` with point `p` of `side` added, if the join passes. Either `p` is
 * mostly about what the group's other side says (`JOIN_CONTAINMENT`) and says some of it that the
 * group's own points do not (`JOIN_NOVELTY`: a boilerplate twin of a part says nothing new); or
 * the other side is a thin summary, lighter than `p`, that `p` explains a good part of
 * (`SUMMARY_GAIN`) with at least `SUMMARY_PART` of its own weight: a long part of a short summary
 * has most of its own words outside it.
 */
function joined(s: AlignState, d: Draft, side: 0 | 1, p: number): number | undefined {
  const rights = d.right.map((b) => s.nL + b);
  const key = side === 0 ? p : s.nL + p;
  const own = side === 0 ? d.left : rights;
  const other = side === 0 ? rights : d.left;
  const summary = other[0] ?? 0;
  if (other.length !== 1) return undefined;
  const grown = insertSorted(own, key);
  const profiles = s.profiles;
  const contained = profiles.containedIn(key, other);
  const part =
    contained >= JOIN_CONTAINMENT && profiles.containedIn(key, other, own) >= JOIN_NOVELTY;
  if (!part) {
    if (contained < SUMMARY_PART || profiles.weightOf(summary) >= profiles.weightOf(key))
      return undefined;
    const gain = profiles.containedIn(summary, grown) - profiles.containedIn(summary, own);
    if (gain < SUMMARY_GAIN) return undefined;
  }
  return side === 0 ? profiles.union(grown, other) : profiles.union(other, grown);
}

function first(xs: readonly number[]): number {
  return xs[0] ?? 0;
}

function last(xs: readonly number[]): number {
  return xs[xs.length - 1] ?? 0;
}

function insertSorted(list: readonly number[], x: number): number[] {
  return [...list, x].sort((u, v) => u - v);
}
