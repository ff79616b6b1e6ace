import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heaviestIncreasing } from './lis';

/** O(n²) reference: the weight of the heaviest strictly increasing subsequence. */
function bestWeight(rights: readonly number[], weights: readonly number[]): number {
  const best = rights.map((_, i) => weights[i] ?? 0);
  for (let i = 0; i < rights.length; i += 1) {
    for (let j = 0; j < i; j += 1) {
      if ((rights[j] ?? 0) < (rights[i] ?? 0))
        best[i] = Math.max(best[i] ?? 0, (best[j] ?? 0) + (weights[i] ?? 0));
    }
  }
  return Math.max(0, ...best);
}

describe('heaviestIncreasing', () => {
  it('keeps the in-order points and leaves out the moved one', () => {
    // Right positions in left order: the point at right 6 moved up from the end.
    expect(heaviestIncreasing([0, 1, 6, 2, 3, 4, 5], [1, 1, 1, 1, 1, 1, 1], 7)).toEqual([
      true,
      true,
      false,
      true,
      true,
      true,
      true,
    ]);
  });

  it('breaks a swap toward the heavier point', () => {
    expect(heaviestIncreasing([1, 0], [1.5, 1], 2)).toEqual([true, false]);
    expect(heaviestIncreasing([1, 0], [1, 1.5], 2)).toEqual([false, true]);
  });

  it('finds a chain as heavy as the quadratic reference', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }).chain((rights) =>
          fc.tuple(
            fc.constant(rights),
            fc.array(fc.double({ min: 1, max: 2, noNaN: true }), {
              minLength: rights.length,
              maxLength: rights.length,
            }),
          ),
        ),
        ([rights, weights]) => {
          const chain = heaviestIncreasing(rights, weights, 41);
          const picked = rights.filter((_, i) => chain[i]);
          expect(picked).toEqual([...picked].sort((a, b) => a - b));
          const weight = weights.reduce((sum, w, i) => (chain[i] ? sum + w : sum), 0);
          expect(weight).toBeCloseTo(bestWeight(rights, weights), 9);
        },
      ),
    );
  });
});
