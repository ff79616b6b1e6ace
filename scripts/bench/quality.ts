/**
 * Pairing quality of an alignment against a ground truth of (left index, right index) pairs: a
 * group pairs every one of its left points with every one of its right points, so a merge of 3
 * points into 1 is 3 pairs. Precision is the share of the engine's pairs that are true, recall
 * the share of true pairs the engine found.
 */
import type { Alignment } from '../../src/core/diff/align';

export interface Quality {
  precision: number;
  recall: number;
  f1: number;
  found: number;
  expected: number;
  /** Pairs found that the truth does not have, and true pairs not found. */
  wrong: [number, number][];
  missed: [number, number][];
}

export function pairQuality(alignment: Alignment, truth: readonly [number, number][]): Quality {
  const key = (a: number, b: number): number => a * 1_000_000 + b;
  const expected = new Map(truth.map(([a, b]) => [key(a, b), [a, b] as [number, number]]));
  const found = new Map<number, [number, number]>();
  for (const g of alignment.groups)
    for (const a of g.left) for (const b of g.right) found.set(key(a, b), [a, b]);
  const wrong: [number, number][] = [];
  for (const [k, pair] of found) if (!expected.has(k)) wrong.push(pair);
  const missed: [number, number][] = [];
  for (const [k, pair] of expected) if (!found.has(k)) missed.push(pair);
  const hits = found.size - wrong.length;
  const precision = found.size === 0 ? 1 : hits / found.size;
  const recall = expected.size === 0 ? 1 : hits / expected.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, found: found.size, expected: expected.size, wrong, missed };
}
