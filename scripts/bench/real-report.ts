/**
 * The real-draft part of `npm run bench`: the engine alone (no recorded links) on the drafts of
 * scripts/bench/real/, on the text only, then with the topics; pairing quality against the
 * brief's correspondences (issue #16's targets) and how well the tiers are calibrated.
 */
import { performance } from 'node:perf_hooks';
import { alignPoints, type Alignment } from '../../src/core/diff/align';
import { pairQuality } from './quality';
import { loadRealPairs, type RealPair } from './real';
import { median, ms } from './stats';

const REAL_TARGETS: Record<string, number> = {
  'us-28 → e3-counter': 0.9,
  'us-28 → zelensky-20': 0.9,
  'us-28 → eu-24': 0.8,
};
const REAL_MIN_PRECISION = 0.9;

function realResult(pair: RealPair, withTopics: boolean) {
  const times: number[] = [];
  let alignment: Alignment | undefined;
  for (let k = 0; k < 5; k += 1) {
    const t0 = performance.now();
    alignment = alignPoints(pair.left, pair.right);
    times.push(performance.now() - t0);
  }
  if (alignment === undefined) throw new Error('no run');
  const q = pairQuality(alignment, pair.truth);
  // Per tier: the engine's pairs and how many of them the truth has (the calibration of the tiers).
  const expected = new Set(pair.truth.map(([a, b]) => `${a},${b}`));
  const tiers: Record<'confident' | 'possible', [number, number]> = {
    confident: [0, 0],
    possible: [0, 0],
  };
  for (const g of alignment.groups) {
    if (g.tier === undefined) continue;
    for (const a of g.left)
      for (const b of g.right) {
        tiers[g.tier][0] += 1;
        if (expected.has(`${a},${b}`)) tiers[g.tier][1] += 1;
      }
  }
  const label = ([a, b]: [number, number]): string =>
    `${pair.left[a]?.label ?? a}→${pair.right[b]?.label ?? b}`;
  return {
    name: pair.name,
    withTopics,
    points: [pair.left.length, pair.right.length],
    alignMs: median(times),
    precision: q.precision,
    recall: q.recall,
    f1: q.f1,
    found: q.found,
    expected: q.expected,
    wrong: q.wrong.map(label),
    missed: q.missed.map(label),
    tiers,
  };
}

export type RealRun = ReturnType<typeof realResult>;

/** Every real pair, on the text only (`[0]`) and with the topics (`[1]`). */
export function measureRealPairs(): RealRun[][] {
  return [false, true].map((withTopics) =>
    loadRealPairs(withTopics).map((pair) => realResult(pair, withTopics)),
  );
}

/** The tables: quality per pair, the tiers' calibration, and the pairs found wrong or missed. */
export function printRealPairs(realRuns: RealRun[][]): void {
  console.log('Real drafts, engine only (no recorded links): pairs of points against the brief');
  console.log('');
  console.log('| pair | evidence | points L/R | true pairs | found | P | R | F1 | align ms |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of realRuns.flat()) {
    console.log(
      `| ${r.name} | ${r.withTopics ? 'text + topics' : 'text'} | ${r.points[0]}/${r.points[1]} | ${r.expected} | ${r.found} | ` +
        `${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} | ${r.f1.toFixed(3)} | ${ms(r.alignMs)} |`,
    );
  }
  console.log('');
  for (const withTopics of [false, true]) {
    const runs = realRuns.flat().filter((r) => r.withTopics === withTopics);
    const sum = (tier: 'confident' | 'possible', k: 0 | 1): number =>
      runs.reduce((n, r) => n + r.tiers[tier][k], 0);
    const share = (tier: 'confident' | 'possible'): string =>
      `${sum(tier, 0)} pairs, ${sum(tier, 0) === 0 ? '—' : (sum(tier, 1) / sum(tier, 0)).toFixed(3)} true`;
    console.log(
      `Tiers (${withTopics ? 'text + topics' : 'text'}, all real pairs): confident ${share('confident')}; possible ${share('possible')}`,
    );
  }
  console.log('');
  for (const r of realRuns[0] ?? []) {
    console.log(
      `${r.name} (text): wrong ${r.wrong.join(' ') || '—'}; missed ${r.missed.join(' ') || '—'}`,
    );
  }
  console.log('');
}

/** The targets of issue #16, on the text only: [name, pass, value]. */
export function realTargets(realRuns: RealRun[][]): [string, boolean, string][] {
  return (realRuns[0] ?? []).map((r) => {
    const target = REAL_TARGETS[r.name] ?? 0.9;
    return [
      `real ${r.name}: F1 ≥ ${target.toFixed(2)}, P ≥ ${REAL_MIN_PRECISION.toFixed(2)} (text only)`,
      r.f1 >= target && r.precision >= REAL_MIN_PRECISION,
      `F1 ${r.f1.toFixed(3)}, P ${r.precision.toFixed(3)}`,
    ];
  });
}
