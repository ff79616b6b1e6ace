/**
 * The heaviest increasing subsequence: the order-preserving pass of the alignment. Of the matched
 * groups, the ones that kept their relative order are the heaviest chain whose right positions
 * increase along the left positions; the rest were moved. The same idea as Monaco's
 * "don't report merely aligned code as moved" (shared/brief/anchors.md §2.2, §4.2): a point that
 * only shifted because others were inserted or dropped before it is in the chain.
 *
 * O(n log n) with a Fenwick tree of prefix maxima over right positions.
 */

/**
 * @param rights the right position of each item, items in left order; positions are distinct
 *   integers in `0..size-1`.
 * @param weights the weight of each item (> 0).
 * @param size one more than the largest right position.
 * @returns for each item, whether it is in the heaviest chain with strictly increasing `rights`.
 *   Ties go to the chain found first in left order (deterministic).
 */
export function heaviestIncreasing(
  rights: ArrayLike<number>,
  weights: ArrayLike<number>,
  size: number,
): boolean[] {
  const n = rights.length;
  // Fenwick tree over right positions 1..size: best chain weight ending at or below a position.
  const bestWeight = new Float64Array(size + 1);
  const bestItem = new Int32Array(size + 1).fill(-1);
  const previous = new Int32Array(n).fill(-1);
  const total = new Float64Array(n);
  let top = -1;
  let topWeight = 0;
  for (let i = 0; i < n; i += 1) {
    const r = rights[i] ?? 0;
    // Best chain among right positions < r (tree positions 1..r).
    let w = 0;
    let from = -1;
    for (let p = r; p > 0; p -= p & -p) {
      if ((bestWeight[p] ?? 0) > w) {
        w = bestWeight[p] ?? 0;
        from = bestItem[p] ?? -1;
      }
    }
    const mine = w + (weights[i] ?? 0);
    previous[i] = from;
    total[i] = mine;
    for (let p = r + 1; p <= size; p += p & -p) {
      if (mine > (bestWeight[p] ?? 0)) {
        bestWeight[p] = mine;
        bestItem[p] = i;
      }
    }
    if (mine > topWeight) {
      topWeight = mine;
      top = i;
    }
  }
  const inChain = new Array<boolean>(n).fill(false);
  for (let i = top; i >= 0; i = previous[i] ?? -1) inChain[i] = true;
  return inChain;
}
