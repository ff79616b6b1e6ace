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
 *    remaining points, squared; see `weights`). Candidates come from an inverted index on each
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

/**
 * The bar for a match that would be a move: the pair does not sit between the matches of its
 * nearest matched neighbours. Moves are rare and a wrong one is confusing, so the text must say
 * more: Monaco likewise asks far more of a moved block (0.9) than of a changed line (0.6)
 * (shared/brief/anchors.md §4.2). This is what keeps a dropped boilerplate point ("The parties
 * agree that … <clause>") from pairing with an added twin elsewhere in the document; the
 * benchmark's boilerplate twins and the "move" test pin it.
 */
export const MOVED_THRESHOLD = 0.7;

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
export const MIN_GAIN = 0.05;
export const MIN_CONTAINMENT = 0.5;

/** How much order context can add to a candidate's rank: enough to break near-ties between twins, never enough to beat a clearly better text match. */
const CONTEXT_WEIGHT = 0.05;
/** Candidates scored exactly per point, out of those found through the inverted index. */
const TOP_K = 8;
/** Each point looks up its rarest quarter of words, and at least this many, so that both halves of a merge are found (the reference prototype missed halves with 10 fixed words). */
const MIN_SIGNATURE = 8;

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
  run.normalised();
  run.similar();
  run.grow();
  run.windows();
  return { groups: run.finish() };
}

interface Draft {
  left: number[];
  right: number[];
  how: AlignHow;
  similarity: number;
}

/** One alignment in progress. Points are keyed `a` (left) and `nL + b` (right) in the per-point arrays. */
class Aligner {
  private readonly nL: number;
  private readonly nR: number;
  private readonly drafts: Draft[] = [];
  /** Draft index of each left / right point, or -1. */
  private readonly groupL: Int32Array;
  private readonly groupR: Int32Array;
  /** Matching words of the points that reach the normalised stage, by key. */
  private readonly words: (string[] | undefined)[];
  /** Distinct word ids of the points that reach the similarity stage, by key. */
  private readonly profiles: (Int32Array | undefined)[];
  private readonly pointWeight: Float64Array;
  private vocabulary: string[] = [];
  private weight = new Float64Array(0);
  private markA = new Int32Array(0);
  private markB = new Int32Array(0);
  private generation = 0;
  /** Postings of word id → keys of remaining points, per side (CSR). */
  private postings: [Postings, Postings] | undefined;

  constructor(
    private readonly left: readonly AlignItem[],
    private readonly right: readonly AlignItem[],
  ) {
    this.nL = left.length;
    this.nR = right.length;
    this.groupL = new Int32Array(this.nL).fill(-1);
    this.groupR = new Int32Array(this.nR).fill(-1);
    this.words = new Array<string[] | undefined>(this.nL + this.nR);
    this.profiles = new Array<Int32Array | undefined>(this.nL + this.nR);
    this.pointWeight = new Float64Array(this.nL + this.nR);
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
    this.pairInOrder(byText, (b) => this.right[b]?.text ?? '', 'exact');
  }

  normalised(): void {
    const byKey = new Map<string, number[]>();
    for (let a = 0; a < this.nL; a += 1) {
      if (this.groupL[a] !== -1) continue;
      const words = matchWords(this.left[a]?.text ?? '');
      this.words[a] = words;
      const key = words.join(' ');
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [a]);
      else list.push(a);
    }
    this.pairInOrder(
      byKey,
      (b) => {
        const words = matchWords(this.right[b]?.text ?? '');
        this.words[this.nL + b] = words;
        return words.join(' ');
      },
      'normalised',
    );
  }

  /** Pairs each free right point with the first free left point under the same key. */
  private pairInOrder(byKey: Map<string, number[]>, keyOf: (b: number) => string, how: AlignHow): void {
    const next = new Map<string, number>();
    for (let b = 0; b < this.nR; b += 1) {
      if (this.groupR[b] !== -1) continue;
      const key = keyOf(b);
      const list = byKey.get(key);
      if (list === undefined) continue;
      const k = next.get(key) ?? 0;
      const a = list[k];
      if (a === undefined) continue;
      next.set(key, k + 1);
      this.add([a], [b], how, 1);
    }
  }

  // ---------------------------------------------------------------- stage 3: similar

  similar(): void {
    const keys = this.buildProfiles();
    if (keys.length === 0) return;
    this.postings = [this.buildPostings(0), this.buildPostings(1)];
    this.buildAnchors();
    const candA: number[] = [];
    const candB: number[] = [];
    const candSim: number[] = [];
    const candContext: number[] = [];
    const rank: number[] = [];
    for (let b = 0; b < this.nR; b += 1) {
      if (this.profiles[this.nL + b] === undefined) continue;
      for (const hit of this.query(this.nL + b, 0)) {
        candA.push(hit.key);
        candB.push(b);
        candSim.push(hit.similarity);
        const context = this.context(hit.key, b);
        candContext.push(context);
        rank.push(hit.similarity + CONTEXT_WEIGHT * context);
      }
    }
    const order = Array.from(rank.keys()).sort((x, y) => (rank[y] ?? 0) - (rank[x] ?? 0) || x - y);
    for (const c of order) {
      const s = candSim[c] ?? 0;
      const a = candA[c] ?? 0;
      const b = candB[c] ?? 0;
      if (this.groupL[a] !== -1 || this.groupR[b] !== -1) continue;
      if (s < ((candContext[c] ?? 0) >= 0.5 ? SIMILAR_THRESHOLD : MOVED_THRESHOLD)) continue;
      this.add([a], [b], 'similar', s);
    }
  }

  /** The 1:1 partner of each left point after the hash stages, and each left point's nearest anchored neighbours. */
  private partner = new Int32Array(0);
  private prevAnchor = new Int32Array(0);
  private nextAnchor = new Int32Array(0);

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
   * them (the pair keeps the order), < 0.5 when it would be a move.
   */
  private context(a: number, b: number): number {
    const pa = this.prevAnchor[a] ?? -1;
    const pb = pa >= 0 ? (this.partner[pa] ?? -1) : -1;
    const na = this.nextAnchor[a] ?? this.nL;
    const nb = na < this.nL ? (this.partner[na] ?? this.nR) : this.nR;
    if (pb >= b || nb <= b) return 0;
    return ((b - pb === a - pa ? 1 : 0.5) + (nb - b === na - a ? 1 : 0.5)) / 2;
  }

  /** Word ids and weights of every point still unmatched; returns their keys. */
  private buildProfiles(): number[] {
    const ids = new Map<string, number>();
    const df: number[] = [];
    const seen: number[] = [];
    const keys: number[] = [];
    const scratch: number[] = [];
    const total = this.nL + this.nR;
    for (let key = 0; key < total; key += 1) {
      const free = key < this.nL ? this.groupL[key] === -1 : this.groupR[key - this.nL] === -1;
      if (!free) continue;
      const words = this.words[key] ?? matchWords(this.textOf(key));
      scratch.length = 0;
      for (const w of words) {
        let id = ids.get(w);
        if (id === undefined) {
          id = df.length;
          ids.set(w, id);
          df.push(0);
          seen.push(-1);
        }
        if (seen[id] !== key) {
          seen[id] = key;
          scratch.push(id);
          df[id] = (df[id] ?? 0) + 1;
        }
      }
      this.profiles[key] = Int32Array.from(scratch);
      keys.push(key);
    }
    this.vocabulary = Array.from(ids.keys());
    const size = df.length;
    this.weight = new Float64Array(size);
    this.df = Int32Array.from(df);
    // IDF over the remaining points, squared: a word in 2 points of 600 weighs ~5× one in 40, so
    // the clause that tells twins apart outweighs the boilerplate they share.
    for (let id = 0; id < size; id += 1) {
      const idf = Math.log(1 + keys.length / (df[id] ?? 1));
      this.weight[id] = idf * idf;
    }
    for (const key of keys) {
      let w = 0;
      for (const id of this.profiles[key] ?? []) w += this.weight[id] ?? 0;
      this.pointWeight[key] = w;
    }
    this.markA = new Int32Array(size);
    this.markB = new Int32Array(size);
    return keys;
  }

  private df = new Int32Array(0);

  private buildPostings(side: 0 | 1): Postings {
    const size = this.weight.length;
    const start = new Int32Array(size + 1);
    const from = side === 0 ? 0 : this.nL;
    const to = side === 0 ? this.nL : this.nL + this.nR;
    for (let key = from; key < to; key += 1) {
      for (const id of this.profiles[key] ?? []) start[id + 1] = (start[id + 1] ?? 0) + 1;
    }
    for (let id = 0; id < size; id += 1) start[id + 1] = (start[id + 1] ?? 0) + (start[id] ?? 0);
    const keys = new Int32Array(start[size] ?? 0);
    const fill = start.slice(0, size);
    for (let key = from; key < to; key += 1) {
      for (const id of this.profiles[key] ?? []) {
        const at = fill[id] ?? 0;
        keys[at] = key;
        fill[id] = at + 1;
      }
    }
    return { start, keys };
  }

  /**
   * The best candidates on `side` (0 left, 1 right) for the point `key`, through the postings of
   * its rarest words, each scored exactly by weighted Dice.
   */
  private query(key: number, side: 0 | 1): Hit[] {
    const postings = this.postings?.[side];
    const profile = this.profiles[key];
    if (postings === undefined || profile === undefined || profile.length === 0) return [];
    const df = this.df;
    const signature = Array.from(profile).filter(
      (id) => (postings.start[id + 1] ?? 0) > (postings.start[id] ?? 0),
    );
    signature.sort((x, y) => (df[x] ?? 0) - (df[y] ?? 0) || x - y);
    signature.length = Math.min(signature.length, Math.max(MIN_SIGNATURE, Math.ceil(profile.length / 4)));
    const score = new Map<number, number>();
    for (const id of signature) {
      const w = this.weight[id] ?? 0;
      for (let p = postings.start[id] ?? 0, end = postings.start[id + 1] ?? 0; p < end; p += 1) {
        const other = postings.keys[p] ?? 0;
        if (!this.isFree(other)) continue;
        score.set(other, (score.get(other) ?? 0) + w);
      }
    }
    const top = Array.from(score.entries())
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, TOP_K);
    if (top.length === 0) return [];
    const gen = this.mark(this.markA, profile);
    const hits: Hit[] = [];
    for (const [other] of top) {
      let inter = 0;
      for (const id of this.profiles[other] ?? []) if (this.markA[id] === gen) inter += this.weight[id] ?? 0;
      const sum = (this.pointWeight[key] ?? 0) + (this.pointWeight[other] ?? 0);
      hits.push({ key: side === 0 ? other : other - this.nL, similarity: sum > 0 ? (2 * inter) / sum : 0 });
    }
    return hits;
  }

  private isFree(key: number): boolean {
    return key < this.nL ? this.groupL[key] === -1 : this.groupR[key - this.nL] === -1;
  }

  private textOf(key: number): string {
    return (key < this.nL ? this.left[key]?.text : this.right[key - this.nL]?.text) ?? '';
  }

  /** Stamps the ids of `profile` into `marks` with a fresh generation, returned. */
  private mark(marks: Int32Array, profile: Int32Array): number {
    this.generation += 1;
    for (const id of profile) marks[id] = this.generation;
    return this.generation;
  }

  /** Weighted Dice of the union of words of `lefts` (left indices) and `rights` (right indices). */
  private unionSimilarity(lefts: readonly number[], rights: readonly number[]): Union {
    this.generation += 1;
    const gen = this.generation;
    let wl = 0;
    for (const a of lefts) {
      for (const id of this.profiles[a] ?? []) {
        if (this.markA[id] !== gen) {
          this.markA[id] = gen;
          wl += this.weight[id] ?? 0;
        }
      }
    }
    let wr = 0;
    let inter = 0;
    for (const b of rights) {
      for (const id of this.profiles[this.nL + b] ?? []) {
        if (this.markB[id] !== gen) {
          this.markB[id] = gen;
          const w = this.weight[id] ?? 0;
          wr += w;
          if (this.markA[id] === gen) inter += w;
        }
      }
    }
    return { similarity: wl + wr > 0 ? (2 * inter) / (wl + wr) : 0, generation: gen };
  }

  /** Share of the weight of point `key` found in the side marked by the last `unionSimilarity` (`marks` of the other side). */
  private containment(key: number, marks: Int32Array, gen: number): number {
    let found = 0;
    for (const id of this.profiles[key] ?? []) if (marks[id] === gen) found += this.weight[id] ?? 0;
    const total = this.pointWeight[key] ?? 0;
    return total > 0 ? found / total : 0;
  }

  // ---------------------------------------------------------------- stage 4: merges and splits

  /** Grows each similar 1:1 pair by adjacent unmatched points while that raises its similarity. */
  grow(): void {
    const count = this.drafts.length;
    for (let g = 0; g < count; g += 1) {
      const d = this.drafts[g];
      if (d === undefined || d.how !== 'similar') continue;
      for (;;) {
        const options: [number[], number[], 'left' | 'right', number][] = [];
        if (d.right.length === 1) {
          for (const a of this.neighbours(d.left, this.groupL, 0)) {
            options.push([[...d.left, a].sort((x, y) => x - y), d.right, 'left', a]);
          }
        }
        if (d.left.length === 1) {
          for (const b of this.neighbours(d.right, this.groupR, this.nL)) {
            options.push([d.left, [...d.right, b].sort((x, y) => x - y), 'right', b]);
          }
        }
        let best: [number[], number[], number] | undefined;
        let bestSim = d.similarity + MIN_GAIN;
        for (const [l, r, side, added] of options) {
          const u = this.unionSimilarity(l, r);
          if (u.similarity < bestSim || u.similarity < SPLIT_THRESHOLD) continue;
          // The added point must be mostly found on the other side.
          const inOther =
            side === 'left'
              ? this.containment(added, this.markB, u.generation)
              : this.containment(this.nL + added, this.markA, u.generation);
          if (inOther < MIN_CONTAINMENT) continue;
          best = [l, r, u.similarity];
          bestSim = u.similarity;
        }
        if (best === undefined) break;
        this.regroup(g, best[0], best[1], best[0].length > 1 ? 'merge' : 'split', best[2]);
      }
    }
  }

  /**
   * Free points with profiles next to the group's points `indices` (ascending), while the group
   * has fewer than 3. On the left, one free point may be skipped: when 10c was dropped and 10a,
   * 10b and 10d were merged, the merged parts are not adjacent. On the right the parts must be
   * adjacent, so that groups stay in right-hand order.
   */
  private neighbours(indices: readonly number[], groups: Int32Array, offset: number): number[] {
    if (indices.length >= 3) return [];
    const first = indices[0] ?? 0;
    const last = indices[indices.length - 1] ?? 0;
    const reach = offset === 0 ? 2 : 1;
    const out: number[] = [];
    for (const step of [-1, 1]) {
      for (let k = 1, n = step < 0 ? first - 1 : last + 1; k <= reach; k += 1, n += step) {
        if (n < 0 || n >= groups.length || groups[n] !== -1) break;
        if (this.profiles[offset + n] !== undefined) out.push(n);
      }
    }
    return out;
  }

  /**
   * Tries each unmatched point against windows of 1–3 consecutive unmatched points on the other
   * side around its candidates; keeps the best window at or above the thresholds.
   */
  windows(): void {
    if (this.postings === undefined) return;
    for (const side of [0, 1] as const) {
      const n = side === 0 ? this.nL : this.nR;
      const groups = side === 0 ? this.groupL : this.groupR;
      const otherGroups = side === 0 ? this.groupR : this.groupL;
      const offset = side === 0 ? 0 : this.nL;
      const otherOffset = side === 0 ? this.nL : 0;
      for (let p = 0; p < n; p += 1) {
        if (groups[p] !== -1 || this.profiles[offset + p] === undefined) continue;
        let best: { window: number[]; similarity: number } | undefined;
        for (const hit of this.query(offset + p, side === 0 ? 1 : 0)) {
          if (otherGroups[hit.key] !== -1) continue;
          for (const window of this.windowsAround(hit.key, otherGroups, otherOffset)) {
            const u = side === 0 ? this.unionSimilarity([p], window) : this.unionSimilarity(window, [p]);
            const floor = window.length > 1 ? SPLIT_THRESHOLD : this.singleThreshold(side, p, hit.key);
            if (u.similarity < floor || (best !== undefined && u.similarity <= best.similarity)) continue;
            // Every point of the window must be mostly found in `p`.
            const pMarks = side === 0 ? this.markA : this.markB;
            if (window.some((q) => this.containment(otherOffset + q, pMarks, u.generation) < MIN_CONTAINMENT)) continue;
            best = { window, similarity: u.similarity };
          }
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
   * Windows of 1–3 free points (with profiles) that contain `q`: consecutive on the right; on the
   * left, within a span of 4 whose skipped point is also free (see `neighbours`).
   */
  private windowsAround(q: number, groups: Int32Array, offset: number): number[][] {
    const usable = (x: number): boolean =>
      x >= 0 && x < groups.length && groups[x] === -1 && this.profiles[offset + x] !== undefined;
    const span = offset === 0 ? 3 : 2;
    const out: number[][] = [[q]];
    const near: number[] = [];
    for (let x = q - span; x <= q + span; x += 1) if (x !== q && usable(x)) near.push(x);
    const ok = (window: number[]): boolean => {
      const lo = window[0] ?? 0;
      const hi = window[window.length - 1] ?? 0;
      if (hi - lo > span) return false;
      if (offset !== 0 && hi - lo + 1 !== window.length) return false;
      // Points skipped inside the span must be free (dropped), not matched elsewhere.
      for (let x = lo; x <= hi; x += 1) if (groups[x] !== -1) return false;
      return true;
    };
    for (let i = 0; i < near.length; i += 1) {
      const x = near[i] ?? 0;
      const pair = [x, q].sort((u, v) => u - v);
      if (ok(pair)) out.push(pair);
      for (let j = i + 1; j < near.length; j += 1) {
        const triple = [x, q, near[j] ?? 0].sort((u, v) => u - v);
        if (ok(triple)) out.push(triple);
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
    const { generation } = this.unionSimilarity(d.left, d.right);
    const shared = new Set<number>();
    for (const b of d.right) {
      for (const id of this.profiles[this.nL + b] ?? []) if (this.markA[id] === generation) shared.add(id);
    }
    const words = Array.from(shared)
      .sort((x, y) => (this.weight[y] ?? 0) - (this.weight[x] ?? 0) || x - y)
      .slice(0, 3)
      .map((id) => this.vocabulary[id] ?? '');
    const percent = `${Math.round(d.similarity * 100)}% similar`;
    return words.length > 0 ? `${percent}; shared words: ${words.join(', ')}` : percent;
  }
}

interface Postings {
  /** `keys[start[id]..start[id + 1]]` are the points containing word `id`. */
  start: Int32Array;
  keys: Int32Array;
}

interface Hit {
  /** Index on the queried side. */
  key: number;
  similarity: number;
}

interface Union {
  similarity: number;
  /** The generation under which `markA` / `markB` hold the two sides' words. */
  generation: number;
}
