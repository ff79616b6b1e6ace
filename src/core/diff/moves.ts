/**
 * Unique moves: a reworded point that moved far (a draft that opens with the ceasefire, or puts
 * a clause in another section) has neither the text a move normally needs (`moveThreshold`) nor
 * a place between matched neighbours. What it can have is a partner that nothing else competes
 * for. So, among the points every earlier stage left free, a pair is made when:
 * - each is the other's best candidate, by `UNIQUE_MARGIN` times the next best of either;
 * - they share a concept of the lexicon (`concepts.ts`): the same subject, not only words;
 * - their similarity reaches `UNIQUE_MOVE_THRESHOLD`.
 * Boilerplate twins (a long shared opening, a clause of their own) are the case this must not
 * pair: they share words, not concepts, in the benchmark's made-up vocabulary; in real drafts a
 * twin has other twins as competitors, so no margin.
 */
import type { AlignState } from './align-state';
import { UNIQUE_MARGIN, UNIQUE_MOVE_THRESHOLD } from './thresholds';

export function pairUniqueMoves(s: AlignState): void {
  const { nL, nR, profiles, hits, groupOf } = s;
  const total = nL + nR;
  // Best and second-best candidate of every free point, from both sides' queries.
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
