/**
 * Stage 5 of the alignment, moves and display order: the heaviest chain of groups whose right
 * positions increase with their left positions kept their order (`lis.ts`); every other matched
 * group is moved. Then every group gets its place in the display.
 */
import type { AlignState } from './align-state';
import { heaviestIncreasing } from './lis';

/** Makes a group of every point still free: the unmatched. */
export function addUnmatched(s: AlignState): void {
  for (let a = 0; a < s.nL; a += 1) if (s.groupL[a] === -1) s.add([a], [], 'unmatched', 0);
  for (let b = 0; b < s.nR; b += 1) if (s.groupR[b] === -1) s.add([], [b], 'unmatched', 0);
}

/**
 * Which groups moved (1), by draft index. The heaviest in-order chain of two-sided groups, in
 * left order. Each group weighs 1 + similarity/2: as many groups as possible stay in order; among
 * equal chains the closer matches anchor it and the weaker one is called moved. A fixed link says
 * which points correspond, not that their text stayed: it weighs 1.
 */
export function movedGroups(s: AlignState): Uint8Array {
  const matched = s.drafts
    .map((d, g) => ({ d, g }))
    .filter(({ d }) => d.left.length > 0 && d.right.length > 0)
    .sort((x, y) => (x.d.left[0] ?? 0) - (y.d.left[0] ?? 0));
  const inOrder = heaviestIncreasing(
    matched.map(({ d }) => d.right[0] ?? 0),
    matched.map(({ d }) => (d.how === 'fixed' ? 1 : 1 + d.similarity / 2)),
    s.nR,
  );
  const moved = new Uint8Array(s.drafts.length);
  matched.forEach(({ g }, k) => {
    if (!inOrder[k]) moved[g] = 1;
  });
  return moved;
}

/**
 * Draft indices in display order: two-sided and right-only groups by right position; left-only
 * groups after the group of their nearest preceding left neighbour that was not moved (a moved
 * neighbour sits elsewhere and would carry the dropped point away from its context). One sort by
 * (position of the group to follow, 0 for the group itself or 1 + left index after it).
 */
export function displayOrder(s: AlignState, moved: Uint8Array): number[] {
  const count = s.drafts.length;
  const rank = new Float64Array(count);
  for (let g = 0; g < count; g += 1) {
    const first = s.drafts[g]?.right[0];
    if (first !== undefined) rank[g] = first * (s.nL + 2);
  }
  let anchor = -1;
  for (let a = 0; a < s.nL; a += 1) {
    const g = s.groupL[a] ?? -1;
    const d = s.drafts[g];
    if (d === undefined) continue;
    if (d.right.length > 0) {
      if (!moved[g]) anchor = d.right[0] ?? 0;
    } else if (d.left[0] === a) {
      rank[g] = anchor < 0 ? a - s.nL - 2 : anchor * (s.nL + 2) + 1 + a;
    }
  }
  return Array.from(s.drafts.keys()).sort((x, y) => (rank[x] ?? 0) - (rank[y] ?? 0));
}
