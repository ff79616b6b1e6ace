/**
 * The alignment of two versions' points: which points of the left version correspond to which of
 * the right, and how (same text, similar, merged, split, moved, unmatched).
 *
 * The pipeline, cheapest evidence first; each stage only sees the points the earlier ones left:
 * 1. **Fixed links** (recorded correspondences) are kept as given and take their points out of
 *    matching.
 * 2. **Exact**, then **normalised** text (case, punctuation, whitespace and leading numbering do
 *    not count: `normalize.ts`), by hash maps. Duplicates pair in order. On real drafts and on
 *    the benchmark most points end here, before any similarity is computed.
 * 3. **Similar**: every remaining point becomes a set of words weighted by rarity (IDF over the
 *    remaining points, squared; `profiles.ts`). Candidates come from an inverted index on each
 *    point's rarest words, never from an all-pairs matrix; they are scored by weighted Dice and
 *    paired greedily, best first, 1:1, above `SIMILAR_THRESHOLD`. Near-ties are broken by order
 *    context: a pair that sits where its neighbours' matches predict it wins (`CONTEXT_WEIGHT`).
 * 4. **Merges and splits**, after wikidiff2's split detection (shared/brief/anchors.md §4.1), in
 *    both directions: a 1:1 pair grows by an adjacent unmatched point when that raises the
 *    combined similarity; an unmatched point is tried against windows of up to 3 consecutive
 *    unmatched points on the other side. Accepted at combined similarity ≥ `SPLIT_THRESHOLD`.
 * 5. **Moves**: the heaviest chain of groups whose right positions increase with their left
 *    positions kept their order (`lis.ts`); every other matched group is `moved`.
 *
 * Labels never take part in matching: they are used only to word the explanations.
 * Cost: near-linear in the total length of the texts (hashing, then work on the remaining points
 * proportional to their words and the lengths of their rarest words' postings).
 */
import { formatLabels } from './labels';
import { heaviestIncreasing } from './lis';
import { matchWords } from './normalize';
import { newHits, Profiles } from './profiles';

/** A point as the alignment sees it. `label` is only used in explanations. */
export interface AlignItem {
  id: string;
  label: string;
  text: string;
}

/** A recorded correspondence, by indices into the left and right items. It always wins. */
export interface FixedLink {
  left: number[];
  right: number[];
}

export interface AlignOptions {
  fixed?: readonly FixedLink[];
}

export type AlignHow = 'fixed' | 'exact' | 'normalised' | 'similar' | 'merge' | 'split' | 'unmatched';

export interface AlignedGroup {
  /** Indices into the left items, ascending. */
  left: number[];
  /** Indices into the right items, ascending. */
  right: number[];
  how: AlignHow;
  /** 0..1, weighted word similarity of the two sides (1 for exact and normalised). Absent for fixed and unmatched groups. */
  similarity?: number;
  /** The group is out of order relative to the other matched groups. */
  moved: boolean;
  /** Plain-language reasons, naming points by their labels. */
  explain: string[];
}

/** Groups in display order: by right position; a left-only group right after the group of its nearest preceding left neighbour. */
export interface Alignment {
  groups: AlignedGroup[];
}

/**
 * Weighted Dice similarity from which two points are "similar" (a changed point).
 * Dice 0.5 is Jaccard 1/3. With rare words weighing most, an edited point keeps most of its
 * weight (the benchmark's edited pairs score 0.8–0.95), while unrelated points share little but
 * common words and stay under 0.25. The test "a heavily edited point still matches" pins it from
 * below; the benchmark's boilerplate twins (a long shared prefix, a different clause) pin it from
 * above: a dropped twin and an added twin score 0.3–0.45 and must not pair.
 */
export const SIMILAR_THRESHOLD = 0.5;

/** The floor for a rephrased point that is the only close match in its place (see `weak`). */
export const WEAK_THRESHOLD = 0.15;

/**
 * The bar for a match that would be a move: the pair does not sit between the matches of its
 * nearest matched neighbours. Moves are rare and a wrong one is confusing, so the text must say
 * more: Monaco likewise asks far more of a moved block (0.9) than of a changed line (0.6)
 * (shared/brief/anchors.md §4.2). This is what keeps a dropped boilerplate point ("The parties
 * agree that … <clause>") from pairing with an added twin elsewhere in the document; the
 * benchmark's boilerplate twins and the "move" test pin it.
 */
export const MOVED_THRESHOLD = 0.65;

/**
 * Combined similarity a merge or split must reach: wikidiff2's `finalSplitThreshold` (0.6).
 * A true merge or split keeps nearly all its words and scores 0.8–1.
 */
export const SPLIT_THRESHOLD = 0.6;

/**
 * A point joins a merge or split only if it raises the group's similarity by at least this much
 * and at least `MIN_CONTAINMENT` of its weight is found on the other side. This keeps a dropped
 * boilerplate twin, whose words are all in its neighbour's match, from joining that match.
 */
export const MIN_GAIN = 0.02;
export const MIN_CONTAINMENT = 0.5;

/**
 * Word frequencies are counted over the unmatched points and up to this many exact pairs (evenly
 * spaced): enough to tell common words from rare ones in any document, at a bounded cost.
 */
const BACKGROUND_SAMPLE = 512;

/** How much order context can add to a candidate's rank: enough to break near-ties between twins, never enough to beat a clearly better text match. */
const CONTEXT_WEIGHT = 0.05;

/**
 * Aligns the points of two versions. See the module comment for the pipeline.
 * @throws RangeError when a fixed link names an index out of range or a point twice (a bug in the caller).
 */
export function alignPoints(
  left: readonly AlignItem[],
  right: readonly AlignItem[],
  options: AlignOptions = {},
): Alignment {
  const run = new Aligner(left, right);
  run.fixed(options.fixed ?? []);
  run.exact();
  if (run.profile()) {
    run.similar();
    run.grow();
    run.windows();
  }
  return { groups: run.finish() };
}

interface Draft {
  left: number[];
  right: number[];
  how: AlignHow;
  similarity: number;
}

/** One alignment in progress. Points are keyed `a` (left) and `nL + b` (right) in `Profiles`. */
class Aligner {
  private readonly nL: number;
  private readonly nR: number;
  private readonly drafts: Draft[] = [];
  /** Draft index of each left / right point, or -1. */
  private readonly groupL: Int32Array;
  private readonly groupR: Int32Array;
  private readonly profiles: Profiles;
  private readonly hits = newHits();
  /** The 1:1 partner of each left point after the hash stages, and each left point's nearest anchored neighbours. */
  private partner = new Int32Array(0);
  private prevAnchor = new Int32Array(0);
  private nextAnchor = new Int32Array(0);
  private readonly isFree = (key: number): boolean =>
    key < this.nL ? this.groupL[key] === -1 : this.groupR[key - this.nL] === -1;

  constructor(
    private readonly left: readonly AlignItem[],
    private readonly right: readonly AlignItem[],
  ) {
    this.nL = left.length;
    this.nR = right.length;
    this.groupL = new Int32Array(this.nL).fill(-1);
    this.groupR = new Int32Array(this.nR).fill(-1);
    this.profiles = new Profiles(this.nL, this.nR, (key) => this.textOf(key));
  }

  private textOf(key: number): string {
    return (key < this.nL ? this.left[key]?.text : this.right[key - this.nL]?.text) ?? '';
  }

  // ---------------------------------------------------------------- stage 1: fixed links

  fixed(links: readonly FixedLink[]): void {
    for (const link of links) {
      const l = [...link.left].sort((x, y) => x - y);
      const r = [...link.right].sort((x, y) => x - y);
      for (const a of l) this.checkFree(a, this.groupL, 'left');
      for (const b of r) this.checkFree(b, this.groupR, 'right');
      if (l.length + r.length === 0) continue;
      this.add(l, r, 'fixed', 1);
    }
  }

  private checkFree(index: number, groups: Int32Array, side: string): void {
    if (!Number.isInteger(index) || index < 0 || index >= groups.length) {
      throw new RangeError(`fixed link names ${side} point ${index}, out of range 0..${groups.length - 1}`);
    }
    if (groups[index] !== -1) throw new RangeError(`fixed links name ${side} point ${index} twice`);
  }

  // ---------------------------------------------------------------- stage 2: exact and normalised

  exact(): void {
    const byText = new Map<string, number[]>();
    for (let a = 0; a < this.nL; a += 1) {
      if (this.groupL[a] !== -1) continue;
      const text = this.left[a]?.text ?? '';
      const list = byText.get(text);
      if (list === undefined) byText.set(text, [a]);
      else list.push(a);
    }
    const used = new Map<string, number>();
    for (let b = 0; b < this.nR; b += 1) {
      if (this.groupR[b] !== -1) continue;
      const text = this.right[b]?.text ?? '';
      const list = byText.get(text);
      if (list === undefined) continue;
      const k = used.get(text) ?? 0;
      const a = list[k];
      if (a === undefined) continue;
      used.set(text, k + 1);
      this.add([a], [b], 'exact', 1);
    }
  }

  /**
   * Scans every point still free into its word profile, pairs those equal apart from case,
   * punctuation, whitespace and numbering (in order, like exact duplicates), and prepares the rest
   * for the similarity stage. Returns whether any point is left to match.
   */
  profile(): boolean {
    const profiles = this.profiles;
    const byWords = new Map<number, number[]>();
    for (let a = 0; a < this.nL; a += 1) {
      if (this.groupL[a] !== -1) continue;
      profiles.add(a);
      const key = profiles.sequence(a);
      const list = byWords.get(key);
      if (list === undefined) byWords.set(key, [a]);
      else list.push(a);
    }
    let free = 0;
    for (let b = 0; b < this.nR; b += 1) {
      if (this.groupR[b] !== -1) continue;
      profiles.add(this.nL + b);
      const list = byWords.get(profiles.sequence(this.nL + b));
      // The sequence hash finds the pair; the words themselves confirm it.
      const a = list?.find((x) => this.groupL[x] === -1 && sameWords(this.textOf(x), this.textOf(this.nL + b)));
      if (a === undefined) {
        free += 1;
        continue;
      }
      this.add([a], [b], 'normalised', 1);
      profiles.remove(a);
      profiles.remove(this.nL + b);
    }
    let freeLeft = 0;
    for (let a = 0; a < this.nL; a += 1) if (this.groupL[a] === -1) freeLeft += 1;
    if (free === 0 || freeLeft === 0) return false;
    // Normalised pairs still count in word frequencies (`remove` keeps them there); so does a
    // sample of the exact pairs.
    const exact = this.drafts.filter((d) => d.how === 'exact');
    const step = Math.max(1, Math.ceil(exact.length / BACKGROUND_SAMPLE));
    for (let k = 0; k < exact.length; k += step) profiles.addBackground(exact[k]?.left[0] ?? 0, 2);
    profiles.finish();
    return true;
  }

  // ---------------------------------------------------------------- stage 3: similar

  similar(): void {
    this.buildAnchors();
    const candA: number[] = [];
    const candB: number[] = [];
    const candSim: number[] = [];
    const candContext: number[] = [];
    const hits = this.hits;
    for (let b = 0; b < this.nR; b += 1) {
      if (!this.profiles.has(this.nL + b)) continue;
      this.profiles.query(this.nL + b, this.isFree, hits);
      for (let h = 0; h < hits.count; h += 1) {
        const a = hits.keys[h] ?? 0;
        candA.push(a);
        candB.push(b);
        candSim.push(hits.similarity[h] ?? 0);
        candContext.push(this.context(a, b));
      }
    }
    // Best first by similarity plus a little order context; one numeric sort of packed keys.
    const n = candA.length;
    const order = new Float64Array(n);
    for (let c = 0; c < n; c += 1) {
      const rank = (candSim[c] ?? 0) + CONTEXT_WEIGHT * (candContext[c] ?? 0);
      order[c] = Math.floor((2 - rank) * 0x4000000) * 0x400000 + c;
    }
    order.sort();
    for (let k = 0; k < n; k += 1) {
      const c = (order[k] ?? 0) % 0x400000;
      const a = candA[c] ?? 0;
      const b = candB[c] ?? 0;
      const s = candSim[c] ?? 0;
      if (this.groupL[a] !== -1 || this.groupR[b] !== -1) continue;
      if (s < ((candContext[c] ?? 0) >= 0.5 ? SIMILAR_THRESHOLD : MOVED_THRESHOLD)) continue;
      this.add([a], [b], 'similar', s);
    }
    this.weak(candA, candB, candSim);
  }

  /**
   * Rephrased points: pairs under `SIMILAR_THRESHOLD` but at least `WEAK_THRESHOLD`, accepted
   * only where nothing else competes. Each must be the other's best remaining candidate, sit
   * between the matches of its matched neighbours, and keep the order of the other weak pairs
   * (the heaviest such chain wins). This is how drafts rewritten by a different hand still line
   * up ("The size of Ukraine's armed forces is limited to 600,000 personnel." → "Ukraine's armed
   * forces remain at 800,000 in peacetime."), without letting a dropped point and an added one
   * elsewhere pair up.
   */
  private weak(candA: readonly number[], candB: readonly number[], candSim: readonly number[]): void {
    this.buildAnchors();
    const bestOfA = new Float64Array(this.nL);
    const bestOfB = new Float64Array(this.nR);
    const n = candA.length;
    for (let c = 0; c < n; c += 1) {
      const a = candA[c] ?? 0;
      const b = candB[c] ?? 0;
      const s = candSim[c] ?? 0;
      if (this.groupL[a] !== -1 || this.groupR[b] !== -1) continue;
      if (s > (bestOfA[a] ?? 0)) bestOfA[a] = s;
      if (s > (bestOfB[b] ?? 0)) bestOfB[b] = s;
    }
    const pairs: [number, number, number][] = [];
    for (let c = 0; c < n; c += 1) {
      const a = candA[c] ?? 0;
      const b = candB[c] ?? 0;
      const s = candSim[c] ?? 0;
      if (s < WEAK_THRESHOLD || this.groupL[a] !== -1 || this.groupR[b] !== -1) continue;
      if (s < (bestOfA[a] ?? 0) || s < (bestOfB[b] ?? 0) || this.context(a, b) < 0.5) continue;
      pairs.push([a, b, s]);
    }
    pairs.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
    const chain = heaviestIncreasing(
      pairs.map((p) => p[1]),
      pairs.map((p) => p[2]),
      this.nR,
    );
    pairs.forEach(([a, b, s], k) => {
      if (chain[k] && this.groupL[a] === -1 && this.groupR[b] === -1) this.add([a], [b], 'similar', s);
    });
  }

  private buildAnchors(): void {
    this.partner = new Int32Array(this.nL).fill(-1);
    for (const d of this.drafts) {
      const a = d.left[0];
      const b = d.right[0];
      if (d.left.length === 1 && d.right.length === 1 && a !== undefined && b !== undefined) this.partner[a] = b;
    }
    this.prevAnchor = new Int32Array(this.nL);
    this.nextAnchor = new Int32Array(this.nL);
    for (let a = 0, last = -1; a < this.nL; a += 1) {
      this.prevAnchor[a] = last;
      if ((this.partner[a] ?? -1) >= 0) last = a;
    }
    for (let a = this.nL - 1, last = this.nL; a >= 0; a -= 1) {
      this.nextAnchor[a] = last;
      if ((this.partner[a] ?? -1) >= 0) last = a;
    }
  }

  /**
   * How well the pair (a, b) sits between the matches of a's nearest matched neighbours, 0..1:
   * 1 when both neighbours' matches are at exactly the right distance, ≥ 0.5 when b lies between
   * them (the pair keeps the order), 0 when it would be a move.
   */
  private context(a: number, b: number): number {
    const pa = this.prevAnchor[a] ?? -1;
    const pb = pa >= 0 ? (this.partner[pa] ?? -1) : -1;
    const na = this.nextAnchor[a] ?? this.nL;
    const nb = na < this.nL ? (this.partner[na] ?? this.nR) : this.nR;
    if (pb >= b || nb <= b) return 0;
    return ((b - pb === a - pa ? 1 : 0.5) + (nb - b === na - a ? 1 : 0.5)) / 2;
  }

  // ---------------------------------------------------------------- stage 4: merges and splits

  /** Grows each similar 1:1 pair by nearby unmatched points while that raises its similarity. */
  grow(): void {
    const count = this.drafts.length;
    for (let g = 0; g < count; g += 1) {
      const d = this.drafts[g];
      if (d === undefined || d.how !== 'similar') continue;
      for (;;) {
        let best: [number[], number[], number] | undefined;
        let bestSim = Math.max(d.similarity + MIN_GAIN, SPLIT_THRESHOLD);
        const consider = (l: number[], r: number[], added: number): void => {
          const s = this.profiles.union(l, r);
          // The added point must be mostly found on the other side.
          if (s < bestSim || this.profiles.containment(added) < MIN_CONTAINMENT) return;
          best = [l, r, s];
          bestSim = s;
        };
        if (d.right.length === 1) {
          for (const a of this.neighbours(d.left, this.groupL, 0)) {
            consider(insertSorted(d.left, a), d.right.map((b) => this.nL + b), a);
          }
        }
        if (d.left.length === 1) {
          for (const b of this.neighbours(d.right, this.groupR, this.nL)) {
            consider(d.left, insertSorted(d.right, b).map((x) => this.nL + x), this.nL + b);
          }
        }
        const found: [number[], number[], number] | undefined = best;
        if (found === undefined) break;
        const [l, r, s] = found;
        const rights = r.map((x) => x - this.nL);
        this.regroup(g, l, rights, l.length > 1 ? 'merge' : 'split', s);
      }
    }
  }

  /**
   * Free points with profiles next to the group's points `indices` (ascending), while the group
   * has fewer than 3. On the left, up to two free points may be skipped: when 10c was dropped and
   * 10a, 10b and 10d were merged, the merged parts are not adjacent. On the right the parts must be
   * adjacent, so that groups stay in right-hand order.
   */
  private neighbours(indices: readonly number[], groups: Int32Array, offset: number): number[] {
    if (indices.length >= 3) return [];
    const first = indices[0] ?? 0;
    const last = indices[indices.length - 1] ?? 0;
    const reach = offset === 0 ? 3 : 1;
    const out: number[] = [];
    for (const step of [-1, 1]) {
      for (let k = 1, n = step < 0 ? first - 1 : last + 1; k <= reach; k += 1, n += step) {
        if (n < 0 || n >= groups.length || groups[n] !== -1) break;
        if (this.profiles.has(offset + n)) out.push(n);
      }
    }
    return out;
  }

  /**
   * Tries each unmatched point `p` against its candidates on the other side: alone (a 1:1 match
   * the greedy pass did not make), or as windows of 2–3 unmatched candidates that are each mostly
   * contained in `p` (the parts of a split or merge); keeps the best at or above the thresholds.
   */
  windows(): void {
    const hits = this.hits;
    for (const side of [0, 1] as const) {
      const n = side === 0 ? this.nL : this.nR;
      const groups = side === 0 ? this.groupL : this.groupR;
      const otherGroups = side === 0 ? this.groupR : this.groupL;
      const offset = side === 0 ? 0 : this.nL;
      const otherOffset = side === 0 ? this.nL : 0;
      for (let p = 0; p < n; p += 1) {
        if (groups[p] !== -1 || !this.profiles.has(offset + p)) continue;
        this.profiles.query(offset + p, this.isFree, hits);
        let best: { window: number[]; similarity: number } | undefined;
        const parts: number[] = [];
        for (let h = 0; h < hits.count; h += 1) {
          const q = (hits.keys[h] ?? 0) - otherOffset;
          const s = hits.similarity[h] ?? 0;
          if (s >= this.singleThreshold(side, p, q) && (best === undefined || s > best.similarity)) {
            best = { window: [q], similarity: s };
          }
          if ((hits.contained[h] ?? 0) >= MIN_CONTAINMENT) parts.push(q);
        }
        parts.sort((x, y) => x - y);
        for (const window of this.windowsOf(parts, otherGroups, otherOffset === 0)) {
          const keys = window.map((x) => otherOffset + x);
          const s = side === 0 ? this.profiles.union([p], keys) : this.profiles.union(keys, [offset + p]);
          if (s >= SPLIT_THRESHOLD && (best === undefined || s > best.similarity)) best = { window, similarity: s };
        }
        if (best === undefined) continue;
        const many = best.window.length > 1;
        if (side === 0) this.add([p], best.window, many ? 'split' : 'similar', best.similarity);
        else this.add(best.window, [p], many ? 'merge' : 'similar', best.similarity);
      }
    }
  }

  /** The threshold for a 1:1 match of point `p` on `side` with `q` on the other side. */
  private singleThreshold(side: 0 | 1, p: number, q: number): number {
    const [a, b] = side === 0 ? [p, q] : [q, p];
    return this.context(a, b) >= 0.5 ? SIMILAR_THRESHOLD : MOVED_THRESHOLD;
  }

  /**
   * Windows of 2–3 of the `parts` (ascending): consecutive on the right; on the left, within a
   * span of 5 whose skipped points are free (see `neighbours`).
   */
  private windowsOf(parts: readonly number[], groups: Int32Array, leftSide: boolean): number[][] {
    const out: number[][] = [];
    if (parts.length < 2) return out;
    const span = leftSide ? 4 : 2;
    const ok = (window: number[]): boolean => {
      const lo = window[0] ?? 0;
      const hi = window[window.length - 1] ?? 0;
      if (hi - lo > span || (!leftSide && hi - lo + 1 !== window.length)) return false;
      // Points skipped inside the span must be free (dropped), not matched elsewhere.
      for (let x = lo; x <= hi; x += 1) if (groups[x] !== -1) return false;
      return true;
    };
    for (let i = 0; i < parts.length; i += 1) {
      for (let j = i + 1; j < parts.length; j += 1) {
        const pair = [parts[i] ?? 0, parts[j] ?? 0];
        if (ok(pair)) out.push(pair);
        for (let k = j + 1; k < parts.length; k += 1) {
          const triple = [parts[i] ?? 0, parts[j] ?? 0, parts[k] ?? 0];
          if (ok(triple)) out.push(triple);
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- bookkeeping

  private add(left: number[], right: number[], how: AlignHow, similarity: number): void {
    const g = this.drafts.length;
    this.drafts.push({ left, right, how, similarity });
    for (const a of left) this.groupL[a] = g;
    for (const b of right) this.groupR[b] = g;
  }

  private regroup(g: number, left: number[], right: number[], how: AlignHow, similarity: number): void {
    const d = this.drafts[g];
    if (d === undefined) return;
    d.left = left;
    d.right = right;
    d.how = how;
    d.similarity = similarity;
    for (const a of left) this.groupL[a] = g;
    for (const b of right) this.groupR[b] = g;
  }

  // ---------------------------------------------------------------- stage 5: moves, order, words

  finish(): AlignedGroup[] {
    for (let a = 0; a < this.nL; a += 1) if (this.groupL[a] === -1) this.add([a], [], 'unmatched', 0);
    for (let b = 0; b < this.nR; b += 1) if (this.groupR[b] === -1) this.add([], [b], 'unmatched', 0);

    // Moves: the heaviest in-order chain of two-sided groups, in left order. Each group weighs
    // 1 + similarity/2: as many groups as possible stay in order; among equal chains the closer
    // matches anchor it and the weaker one is called moved.
    const matched = this.drafts
      .map((d, g) => ({ d, g }))
      .filter(({ d }) => d.left.length > 0 && d.right.length > 0)
      .sort((x, y) => (x.d.left[0] ?? 0) - (y.d.left[0] ?? 0));
    const inOrder = heaviestIncreasing(
      matched.map(({ d }) => d.right[0] ?? 0),
      matched.map(({ d }) => 1 + d.similarity / 2),
      this.nR,
    );
    const moved = new Uint8Array(this.drafts.length);
    matched.forEach(({ g }, k) => {
      if (!inOrder[k]) moved[g] = 1;
    });

    // Display order: two-sided and right-only groups by right position; left-only groups after
    // the group of their nearest preceding left neighbour that was not moved (a moved neighbour
    // sits elsewhere and would carry the dropped point away from its context).
    const withRight = Array.from(this.drafts.keys())
      .filter((g) => (this.drafts[g]?.right.length ?? 0) > 0)
      .sort((x, y) => (this.drafts[x]?.right[0] ?? 0) - (this.drafts[y]?.right[0] ?? 0));
    const position = new Int32Array(this.drafts.length).fill(-1);
    withRight.forEach((g, k) => {
      position[g] = k;
    });
    const after: number[][] = Array.from({ length: withRight.length + 1 }, () => []);
    let anchor = -1;
    for (let a = 0; a < this.nL; a += 1) {
      const g = this.groupL[a] ?? -1;
      const d = this.drafts[g];
      if (d === undefined) continue;
      if (d.right.length > 0) {
        if (!moved[g]) anchor = position[g] ?? -1;
      } else if (d.left[0] === a) {
        after[anchor + 1]?.push(g);
      }
    }
    const order: number[] = [...(after[0] ?? [])];
    withRight.forEach((g, k) => {
      order.push(g, ...(after[k + 1] ?? []));
    });
    const leftLabels = this.left.map((p) => p.label);
    const rightLabels = this.right.map((p) => p.label);
    return order.map((g) => this.describe(g, moved[g] === 1, leftLabels, rightLabels));
  }

  private describe(g: number, moved: boolean, leftLabels: string[], rightLabels: string[]): AlignedGroup {
    const d = this.drafts[g] as Draft;
    const l = formatLabels(d.left, leftLabels);
    const r = formatLabels(d.right, rightLabels);
    const explain: string[] = [];
    switch (d.how) {
      case 'fixed':
        explain.push('recorded correspondence');
        break;
      case 'exact':
        explain.push('same text');
        break;
      case 'normalised':
        explain.push('same text apart from case/punctuation');
        break;
      case 'similar':
        explain.push(this.similarityNote(d));
        break;
      case 'merge':
        explain.push(`${l} merged into ${r}`, this.similarityNote(d));
        break;
      case 'split':
        explain.push(`${l} split into ${r}`, this.similarityNote(d));
        break;
      case 'unmatched':
        explain.push(d.left.length > 0 ? 'no matching point on the right' : 'no matching point on the left');
        break;
    }
    if (moved) explain.push(`moved from ${l} to ${r}`);
    const group: AlignedGroup = { left: d.left, right: d.right, how: d.how, moved, explain };
    if (d.how !== 'fixed' && d.how !== 'unmatched') group.similarity = d.similarity;
    return group;
  }

  /** "72% similar; shared words: army, 600,000, personnel": the three rarest shared words. */
  private similarityNote(d: Draft): string {
    const rights = d.right.map((b) => this.nL + b);
    this.profiles.union(d.left, rights);
    const words = this.profiles.sharedWords(rights, 3);
    const percent = `${Math.round(d.similarity * 100)}% similar`;
    return words.length > 0 ? `${percent}; shared words: ${words.join(', ')}` : percent;
  }
}

/** Whether two texts have the same matching words (the check behind a normalised match). */
function sameWords(x: string, y: string): boolean {
  const a = matchWords(x);
  const b = matchWords(y);
  return a.length === b.length && a.every((w, k) => w === b[k]);
}

function insertSorted(list: readonly number[], x: number): number[] {
  return [...list, x].sort((u, v) => u - v);
}
