/**
 * Stage 4 of the alignment, merges and splits, after wikidiff2's split detection
 * (shared/brief/anchors.md §4.1), in both directions: a 1:1 pair grows by a neighbouring
 * unmatched point when that raises the combined similarity (`growGroups`); an unmatched point is
 * tried against runs of up to `MAX_PARTS` unmatched points on the other side (`matchWindows`).
 * Accepted at `SPLIT_THRESHOLD`.
 */
import type { AlignState } from './align-state';
import { MAX_PARTS, MIN_CONTAINMENT, MIN_GAIN, SPLIT_THRESHOLD } from './thresholds';

/** A candidate merge or split in `growGroups`: left and right keys. */
interface Grown {
  lefts: number[];
  rights: number[];
  similarity: number;
}

/** What `matchWindows` found for one point: the best match so far, and the candidates that could be parts. */
interface Found {
  best: { window: number[]; similarity: number } | undefined;
  parts: number[];
}

/** Grows each similar 1:1 pair by nearby unmatched points while that raises its similarity. */
export function growGroups(s: AlignState): void {
  const count = s.drafts.length;
  for (let g = 0; g < count; g += 1) {
    const d = s.drafts[g];
    if (d === undefined || d.how !== 'similar') continue;
    for (;;) {
      const floor = Math.max(d.similarity + MIN_GAIN, SPLIT_THRESHOLD);
      let best: Grown | undefined;
      if (d.right.length === 1) {
        const rights = d.right.map((b) => s.nL + b);
        for (const a of neighbours(s, d.left, s.groupL, 0)) {
          best = tryGrow(s, best, floor, insertSorted(d.left, a), rights, a);
        }
      }
      if (d.left.length === 1) {
        for (const b of neighbours(s, d.right, s.groupR, s.nL)) {
          const rights = insertSorted(d.right, b).map((x) => s.nL + x);
          best = tryGrow(s, best, floor, d.left, rights, s.nL + b);
        }
      }
      if (best === undefined) break;
      const rights = best.rights.map((x) => x - s.nL);
      s.regroup(g, best.lefts, rights, best.lefts.length > 1 ? 'merge' : 'split', best.similarity);
    }
  }
}

/**
 * `lefts` and `rights` (keys) if they are a better group than `best` and `floor`, with the
 * added point `added` mostly found on the other side (checked first: it is cheap).
 */
function tryGrow(
  s: AlignState,
  best: Grown | undefined,
  floor: number,
  lefts: number[],
  rights: number[],
  added: number,
): Grown | undefined {
  if (s.profiles.containedIn(added, added < s.nL ? rights : lefts) < MIN_CONTAINMENT) return best;
  const similarity = s.profiles.union(lefts, rights);
  if (similarity < Math.max(floor, best?.similarity ?? 0)) return best;
  return { lefts, rights, similarity };
}

/**
 * Free points with profiles next to the group's points `indices` (ascending), while the group
 * has fewer than `MAX_PARTS`. On the left, up to two free points may be skipped: when 10c was dropped and
 * 10a, 10b and 10d were merged, the merged parts are not adjacent. On the right the parts must be
 * adjacent, so that groups stay in right-hand order.
 */
function neighbours(
  s: AlignState,
  indices: readonly number[],
  groups: Int32Array,
  offset: number,
): number[] {
  if (indices.length >= MAX_PARTS) return [];
  const first = indices[0] ?? 0;
  const last = indices[indices.length - 1] ?? 0;
  const reach = offset === 0 ? 3 : 1;
  const out: number[] = [];
  for (const step of [-1, 1]) {
    for (let k = 1, n = step < 0 ? first - 1 : last + 1; k <= reach; k += 1, n += step) {
      if (n < 0 || n >= groups.length || groups[n] !== -1) break;
      if (s.profiles.has(offset + n)) out.push(n);
    }
  }
  return out;
}

/**
 * Tries each unmatched point `p` against its candidates on the other side: alone (a 1:1 match
 * the greedy pass did not make), or as windows of unmatched candidates that are each mostly
 * contained in `p` (the parts of a split or merge); keeps the best at or above the thresholds.
 */
export function matchWindows(s: AlignState): void {
  const hits = s.hits;
  const cand = s.candidates;
  for (const side of [0, 1] as const) {
    const n = side === 0 ? s.nL : s.nR;
    const groups = side === 0 ? s.groupL : s.groupR;
    const otherGroups = side === 0 ? s.groupR : s.groupL;
    const offset = side === 0 ? 0 : s.nL;
    const otherOffset = side === 0 ? s.nL : 0;
    for (let p = 0; p < n; p += 1) {
      if (groups[p] !== -1 || !s.profiles.has(offset + p)) continue;
      const found: Found = { best: undefined, parts: [] };
      if (side === 0) {
        s.profiles.query(p, s.groupOf, hits);
        for (let h = 0; h < hits.count; h += 1) {
          const q = (hits.keys[h] ?? 0) - otherOffset;
          consider(s, found, side, p, q, hits.similarity[h] ?? 0, hits.contained[h] ?? 0);
        }
      } else {
        // A right point's candidates were found by the similarity stage; some are taken since.
        for (let c = cand.start[p] ?? 0, end = cand.start[p + 1] ?? 0; c < end; c += 1) {
          consider(
            s,
            found,
            side,
            p,
            cand.a[c] ?? 0,
            cand.similarity[c] ?? 0,
            cand.contained[c] ?? 0,
          );
        }
      }
      let best = found.best;
      const parts = found.parts;
      parts.sort((x, y) => x - y);
      for (const window of windowsOf(parts, otherGroups, otherOffset === 0)) {
        const keys = window.map((x) => otherOffset + x);
        const sim = side === 0 ? s.profiles.union([p], keys) : s.profiles.union(keys, [offset + p]);
        if (sim >= SPLIT_THRESHOLD && (best === undefined || sim > best.similarity))
          best = { window, similarity: sim };
      }
      if (best === undefined) continue;
      const many = best.window.length > 1;
      if (side === 0) s.add([p], best.window, many ? 'split' : 'similar', best.similarity);
      else s.add(best.window, [p], many ? 'merge' : 'similar', best.similarity);
    }
  }
}

/** One candidate `q` of the free point `p` (on `side`): a 1:1 match on its own, or a part. */
function consider(
  s: AlignState,
  found: Found,
  side: 0 | 1,
  p: number,
  q: number,
  similarity: number,
  contained: number,
): void {
  if ((side === 0 ? s.groupR : s.groupL)[q] !== -1) return;
  if (
    similarity >= singleThreshold(s, side, p, q) &&
    (found.best === undefined || similarity > found.best.similarity)
  ) {
    found.best = { window: [q], similarity };
  }
  if (contained >= MIN_CONTAINMENT) found.parts.push(q);
}

/** The threshold for a 1:1 match of point `p` on `side` with `q` on the other side. */
function singleThreshold(s: AlignState, side: 0 | 1, p: number, q: number): number {
  const [a, b] = side === 0 ? [p, q] : [q, p];
  return s.anchors.pairThreshold(a, b);
}

/**
 * Windows of 2 to `MAX_PARTS` of the `parts` (ascending): consecutive on the right; on the
 * left, possibly skipping free (dropped) points, at most 2 in a row (see `neighbours`).
 */
function windowsOf(parts: readonly number[], groups: Int32Array, leftSide: boolean): number[][] {
  const out: number[][] = [];
  const extend = (window: number[], from: number): void => {
    if (window.length >= 2) out.push(window);
    if (window.length === MAX_PARTS) return;
    const last = window[window.length - 1] ?? 0;
    for (let k = from; k < parts.length; k += 1) {
      const next = parts[k] ?? 0;
      const skipped = next - last - 1;
      if (skipped > (leftSide ? 2 : 0)) break;
      // Points skipped in between must be free (dropped), not matched elsewhere.
      let free = true;
      for (let x = last + 1; x < next && free; x += 1) free = groups[x] === -1;
      if (free) extend([...window, next], k + 1);
    }
  };
  parts.forEach((first, k) => extend([first], k + 1));
  return out;
}

function insertSorted(list: readonly number[], x: number): number[] {
  return [...list, x].sort((u, v) => u - v);
}
