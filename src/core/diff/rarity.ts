/**
 * How rare each word is, and where to find it: the word weights of `profiles.ts` and its
 * inverted index. Linear: counting sorts only, no comparison sort.
 */

/**
 * `keys[start[id] .. start[id + 1]]` are the active points containing word `id`, ascending: left
 * ones up to `split[id]`, right ones from there.
 */
export interface Postings {
  start: Int32Array<ArrayBuffer>;
  keys: Int32Array<ArrayBuffer>;
  split: Int32Array<ArrayBuffer>;
  /** Postings longer than this (on one side) are not looked up. */
  cap: number;
}

/**
 * New ids, rarest first, and the weight of each new id, from the document frequency `df` of each
 * word over `points` points.
 *
 * Words are renumbered rarest first (a counting sort by df), so that a profile in id order is in
 * order of rarity. Within one df, words are visited in a scrambled order (a stride coprime with
 * the vocabulary size), not in first-seen order: otherwise a point's "rarest quarter" would be
 * the start of its text whenever many words tie, and a merged point would look up only its first
 * half.
 *
 * The weight is IDF, squared: a word found in 2 points out of 600 weighs ~5× one found in 40, so
 * the clause that tells boilerplate twins apart outweighs the long opening they share. Plain IDF
 * let a dropped twin and an added twin score ~0.6 (similar). The frequencies include matched
 * points: counted over the unmatched ones alone, every word a changed pair shares would look
 * common in a short document (2 of 2 points), and the pair would not match.
 */
export function rarestFirst(
  df: Int32Array,
  points: number,
): { rename: Int32Array<ArrayBuffer>; weight: Float64Array<ArrayBuffer> } {
  const size = df.length;
  const byDf = new Int32Array(points + 2);
  for (let id = 0; id < size; id += 1) byDf[(df[id] ?? 0) + 1] = (byDf[(df[id] ?? 0) + 1] ?? 0) + 1;
  for (let f = 1; f < byDf.length; f += 1) byDf[f] = (byDf[f] ?? 0) + (byDf[f - 1] ?? 0);
  const rename = new Int32Array(size);
  let stride = Math.floor(size * 0.6180339887) | 1;
  while (gcd(stride, size) !== 1) stride += 2;
  for (let k = 0; k < size; k += 1) {
    const id = (k * stride) % size;
    const f = df[id] ?? 0;
    rename[id] = byDf[f] ?? 0;
    byDf[f] = (byDf[f] ?? 0) + 1;
  }
  const weight = new Float64Array(size);
  const idfOf = new Float64Array(points + 1).fill(-1);
  for (let id = 0; id < size; id += 1) {
    const f = Math.max(1, df[id] ?? 1);
    let w = idfOf[f] ?? -1;
    if (w < 0) {
      const idf = Math.log(1 + points / f);
      w = idf * idf;
      idfOf[f] = w;
    }
    weight[rename[id] ?? 0] = w;
  }
  return { rename, weight };
}

/** The profiles the postings are built from: `ids[start[key] .. start[key] + length[key]]`. */
export interface ProfileArrays {
  total: number;
  nLeft: number;
  active: Uint8Array;
  start: Int32Array;
  length: Int32Array;
  ids: Int32Array;
}

/** Postings of the active points, by new id (`rename`), keys ascending (so left keys, then right keys). */
export function buildPostings(p: ProfileArrays, rename: Int32Array, points: number): Postings {
  const { total, nLeft, active, ids } = p;
  const size = rename.length;
  const start = new Int32Array(size + 1);
  for (let key = 0; key < total; key += 1) {
    if (active[key] !== 1) continue;
    for (let q = p.start[key] ?? 0, end = q + (p.length[key] ?? 0); q < end; q += 1) {
      const to = (rename[ids[q] ?? 0] ?? 0) + 1;
      start[to] = (start[to] ?? 0) + 1;
    }
  }
  for (let id = 0; id < size; id += 1) start[id + 1] = (start[id + 1] ?? 0) + (start[id] ?? 0);
  const keys = new Int32Array(start[size] ?? 0);
  const fill = start.slice(0, size);
  const split = new Int32Array(size);
  for (let key = 0; key < total; key += 1) {
    if (key === nLeft) split.set(fill);
    if (active[key] !== 1) continue;
    for (let q = p.start[key] ?? 0, end = q + (p.length[key] ?? 0); q < end; q += 1) {
      const to = rename[ids[q] ?? 0] ?? 0;
      const at = fill[to] ?? 0;
      keys[at] = key;
      fill[to] = at + 1;
    }
  }
  if (nLeft === total) split.set(fill);
  // A word in more points than this is skipped when looking up candidates (it still counts in
  // the exact score). Rare words are the lookup; this bounds a query's cost when a point has
  // nothing but common words.
  const cap = Math.max(256, Math.ceil(8 * Math.sqrt(points)));
  return { start, keys, split, cap };
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
