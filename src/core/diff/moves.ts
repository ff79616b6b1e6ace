/**
 * Far moves the earlier stages cannot see. A reworded point that moved far (a draft that opens
 * with the ceasefire, or puts a clause in another section) has neither the text a move normally
 * needs (`moveThreshold`) nor a place between matched neighbours. What it can have is a partner
 * that nothing else competes for. Two cases, among the points every earlier stage left free, from
 * one search of their best candidates (`pairMoves`):
 *
 * - **Unique moves**: a pair is made when each is the other's best candidate,
 *   by `UNIQUE_MARGIN` times the next best of either; they share a concept of the lexicon
 *   (`concepts.ts`): the same subject, not only words; and their similarity reaches
 *   `UNIQUE_MOVE_THRESHOLD`.
 * - **Split moves** (and merges, the same read the other way): a point rewritten as a run of points somewhere else (the
 *   28-point plan's one ceasefire clause became the first points of the European plan, its
 *   humanitarian committee three points after them). Its similarity to any one part is low, and
 *   its parts compete with each other, so the unique test fails on the margin. The run is the
 *   evidence: two or more adjacent free points, each of which has this point as its best
 *   candidate and shares a concept with it, and this point's best candidate among them. Each part
 *   says less than the whole: it weighs less than the point (two points that both echo a short
 *   one, a treaty clause next to the point that names the treaty, are not its parts). The run
 *   pairs with it when their joint similarity reaches `SPLIT_MOVE_THRESHOLD` and `UNIQUE_MARGIN`
 *   times the best rival of the point and of every part; a part that would dilute the run's
 *   similarity under `BLOCK_DILUTION` of it ends the run.
 *
 * Boilerplate twins (a long shared opening, a clause of their own) are the case this must not
 * pair: they share words, not concepts, in the benchmark's made-up vocabulary; in real drafts a
 * twin has other twins as competitors, so no margin.
 */
import type { AlignState } from './align-state';
import {
  BLOCK_DILUTION,
  BLOCK_MAX_PARTS,
  UNIQUE_MARGIN,
  UNIQUE_MOVE_THRESHOLD,
  SPLIT_MOVE_THRESHOLD,
} from './thresholds';

/** Best and second-best candidate of every free point, from both sides' queries (by key). */
interface Best {
  best: Int32Array;
  bestSim: Float64Array;
  second: Float64Array;
}

function bestCandidates(s: AlignState): Best {
  const { nL, nR, profiles, hits, groupOf } = s;
  const total = nL + nR;
  const best = new Int32Array(total).fill(-1);
  const bestSim = new Float64Array(total);
  const second = new Float64Array(total);
  const offer = (x: number, y: number, sim: number): void => {
    if (sim > (bestSim[x] ?? 0)) {
      second[x] = bestSim[x] ?? 0;
      bestSim[x] = sim;
      best[x] = y;
    } else if (best[x] !== y && sim > (second[x] ?? 0)) second[x] = sim;
  };
  for (let key = 0; key < total; key += 1) {
    if (groupOf[key] !== -1 || !profiles.has(key)) continue;
    profiles.query(key, groupOf, hits);
    for (let h = 0; h < hits.count; h += 1) {
      const other = hits.keys[h] ?? 0;
      const sim = hits.similarity[h] ?? 0;
      offer(key, other, sim);
      offer(other, key, sim);
    }
  }
  return { best, bestSim, second };
}

/** Unique moves, then split moves (see the module comment). */
export function pairMoves(s: AlignState): void {
  const found = bestCandidates(s);
  pairUniqueMoves(s, found);
  // The candidates found before the unique moves: a point they paired is no longer free, so a
  // run never takes it, and a rival they paired still counts against a run (the safe side).
  pairSplitMoves(s, found);
}

function pairUniqueMoves(s: AlignState, { best, bestSim, second }: Best): void {
  const { nL, profiles, groupOf } = s;
  for (let a = 0; a < nL; a += 1) {
    const b = best[a] ?? -1;
    if (b < nL || best[b] !== a || groupOf[a] !== -1 || groupOf[b] !== -1) continue;
    const sim = bestSim[a] ?? 0;
    const rival = Math.max(second[a] ?? 0, second[b] ?? 0);
    if (sim < UNIQUE_MOVE_THRESHOLD || sim < UNIQUE_MARGIN * rival) continue;
    if (!profiles.shareConcept(a, b)) continue;
    s.add([a], [b - nL], 'similar', sim);
    const d = s.drafts[s.drafts.length - 1];
    if (d !== undefined) d.unique = true;
  }
}

function pairSplitMoves(s: AlignState, found: Best): void {
  const { nL, nR, profiles, groupOf, hits } = s;
  const { best } = found;
  for (let x = 0; x < nL + nR; x += 1) {
    const y = best[x] ?? -1;
    if (y < 0 || groupOf[x] !== -1 || groupOf[y] !== -1) continue;
    // The other side's keys run from `lo` to `hi`; the run grows from `y` both ways.
    const [lo, hi] = x < nL ? [nL, nL + nR - 1] : [0, nL - 1];
    const fits = (k: number): boolean =>
      k >= lo &&
      k <= hi &&
      groupOf[k] === -1 &&
      best[k] === x &&
      profiles.has(k) &&
      profiles.weightOf(k) < profiles.weightOf(x) &&
      profiles.shareConcept(x, k);
    if (!fits(y)) continue;
    const run = [y];
    let sim = jointSimilarity(s, x, run);
    const tryAdd = (k: number): boolean => {
      if (run.length >= BLOCK_MAX_PARTS || !fits(k)) return false;
      const grown = [...run, k].sort((u, v) => u - v);
      const joint = jointSimilarity(s, x, grown);
      if (joint < BLOCK_DILUTION * sim) return false;
      run.splice(0, run.length, ...grown);
      sim = joint;
      return true;
    };
    while (tryAdd((run[0] ?? 0) - 1));
    while (tryAdd((run[run.length - 1] ?? 0) + 1));
    if (run.length < 2 || sim < SPLIT_MOVE_THRESHOLD) continue;
    // The rivals: the point's best candidate outside the run, and every part's second best.
    let rival = 0;
    for (const k of run) rival = Math.max(rival, found.second[k] ?? 0);
    profiles.query(x, groupOf, hits);
    for (let h = 0; h < hits.count; h += 1)
      if (!run.includes(hits.keys[h] ?? -1)) rival = Math.max(rival, hits.similarity[h] ?? 0);
    if (sim < UNIQUE_MARGIN * rival) continue;
    const others = run.map((k) => (x < nL ? k - nL : k));
    if (x < nL) s.add([x], others, 'split', sim);
    else s.add(others, [x - nL], 'merge', sim);
    const d = s.drafts[s.drafts.length - 1];
    if (d !== undefined) d.unique = true;
  }
}

/** The similarity of point `x` with the points `run` of the other side, together. */
function jointSimilarity(s: AlignState, x: number, run: readonly number[]): number {
  return x < s.nL ? s.profiles.union([x], run) : s.profiles.union(run, [x]);
}
