/**
 * The alignment of two versions' points: which points of the left version correspond to which of
 * the right, and how (same text, similar, merged, split, moved, unmatched).
 *
 * The pipeline, cheapest evidence first; each stage only sees the points the earlier ones left:
 * 1. **Fixed links** (recorded correspondences) are kept as given and take their points out of
 *    matching.
 * 2. **Exact**, then **normalised** text (case, punctuation, whitespace and leading numbering do
 *    not count: `normalize.ts`), by hash maps. Duplicates pair in order, within the stretches
 *    between unique matches (`pairEqual`). On real drafts and on the benchmark about half the
 *    points end here, before any word is looked at.
 * 3. **Similar**: every remaining point becomes a set of words weighted by rarity (`profiles.ts`).
 *    Candidates come from an inverted index on each point's rarest words, never from an all-pairs
 *    matrix, and are scored by weighted Dice. Greedy, best first, 1:1: at `SIMILAR_THRESHOLD`
 *    where the pair sits between its matched neighbours' matches, at `MOVED_THRESHOLD` where it
 *    would be a move; near-ties go to the pair that fits the order (`CONTEXT_WEIGHT`). Then
 *    rephrased points down to `WEAK_THRESHOLD`, where nothing competes (`weak`).
 * 4. **Merges and splits**, after wikidiff2's split detection (shared/brief/anchors.md §4.1), in
 *    both directions: a 1:1 pair grows by a neighbouring unmatched point when that raises the
 *    combined similarity (`grow`); an unmatched point is tried against runs of up to `MAX_PARTS`
 *    unmatched points on the other side (`windows`). Accepted at `SPLIT_THRESHOLD`.
 * 5. **Moves**: the heaviest chain of groups whose right positions increase with their left
 *    positions kept their order (`lis.ts`); every other matched group is `moved`.
 *
 * Labels never take part in matching: they are used only to word the explanations.
 * Cost: near-linear in the length of the texts. Hashing for stage 2; then, for the remaining
 * points only, one scan of their text and work proportional to their words and to the postings
 * of their rarest words. The benchmark (`npm run bench`) checks the scaling and the thresholds.
 */
import { formatIndexedLabels } from './labels';
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

export type AlignHow =
  'fixed' | 'exact' | 'normalised' | 'similar' | 'merge' | 'split' | 'unmatched';

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

/**
 * Groups in display order: by right position; a left-only group right after the group of its
 * nearest preceding left neighbour that was not moved (a moved neighbour stands elsewhere), or
 * first if there is none.
 */
export interface Alignment {
  groups: AlignedGroup[];
}

/**
 * Weighted Dice similarity from which two points that keep their place are "similar" (a changed
 * point). Dice 0.5 is Jaccard 1/3. Measured on the benchmark: an edited point scores 0.6–1
 * against its original (median 0.93), an unrelated point at most ~0.2 against its best candidate;
 * boilerplate twins (a long shared opening, a clause of their own) up to 0.55, which is why a
 * twin that would be a move must reach `MOVED_THRESHOLD`. Pinned by the tests "matches an edited
 * point…" and "pairs boilerplate twins…", and by the benchmark's F1.
 */
export const SIMILAR_THRESHOLD = 0.5;

/**
 * The floor for a rephrased point that is the only close match in its place (see `weak`). Drafts
 * rewritten by another hand score 0.16–0.5 against their recorded counterparts in data/ (median
 * 0.38) while unrelated points stay under ~0.2: matches this weak are only taken where the order
 * and the lack of any competitor back them. Pinned by "matches a rewritten point…" and by the
 * benchmark (0.1 let dropped and added points pair up).
 */
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
 * Word frequencies are counted over at least this many points: the unmatched ones, and as many
 * exact pairs as it takes (evenly spaced), when there are enough. A short document then still
 * tells common words from rare ones, and a long one pays nothing extra.
 */
const BACKGROUND_POINTS = 512;

/**
 * The most points on one side of a merge or split. wikidiff2 looks at up to 3 consecutive lines;
 * the drafts need 4: the 28-point plan's 10a–10d and 21a–21d became single points.
 */
const MAX_PARTS = 4;

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

/** A candidate merge or split in `grow`: left and right keys. */
interface Grown {
  lefts: number[];
  rights: number[];
  similarity: number;
}

/** What `windows` found for one point: the best match so far, and the candidates that could be parts. */
interface Found {
  best: { window: number[]; similarity: number } | undefined;
  parts: number[];
}

interface Draft {
  left: number[];
  right: number[];
  how: AlignHow;
  similarity: number;
  /** Matched by `weak`: under `SIMILAR_THRESHOLD`, accepted for its place. */
  weak?: boolean;
}

/** One alignment in progress. Points are keyed `a` (left) and `nL + b` (right) in `Profiles`. */
class Aligner {
  private readonly nL: number;
  private readonly nR: number;
  private readonly drafts: Draft[] = [];
  /** Draft index of each left / right point, or -1. */
  private readonly groupL: Int32Array;
  private readonly groupR: Int32Array;
  /** Both of the above in one buffer, by key (`groupL` and `groupR` are views of it). */
  private readonly groupOf: Int32Array;
  private readonly profiles: Profiles;
  private readonly hits = newHits();
  /**
   * The candidates of the similarity stage, by right point: `candStart[b] .. candStart[b + 1]`,
   * best first (left index, similarity, share of the left point found in b). Kept for `windows`.
   */
  private readonly candA: number[] = [];
  private readonly candB: number[] = [];
  private readonly candSim: number[] = [];
  private readonly candContained: number[] = [];
  private readonly candStart: Int32Array;
  /** The 1:1 partner of each left point after the hash stages, and each left point's nearest anchored neighbours. */
  private partner = new Int32Array(0);
  private prevAnchor = new Int32Array(0);
  private nextAnchor = new Int32Array(0);

  constructor(
    private readonly left: readonly AlignItem[],
    private readonly right: readonly AlignItem[],
  ) {
    this.nL = left.length;
    this.nR = right.length;
    this.groupOf = new Int32Array(this.nL + this.nR).fill(-1);
    this.groupL = this.groupOf.subarray(0, this.nL);
    this.groupR = this.groupOf.subarray(this.nL);
    this.profiles = new Profiles(this.nL, this.nR, (key) => this.textOf(key));
    this.candStart = new Int32Array(this.nR + 1);
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
      throw new RangeError(
        `fixed link names ${side} point ${index}, out of range 0..${groups.length - 1}`,
      );
    }
    if (groups[index] !== -1) throw new RangeError(`fixed links name ${side} point ${index} twice`);
  }

  // ---------------------------------------------------------------- stage 2: exact and normalised

  exact(): void {
    const keys = (
      n: number,
      groups: Int32Array,
      items: readonly AlignItem[],
    ): (string | undefined)[] =>
      Array.from({ length: n }, (_, i) => (groups[i] === -1 ? (items[i]?.text ?? '') : undefined));
    this.pairEqual(
      keys(this.nL, this.groupL, this.left),
      keys(this.nR, this.groupR, this.right),
      'exact',
    );
  }

  /**
   * Scans every point still free into its word profile, pairs those equal apart from case,
   * punctuation, whitespace and numbering, and prepares the rest for the similarity stage.
   * Returns whether any point is left to match.
   */
  profile(): boolean {
    const profiles = this.profiles;
    const sequence = (key: number, free: boolean): number | undefined => {
      if (!free) return undefined;
      profiles.add(key);
      return profiles.sequence(key);
    };
    const leftKeys = Array.from({ length: this.nL }, (_, a) => sequence(a, this.groupL[a] === -1));
    const rightKeys = Array.from({ length: this.nR }, (_, b) =>
      sequence(this.nL + b, this.groupR[b] === -1),
    );
    // The sequence hash finds the pairs; the words themselves confirm them.
    for (const [a, b] of this.pairEqual(leftKeys, rightKeys, 'normalised', (a, b) =>
      sameWords(this.textOf(a), this.textOf(this.nL + b)),
    )) {
      profiles.remove(a);
      profiles.remove(this.nL + b);
    }
    if (!this.groupL.includes(-1) || !this.groupR.includes(-1)) return false;
    // Normalised pairs still count in word frequencies (`remove` keeps them there); so does a
    // sample of the exact pairs.
    let active = 0;
    for (const g of this.groupOf) if (g === -1) active += 1;
    const exact = this.drafts.filter((d) => d.how === 'exact');
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
  private pairEqual<K>(
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
      this.add([a], [b], how, 1);
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
    const ones = this.drafts
      .filter((d) => d.left.length === 1 && d.right.length === 1)
      .map((d) => [d.left[0] ?? 0, d.right[0] ?? 0] as const)
      .sort((x, y) => x[0] - y[0]);
    const chain = heaviestIncreasing(
      ones.map((p) => p[1]),
      ones.map(() => 1),
      this.nR,
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

  // ---------------------------------------------------------------- stage 3: similar

  similar(): void {
    this.buildAnchors();
    const { candA, candB, candSim, candContained, candStart } = this;
    const candContext: number[] = [];
    const hits = this.hits;
    for (let b = 0; b < this.nR; b += 1) {
      candStart[b] = candA.length;
      if (!this.profiles.has(this.nL + b)) continue;
      this.profiles.query(this.nL + b, this.groupOf, hits);
      for (let h = 0; h < hits.count; h += 1) {
        const a = hits.keys[h] ?? 0;
        candA.push(a);
        candB.push(b);
        candSim.push(hits.similarity[h] ?? 0);
        candContained.push(hits.contained[h] ?? 0);
        candContext.push(this.context(a, b));
      }
    }
    candStart[this.nR] = candA.length;
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
  private weak(
    candA: readonly number[],
    candB: readonly number[],
    candSim: readonly number[],
  ): void {
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
      if (!chain[k] || this.groupL[a] !== -1 || this.groupR[b] !== -1) return;
      this.add([a], [b], 'similar', s);
      const d = this.drafts[this.drafts.length - 1];
      if (d !== undefined) d.weak = true;
    });
  }

  private buildAnchors(): void {
    this.partner = new Int32Array(this.nL).fill(-1);
    for (const d of this.drafts) {
      const a = d.left[0];
      const b = d.right[0];
      if (d.left.length === 1 && d.right.length === 1 && a !== undefined && b !== undefined)
        this.partner[a] = b;
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
        const floor = Math.max(d.similarity + MIN_GAIN, SPLIT_THRESHOLD);
        let best: Grown | undefined;
        if (d.right.length === 1) {
          const rights = d.right.map((b) => this.nL + b);
          for (const a of this.neighbours(d.left, this.groupL, 0)) {
            best = this.tryGrow(best, floor, insertSorted(d.left, a), rights, a);
          }
        }
        if (d.left.length === 1) {
          for (const b of this.neighbours(d.right, this.groupR, this.nL)) {
            const rights = insertSorted(d.right, b).map((x) => this.nL + x);
            best = this.tryGrow(best, floor, d.left, rights, this.nL + b);
          }
        }
        if (best === undefined) break;
        const rights = best.rights.map((x) => x - this.nL);
        this.regroup(
          g,
          best.lefts,
          rights,
          best.lefts.length > 1 ? 'merge' : 'split',
          best.similarity,
        );
      }
    }
  }

  /**
   * `lefts` and `rights` (keys) if they are a better group than `best` and `floor`, with the
   * added point `added` mostly found on the other side (checked first: it is cheap).
   */
  private tryGrow(
    best: Grown | undefined,
    floor: number,
    lefts: number[],
    rights: number[],
    added: number,
  ): Grown | undefined {
    if (this.profiles.containedIn(added, added < this.nL ? rights : lefts) < MIN_CONTAINMENT)
      return best;
    const similarity = this.profiles.union(lefts, rights);
    if (similarity < Math.max(floor, best?.similarity ?? 0)) return best;
    return { lefts, rights, similarity };
  }

  /**
   * Free points with profiles next to the group's points `indices` (ascending), while the group
   * has fewer than `MAX_PARTS`. On the left, up to two free points may be skipped: when 10c was dropped and
   * 10a, 10b and 10d were merged, the merged parts are not adjacent. On the right the parts must be
   * adjacent, so that groups stay in right-hand order.
   */
  private neighbours(indices: readonly number[], groups: Int32Array, offset: number): number[] {
    if (indices.length >= MAX_PARTS) return [];
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
   * the greedy pass did not make), or as windows of unmatched candidates that are each mostly
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
        const found: Found = { best: undefined, parts: [] };
        if (side === 0) {
          this.profiles.query(p, this.groupOf, hits);
          for (let h = 0; h < hits.count; h += 1) {
            const q = (hits.keys[h] ?? 0) - otherOffset;
            this.consider(found, side, p, q, hits.similarity[h] ?? 0, hits.contained[h] ?? 0);
          }
        } else {
          // A right point's candidates were found by the similarity stage; some are taken since.
          for (let c = this.candStart[p] ?? 0, end = this.candStart[p + 1] ?? 0; c < end; c += 1) {
            this.consider(
              found,
              side,
              p,
              this.candA[c] ?? 0,
              this.candSim[c] ?? 0,
              this.candContained[c] ?? 0,
            );
          }
        }
        let best = found.best;
        const parts = found.parts;
        parts.sort((x, y) => x - y);
        for (const window of this.windowsOf(parts, otherGroups, otherOffset === 0)) {
          const keys = window.map((x) => otherOffset + x);
          const s =
            side === 0 ? this.profiles.union([p], keys) : this.profiles.union(keys, [offset + p]);
          if (s >= SPLIT_THRESHOLD && (best === undefined || s > best.similarity))
            best = { window, similarity: s };
        }
        if (best === undefined) continue;
        const many = best.window.length > 1;
        if (side === 0) this.add([p], best.window, many ? 'split' : 'similar', best.similarity);
        else this.add(best.window, [p], many ? 'merge' : 'similar', best.similarity);
      }
    }
  }

  /** One candidate `q` of the free point `p` (on `side`): a 1:1 match on its own, or a part. */
  private consider(
    found: Found,
    side: 0 | 1,
    p: number,
    q: number,
    similarity: number,
    contained: number,
  ): void {
    if ((side === 0 ? this.groupR : this.groupL)[q] !== -1) return;
    if (
      similarity >= this.singleThreshold(side, p, q) &&
      (found.best === undefined || similarity > found.best.similarity)
    ) {
      found.best = { window: [q], similarity };
    }
    if (contained >= MIN_CONTAINMENT) found.parts.push(q);
  }

  /** The threshold for a 1:1 match of point `p` on `side` with `q` on the other side. */
  private singleThreshold(side: 0 | 1, p: number, q: number): number {
    const [a, b] = side === 0 ? [p, q] : [q, p];
    return this.context(a, b) >= 0.5 ? SIMILAR_THRESHOLD : MOVED_THRESHOLD;
  }

  /**
   * Windows of 2 to `MAX_PARTS` of the `parts` (ascending): consecutive on the right; on the
   * left, possibly skipping free (dropped) points, at most 2 in a row (see `neighbours`).
   */
  private windowsOf(parts: readonly number[], groups: Int32Array, leftSide: boolean): number[][] {
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

  // ---------------------------------------------------------------- bookkeeping

  private add(left: number[], right: number[], how: AlignHow, similarity: number): void {
    const g = this.drafts.length;
    this.drafts.push({ left, right, how, similarity });
    for (const a of left) this.groupL[a] = g;
    for (const b of right) this.groupR[b] = g;
  }

  private regroup(
    g: number,
    left: number[],
    right: number[],
    how: AlignHow,
    similarity: number,
  ): void {
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
    for (let a = 0; a < this.nL; a += 1)
      if (this.groupL[a] === -1) this.add([a], [], 'unmatched', 0);
    for (let b = 0; b < this.nR; b += 1)
      if (this.groupR[b] === -1) this.add([], [b], 'unmatched', 0);

    // Moves: the heaviest in-order chain of two-sided groups, in left order. Each group weighs
    // 1 + similarity/2: as many groups as possible stay in order; among equal chains the closer
    // matches anchor it and the weaker one is called moved. A fixed link says which points
    // correspond, not that their text stayed: it weighs 1.
    const matched = this.drafts
      .map((d, g) => ({ d, g }))
      .filter(({ d }) => d.left.length > 0 && d.right.length > 0)
      .sort((x, y) => (x.d.left[0] ?? 0) - (y.d.left[0] ?? 0));
    const inOrder = heaviestIncreasing(
      matched.map(({ d }) => d.right[0] ?? 0),
      matched.map(({ d }) => (d.how === 'fixed' ? 1 : 1 + d.similarity / 2)),
      this.nR,
    );
    const moved = new Uint8Array(this.drafts.length);
    matched.forEach(({ g }, k) => {
      if (!inOrder[k]) moved[g] = 1;
    });

    // Display order: two-sided and right-only groups by right position; left-only groups after
    // the group of their nearest preceding left neighbour that was not moved (a moved neighbour
    // sits elsewhere and would carry the dropped point away from its context). One sort by
    // (position of the group to follow, 0 for the group itself or 1 + left index after it).
    const count = this.drafts.length;
    const rank = new Float64Array(count);
    for (let g = 0; g < count; g += 1) {
      const first = this.drafts[g]?.right[0];
      if (first !== undefined) rank[g] = first * (this.nL + 2);
    }
    let anchor = -1;
    for (let a = 0; a < this.nL; a += 1) {
      const g = this.groupL[a] ?? -1;
      const d = this.drafts[g];
      if (d === undefined) continue;
      if (d.right.length > 0) {
        if (!moved[g]) anchor = d.right[0] ?? 0;
      } else if (d.left[0] === a) {
        rank[g] = anchor < 0 ? a - this.nL - 2 : anchor * (this.nL + 2) + 1 + a;
      }
    }
    const order = Array.from(this.drafts.keys()).sort((x, y) => (rank[x] ?? 0) - (rank[y] ?? 0));
    const leftLabels = this.left.map((p) => p.label);
    const rightLabels = this.right.map((p) => p.label);
    return order.map((g) => this.describe(g, moved[g] === 1, leftLabels, rightLabels));
  }

  private describe(
    g: number,
    moved: boolean,
    leftLabels: string[],
    rightLabels: string[],
  ): AlignedGroup {
    const d = this.drafts[g] as Draft;
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
        if (d.weak === true) explain.push('the closest match between its matched neighbours');
        break;
      case 'merge':
        explain.push(
          `${formatIndexedLabels(d.left, leftLabels)} merged into ${formatIndexedLabels(d.right, rightLabels)}`,
          this.similarityNote(d),
        );
        break;
      case 'split':
        explain.push(
          `${formatIndexedLabels(d.left, leftLabels)} split into ${formatIndexedLabels(d.right, rightLabels)}`,
          this.similarityNote(d),
        );
        break;
      case 'unmatched':
        explain.push(
          d.left.length > 0 ? 'no matching point on the right' : 'no matching point on the left',
        );
        break;
    }
    if (moved)
      explain.push(
        `moved from ${formatIndexedLabels(d.left, leftLabels)} to ${formatIndexedLabels(d.right, rightLabels)}`,
      );
    const group: AlignedGroup = { left: d.left, right: d.right, how: d.how, moved, explain };
    // Four decimals: sums of weights in different orders leave 0.9999999999999999 for 1.
    if (d.how !== 'fixed' && d.how !== 'unmatched')
      group.similarity = Math.round(d.similarity * 1e4) / 1e4;
    return group;
  }

  /** "72% similar; shared words: army, 600,000, personnel": the three rarest shared words. */
  private similarityNote(d: Draft): string {
    const words = this.profiles.sharedWords(
      d.left,
      d.right.map((b) => this.nL + b),
      3,
    );
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

function insertSorted(list: readonly number[], x: number): number[] {
  return [...list, x].sort((u, v) => u - v);
}
