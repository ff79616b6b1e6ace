/**
 * Topic blocks: the parts of a reworded section. When a draft rewrites a section in its own words
 * (four sub-points on territory become two points; a ceasefire clause becomes a chapter), its
 * points share few words with the old ones, but they stand together and keep their subject. So
 * a free point joins the group next to it on its side when:
 * - the group is a loose match made by its text (similarity under `SIMILAR_THRESHOLD`, not made
 *   or grown by gap filling): a close match's other side is already said by its own points, and
 *   a neighbour it does not name is more likely dropped than summarised (the E3 draft's 20 keeps
 *   20b of the 28-point plan and drops 20a, 20c and 20d, all on the same subject); a group the
 *   place made is too weak a base to grow from;
 * - the point, the member it stands next to and the group's other side share a topic (given, or
 *   read from the words by the concept lexicon, `concepts.ts`), and the point shares a concept
 *   with the other side: the block is one subject, and ends where the subject changes;
 * - the group's similarity keeps `BLOCK_DILUTION` of its value: a part may dilute the match a
 *   little (a summary says less than its parts), an unrelated neighbour dilutes it a lot.
 * A join may make a group N:M (21a–21d → 16, 17). Only next to the group, on either side, until
 * no point joins; a point next to two groups joins the one whose other side holds more of it.
 * Drafts without concepts (the benchmark's made-up words) never join here.
 */
import type { AlignState, Draft } from './align-state';
import { BLOCK_DILUTION, BLOCK_MAX_PARTS, SIMILAR_THRESHOLD } from './thresholds';

/** A join under consideration: group `g` grown to `lefts` and `rights`. */
interface Join {
  g: number;
  held: number;
  lefts: number[];
  rights: number[];
  similarity: number;
}

export function joinBlocks(s: AlignState): void {
  for (let changed = true, passes = 0; changed && passes < BLOCK_MAX_PARTS; passes += 1) {
    changed = false;
    for (const side of [0, 1] as const) {
      const n = side === 0 ? s.nL : s.nR;
      const groups = side === 0 ? s.groupL : s.groupR;
      const offset = side === 0 ? 0 : s.nL;
      for (let p = 0; p < n; p += 1) {
        if (groups[p] !== -1 || !s.profiles.has(offset + p)) continue;
        let best: Join | undefined;
        for (const q of [p - 1, p + 1]) {
          const join = q >= 0 && q < n ? tryJoin(s, groups[q] ?? -1, side, p, q) : undefined;
          if (join !== undefined && (best === undefined || join.held > best.held)) best = join;
        }
        const d = best && s.drafts[best.g];
        if (best === undefined || d === undefined) continue;
        const how = best.lefts.length >= best.rights.length ? 'merge' : 'split';
        s.regroup(best.g, best.lefts, best.rights, how, best.similarity);
        d.block = true;
        changed = true;
      }
    }
  }
}

/** Point `p` of `side` joining group `g`, which holds its neighbour `q`, if the join passes. */
function tryJoin(s: AlignState, g: number, side: 0 | 1, p: number, q: number): Join | undefined {
  const d = s.drafts[g];
  if (d === undefined || !loose(d, side)) return undefined;
  const profiles = s.profiles;
  const offset = side === 0 ? 0 : s.nL;
  const key = offset + p;
  const other = side === 0 ? d.right.map((b) => s.nL + b) : d.left;
  let topics = 0;
  for (const o of other) topics |= profiles.topicMask(o);
  if ((profiles.topicMask(key) & profiles.topicMask(offset + q) & topics) === 0) return undefined;
  if (!other.some((o) => profiles.shareConcept(key, o))) return undefined;
  const lefts = side === 0 ? insertSorted(d.left, p) : d.left;
  const rights = side === 1 ? insertSorted(d.right, p) : d.right;
  const similarity = profiles.union(
    lefts,
    rights.map((b) => s.nL + b),
  );
  if (similarity < BLOCK_DILUTION * d.similarity) return undefined;
  return { g, held: profiles.containedIn(key, other), lefts, rights, similarity };
}

/** Whether group `d` is a loose match made by its text that can take another point on `side`. */
function loose(d: Draft, side: 0 | 1): boolean {
  if (d.how !== 'similar' && d.how !== 'merge' && d.how !== 'split') return false;
  if (d.similarity >= SIMILAR_THRESHOLD || d.gap === true) return false;
  return (side === 0 ? d.left : d.right).length < BLOCK_MAX_PARTS;
}

function insertSorted(list: readonly number[], x: number): number[] {
  return [...list, x].sort((u, v) => u - v);
}
