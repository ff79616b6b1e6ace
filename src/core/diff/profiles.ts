/**
 * Word profiles of the points the alignment still has to match: each point as a set of word ids
 * weighted by rarity, an inverted index (word → points, left then right), and weighted Dice
 * similarity. The vocabulary is in `word-table.ts`, the weights and the index in `rarity.ts`.
 * Flat typed arrays throughout: at 3,000 points a side this runs on a few thousand points and
 * ~10⁵ words, and allocation, not arithmetic, is what costs (shared/brief/performance.md: "70% of
 * the time went to GC" in jsdiff#396).
 *
 * Points are keyed `0..nLeft-1` (left) and `nLeft..nLeft+nRight-1` (right).
 *
 * Over 300 lines on purpose: one class over flat arrays that every method reads in its inner
 * loop (profiles, weights, marks). Splitting the scoring from the storage would mean exposing
 * those arrays or paying a call per word; the parts that stand alone already do
 * (`word-table.ts`, `rarity.ts`).
 */
import { Evidence } from './evidence';
import { WordScanner } from './normalize';
import { buildPostings, rarestFirst, type Postings } from './rarity';
import { growInt32, type WordTable } from './word-table';

/**
 * Each point looks up its rarest quarter of words, and at least this many. Both halves of a merge
 * must show up among a merged point's rare words: the reference prototype, with 10 fixed words,
 * missed halves (shared/brief/performance.md, "a bug the benchmark caught").
 */
const MIN_SIGNATURE = 8;
/**
 * Candidates per query that get an exact score: 6, as in the prototype of
 * shared/brief/performance.md ("top-6 exact overlap"); the parts of a merge of up to 4 fit.
 */
const TOP_K = 6;

/**
 * When the other side has at most this many points, every candidate gets an exact score: the
 * cut to `TOP_K` by partial score is made from the querying side only, so with it which pairs a
 * small document offers would depend on which version is on the left (swapping the sides must
 * read every row the other way, src/data/one-status.test.ts). Exact scores for 64 candidates of
 * a short draft cost little; long documents keep the cut that makes them fast.
 */
const EXACT_BELOW = 64;

/** The result buffer of `query`: `count` hits, best first. */
export interface Hits {
  keys: Int32Array;
  similarity: Float64Array;
  /** Share of each hit's own weight found in the queried point. */
  contained: Float64Array;
  count: number;
}

export function newHits(): Hits {
  return {
    keys: new Int32Array(EXACT_BELOW),
    similarity: new Float64Array(EXACT_BELOW),
    contained: new Float64Array(EXACT_BELOW),
    count: 0,
  };
}

export class Profiles {
  private readonly scanner = new WordScanner();
  private readonly evidence: Evidence;
  /** The features' vocabulary (ids, spelling): the evidence's. */
  private readonly words: WordTable;
  private readonly total: number;
  /** Profile of each key: `ids[start[key] .. start[key] + length[key]]`, distinct word ids. */
  private readonly start: Int32Array;
  private readonly length: Int32Array;
  private readonly sequences: Float64Array;
  private readonly pointWeight: Float64Array;
  private readonly active: Uint8Array;
  /** How many times each point counts in the document frequencies (0: not at all). */
  private readonly counts: Uint8Array;
  /** The topics of each point scanned, as bits of `TOPICS` indices (`Evidence.topicMask`). */
  private readonly topicMasks: Int32Array;
  /** The concepts of each point scanned, two 32-bit masks a point (`Evidence.conceptsLow`, `conceptsHigh`). */
  private readonly conceptMasks: Int32Array;
  private ids = new Int32Array(4096);
  private used = 0;
  /** The last point (key + 1) each word was added for: keeps profiles distinct. */
  private seen = new Int32Array(1024);
  private weight = new Float64Array(0);
  private marksA = new Int32Array(0);
  private marksB = new Int32Array(0);
  private generation = 0;
  private postings: Postings | undefined;
  private score = new Float64Array(0);
  private touched = new Int32Array(0);

  constructor(
    private readonly nLeft: number,
    nRight: number,
    private readonly textOf: (key: number) => string,
    private readonly topicsOf?: (key: number) => readonly string[] | undefined,
  ) {
    this.total = nLeft + nRight;
    this.evidence = new Evidence(this.total);
    this.words = this.evidence.words;
    this.start = new Int32Array(this.total);
    this.length = new Int32Array(this.total);
    this.sequences = new Float64Array(this.total);
    this.pointWeight = new Float64Array(this.total);
    this.active = new Uint8Array(this.total);
    this.counts = new Uint8Array(this.total);
    this.topicMasks = new Int32Array(this.total);
    this.conceptMasks = new Int32Array(this.total * 2);
  }

  /** Scans the text of `key` into its profile; the point takes part in matching. */
  add(key: number): void {
    this.scan(key);
    this.active[key] = 1;
    this.counts[key] = 1;
  }

  /**
   * Scans a point that is already matched, only so that its words count in the document
   * frequencies, `copies` times (2 for a point with the same text on both sides).
   */
  addBackground(key: number, copies: number): void {
    this.scan(key);
    this.counts[key] = copies;
  }

  private scan(key: number): void {
    const text = this.textOf(key);
    const scanner = this.scanner;
    const evidence = this.evidence;
    const count = evidence.read(text, key, scanner, scanner.scan(text), this.topicsOf?.(key));
    this.sequences[key] = scanner.sequence;
    this.topicMasks[key] = evidence.topicMask;
    this.conceptMasks[2 * key] = evidence.conceptsLow;
    this.conceptMasks[2 * key + 1] = evidence.conceptsHigh;
    this.start[key] = this.used;
    this.ensureIds(this.used + count);
    const stamp = key + 1;
    const ids = evidence.ids;
    for (let k = 0; k < count; k += 1) {
      const id = ids[k] ?? 0;
      if (id >= this.seen.length) this.seen = growInt32(this.seen);
      if (this.seen[id] === stamp) continue;
      this.seen[id] = stamp;
      this.ids[this.used] = id;
      this.used += 1;
    }
    this.length[key] = this.used - (this.start[key] ?? 0);
  }

  /** The topics of point `key` (given, or read from its words), as bits of `TOPICS` indices. */
  topicMask(key: number): number {
    return this.topicMasks[key] ?? 0;
  }

  /** Whether points `x` and `y` share a concept of the lexicon. */
  shareConcept(x: number, y: number): boolean {
    const m = this.conceptMasks;
    return (
      ((m[2 * x] ?? 0) & (m[2 * y] ?? 0)) !== 0 || ((m[2 * x + 1] ?? 0) & (m[2 * y + 1] ?? 0)) !== 0
    );
  }

  /** The total weight of the features of point `key`. */
  weightOf(key: number): number {
    return this.pointWeight[key] ?? 0;
  }

  has(key: number): boolean {
    return this.active[key] === 1;
  }

  /** A hash of the point's word sequence: equal for texts equal apart from case, punctuation, whitespace and numbering. */
  sequence(key: number): number {
    return this.sequences[key] ?? 0;
  }

  /** Takes a point out of matching (it was matched by its normalised text); its words still count in the frequencies. */
  remove(key: number): void {
    this.active[key] = 0;
  }

  /**
   * Counts document frequencies (over every point added, matched ones included: see
   * `addBackground`), weighs words, orders each active profile rarest first and builds the
   * postings. Call once, after the last `add` / `remove`. Linear: no sorting, only counting.
   */
  finish(): void {
    const size = this.words.size;
    const total = this.total;
    const ids = this.ids;
    const df = new Int32Array(size);
    let points = 0;
    for (let key = 0; key < total; key += 1) {
      const copies = this.counts[key] ?? 0;
      if (copies === 0) continue;
      points += copies;
      for (let p = this.start[key] ?? 0, end = p + (this.length[key] ?? 0); p < end; p += 1) {
        const id = ids[p] ?? 0;
        df[id] = (df[id] ?? 0) + copies;
      }
    }
    const { rename, weight } = rarestFirst(df, points);
    this.weight = weight;
    this.words.renumber(rename);
    const postings = buildPostings(
      {
        total,
        nLeft: this.nLeft,
        active: this.active,
        start: this.start,
        length: this.length,
        ids,
      },
      rename,
      points,
    );
    const { start, keys } = postings;
    // Each active profile rewritten in id order, which is rarity order: walk the postings.
    const at = new Int32Array(total);
    for (let key = 0; key < total; key += 1) {
      at[key] = this.start[key] ?? 0;
      this.pointWeight[key] = 0;
      if (this.active[key] !== 1) this.length[key] = 0;
    }
    for (let id = 0; id < size; id += 1) {
      const w = weight[id] ?? 0;
      for (let p = start[id] ?? 0, end = start[id + 1] ?? 0; p < end; p += 1) {
        const key = keys[p] ?? 0;
        const q = at[key] ?? 0;
        ids[q] = id;
        at[key] = q + 1;
        this.pointWeight[key] = (this.pointWeight[key] ?? 0) + w;
      }
    }
    this.marksA = new Int32Array(size);
    this.marksB = new Int32Array(size);
    this.postings = postings;
    this.score = new Float64Array(total);
    this.touched = new Int32Array(total);
  }

  /**
   * The best `TOP_K` candidates for point `key` among the free active points of the other side
   * (`groupOf[key] === -1`), found through the postings of its rarest words and scored by
   * weighted Dice. Writes `out`.
   */
  query(key: number, groupOf: Int32Array, out: Hits): void {
    out.count = 0;
    const postings = this.postings;
    const n = this.length[key] ?? 0;
    if (postings === undefined || n === 0) return;
    // A left point looks among right keys (the upper part of each posting list), and vice versa.
    const wantRight = key < this.nLeft;
    const from = this.start[key] ?? 0;
    const limit = Math.max(MIN_SIGNATURE, Math.ceil(n / 4));
    const score = this.score;
    const touched = this.touched;
    let touchedCount = 0;
    let looked = 0;
    for (let k = 0; k < n && looked < limit; k += 1) {
      const id = this.ids[from + k] ?? 0;
      const lo = wantRight ? (postings.split[id] ?? 0) : (postings.start[id] ?? 0);
      const hi = wantRight ? (postings.start[id + 1] ?? 0) : (postings.split[id] ?? 0);
      if (hi === lo) continue;
      looked += 1;
      if (hi - lo > postings.cap) continue;
      const w = this.weight[id] ?? 0;
      for (let p = lo; p < hi; p += 1) {
        const other = postings.keys[p] ?? 0;
        if ((score[other] ?? 0) === 0) {
          if (groupOf[other] !== -1) continue;
          touched[touchedCount] = other;
          touchedCount += 1;
        }
        score[other] = (score[other] ?? 0) + w;
      }
    }
    // Top K by partial score (insertion into a short sorted list), then exact Dice.
    const top = out.keys;
    const topScore = out.similarity;
    const others = wantRight ? this.total - this.nLeft : this.nLeft;
    const topK = others <= EXACT_BELOW ? EXACT_BELOW : TOP_K;
    let count = 0;
    for (let t = 0; t < touchedCount; t += 1) {
      const other = touched[t] ?? 0;
      const s = score[other] ?? 0;
      score[other] = 0;
      if (count === topK && s <= (topScore[topK - 1] ?? 0)) continue;
      let at = count < topK ? count : topK - 1;
      while (at > 0 && (topScore[at - 1] ?? 0) < s) {
        top[at] = top[at - 1] ?? 0;
        topScore[at] = topScore[at - 1] ?? 0;
        at -= 1;
      }
      top[at] = other;
      topScore[at] = s;
      if (count < topK) count += 1;
    }
    const gen = this.markProfile(this.marksA, key);
    for (let c = 0; c < count; c += 1) {
      const other = top[c] ?? 0;
      let inter = 0;
      for (let p = this.start[other] ?? 0, end = p + (this.length[other] ?? 0); p < end; p += 1) {
        const id = this.ids[p] ?? 0;
        if (this.marksA[id] === gen) inter += this.weight[id] ?? 0;
      }
      const own = this.pointWeight[other] ?? 0;
      const sum = (this.pointWeight[key] ?? 0) + own;
      topScore[c] = sum > 0 ? (2 * inter) / sum : 0;
      out.contained[c] = own > 0 ? inter / own : 0;
    }
    // Best exact score first (ties: lower key).
    const contained = out.contained;
    for (let c = 1; c < count; c += 1) {
      const k = top[c] ?? 0;
      const s = topScore[c] ?? 0;
      const inside = contained[c] ?? 0;
      let at = c;
      while (
        at > 0 &&
        ((topScore[at - 1] ?? 0) < s || ((topScore[at - 1] ?? 0) === s && (top[at - 1] ?? 0) > k))
      ) {
        top[at] = top[at - 1] ?? 0;
        topScore[at] = topScore[at - 1] ?? 0;
        contained[at] = contained[at - 1] ?? 0;
        at -= 1;
      }
      top[at] = k;
      topScore[at] = s;
      contained[at] = inside;
    }
    out.count = count;
  }

  /** Weighted Dice of the union of words of the `lefts` and of the `rights` (keys). */
  union(lefts: readonly number[], rights: readonly number[]): number {
    this.generation += 1;
    const gen = this.generation;
    let wl = 0;
    for (const a of lefts) {
      for (let p = this.start[a] ?? 0, end = p + (this.length[a] ?? 0); p < end; p += 1) {
        const id = this.ids[p] ?? 0;
        if (this.marksA[id] !== gen) {
          this.marksA[id] = gen;
          wl += this.weight[id] ?? 0;
        }
      }
    }
    let wr = 0;
    let inter = 0;
    for (const b of rights) {
      for (let p = this.start[b] ?? 0, end = p + (this.length[b] ?? 0); p < end; p += 1) {
        const id = this.ids[p] ?? 0;
        if (this.marksB[id] !== gen) {
          this.marksB[id] = gen;
          const w = this.weight[id] ?? 0;
          wr += w;
          if (this.marksA[id] === gen) inter += w;
        }
      }
    }
    return wl + wr > 0 ? (2 * inter) / (wl + wr) : 0;
  }

  /** Up to `k` words that the `lefts` and the `rights` (keys) share, rarest first, in lower case. */
  sharedWords(lefts: readonly number[], rights: readonly number[], k: number): string[] {
    this.generation += 1;
    const gen = this.generation;
    for (const a of lefts) {
      for (let p = this.start[a] ?? 0, end = p + (this.length[a] ?? 0); p < end; p += 1)
        this.marksA[this.ids[p] ?? 0] = gen;
    }
    const found: number[] = [];
    for (const b of rights) {
      // Profiles are sorted rarest first: the first k shared words of each right point suffice.
      let taken = 0;
      for (
        let p = this.start[b] ?? 0, end = p + (this.length[b] ?? 0);
        p < end && taken < k;
        p += 1
      ) {
        const id = this.ids[p] ?? 0;
        if (this.marksA[id] !== gen || this.words.isHidden(id)) continue;
        taken += 1;
        if (!found.includes(id)) found.push(id);
      }
    }
    return found
      .sort((x, y) => x - y)
      .slice(0, k)
      .map((id) => this.spell(id));
  }

  /**
   * The share of the weight of point `key` found among the words of `others` (keys of the other
   * side) and not among those of `besides` (keys of its own side): a cheap test before `union`.
   */
  containedIn(key: number, others: readonly number[], besides: readonly number[] = []): number {
    this.generation += 1;
    const gen = this.generation;
    for (const o of others) {
      for (let p = this.start[o] ?? 0, end = p + (this.length[o] ?? 0); p < end; p += 1)
        this.marksB[this.ids[p] ?? 0] = gen;
    }
    for (const o of besides) {
      for (let p = this.start[o] ?? 0, end = p + (this.length[o] ?? 0); p < end; p += 1)
        this.marksA[this.ids[p] ?? 0] = gen;
    }
    let found = 0;
    for (let p = this.start[key] ?? 0, end = p + (this.length[key] ?? 0); p < end; p += 1) {
      const id = this.ids[p] ?? 0;
      if (this.marksB[id] === gen && this.marksA[id] !== gen) found += this.weight[id] ?? 0;
    }
    const total = this.pointWeight[key] ?? 0;
    return total > 0 ? found / total : 0;
  }

  private spell(id: number): string {
    return this.words.spell(id, this.textOf);
  }

  private markProfile(marks: Int32Array, key: number): number {
    this.generation += 1;
    const gen = this.generation;
    for (let p = this.start[key] ?? 0, end = p + (this.length[key] ?? 0); p < end; p += 1)
      marks[this.ids[p] ?? 0] = gen;
    return gen;
  }

  private ensureIds(size: number): void {
    if (size <= this.ids.length) return;
    let next = this.ids.length * 2;
    while (next < size) next *= 2;
    const ids = new Int32Array(next);
    ids.set(this.ids);
    this.ids = ids;
  }
}
