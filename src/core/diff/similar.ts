/**
 * Stage 3 of the alignment, similar points: every remaining point is a set of words weighted by
 * rarity (`profiles.ts`). Candidates come from an inverted index on each point's rarest words,
 * never from an all-pairs matrix, and are scored by weighted Dice. Greedy, best first, 1:1: at
 * `SIMILAR_THRESHOLD` where the pair sits between its matched neighbours' matches, higher where it
 * would be a move, the higher the farther (`moveThreshold`); near-ties go to the pair that fits the order
 * (`CONTEXT_WEIGHT`). Then rephrased points down to `WEAK_THRESHOLD`, where nothing competes
 * (`weak`).
 */
import type { AlignState } from './align-state';
import { heaviestIncreasing } from './lis';
import { CONTEXT_WEIGHT, WEAK_THRESHOLD } from './thresholds';

export function pairSimilar(s: AlignState): void {
  s.buildAnchors();
  const {
    a: candA,
    b: candB,
    similarity: candSim,
    contained: candContained,
    start: candStart,
  } = s.candidates;
  const candContext: number[] = [];
  const hits = s.hits;
  for (let b = 0; b < s.nR; b += 1) {
    candStart[b] = candA.length;
    if (!s.profiles.has(s.nL + b)) continue;
    s.profiles.query(s.nL + b, s.groupOf, hits);
    for (let h = 0; h < hits.count; h += 1) {
      const a = hits.keys[h] ?? 0;
      candA.push(a);
      candB.push(b);
      candSim.push(hits.similarity[h] ?? 0);
      candContained.push(hits.contained[h] ?? 0);
      candContext.push(s.anchors.context(a, b));
    }
  }
  candStart[s.nR] = candA.length;
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
    const sim = candSim[c] ?? 0;
    if (s.groupL[a] !== -1 || s.groupR[b] !== -1) continue;
    if (sim < s.anchors.pairThreshold(a, b)) continue;
    s.add([a], [b], 'similar', sim);
  }
  weak(s);
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
function weak(s: AlignState): void {
  const { a: candA, b: candB, similarity: candSim } = s.candidates;
  s.buildAnchors();
  const bestOfA = new Float64Array(s.nL);
  const bestOfB = new Float64Array(s.nR);
  const n = candA.length;
  for (let c = 0; c < n; c += 1) {
    const a = candA[c] ?? 0;
    const b = candB[c] ?? 0;
    const sim = candSim[c] ?? 0;
    if (s.groupL[a] !== -1 || s.groupR[b] !== -1) continue;
    if (sim > (bestOfA[a] ?? 0)) bestOfA[a] = sim;
    if (sim > (bestOfB[b] ?? 0)) bestOfB[b] = sim;
  }
  const pairs: [number, number, number][] = [];
  for (let c = 0; c < n; c += 1) {
    const a = candA[c] ?? 0;
    const b = candB[c] ?? 0;
    const sim = candSim[c] ?? 0;
    if (sim < WEAK_THRESHOLD || s.groupL[a] !== -1 || s.groupR[b] !== -1) continue;
    if (sim < (bestOfA[a] ?? 0) || sim < (bestOfB[b] ?? 0) || s.anchors.context(a, b) < 0.5)
      continue;
    pairs.push([a, b, sim]);
  }
  pairs.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const chain = heaviestIncreasing(
    pairs.map((p) => p[1]),
    pairs.map((p) => p[2]),
    s.nR,
  );
  pairs.forEach(([a, b, sim], k) => {
    if (!chain[k] || s.groupL[a] !== -1 || s.groupR[b] !== -1) return;
    s.add([a], [b], 'similar', sim);
    const d = s.drafts[s.drafts.length - 1];
    if (d !== undefined) d.weak = true;
  });
}
