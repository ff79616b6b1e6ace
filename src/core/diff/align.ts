/**
 * The alignment of two versions' points: which points of the left version correspond to which of
 * the right, and how (same text, similar, merged, split, moved, unmatched).
 *
 * The pipeline, cheapest evidence first; each stage only sees the points the earlier ones left
 * (one module per stage, sharing an `AlignState`):
 * 1. **Fixed links** (recorded correspondences) are kept as given and take their points out of
 *    matching (`pair-equal.ts`).
 * 2. **Exact**, then **normalised** text, by hash maps (`pair-equal.ts`).
 * 3. **Similar** points, by weighted features (stems, numbers with units, named entities,
 *    topics: `evidence.ts`) from an inverted index, never an all-pairs matrix (`similar.ts`,
 *    `profiles.ts`). A move needs more similarity the farther it goes (`thresholds.ts`).
 * 4. **Merges and splits** (`merge-split.ts`).
 * 5. **Gap filling**: free points between in-order groups pair by their place at a lower bar,
 *    and parts join the summary next to them (`gaps.ts`).
 * 6. **Moves** and display order (`order.ts`), then the explanations and each pairing's
 *    confidence and tier (`explain.ts`, `confidence.ts`).
 *
 * Labels never take part in matching: they are used only to word the explanations.
 * Cost: near-linear in the length of the texts. Hashing for stage 2; then, for the remaining
 * points only, one scan of their text and work proportional to their words and to the postings
 * of their rarest words. The benchmark (`npm run bench`) checks the scaling and the thresholds
 * (`thresholds.ts`).
 */
import { AlignState } from './align-state';
import { joinBlocks } from './blocks';
import type { AlignOptions, AlignItem, Alignment } from './align-types';
import { describe } from './explain';
import { fillGaps } from './gaps';
import { growGroups, matchWindows } from './merge-split';
import { pairUniqueMoves } from './moves';
import { addUnmatched, displayOrder, movedGroups } from './order';
import { pairExact, pairFixed, pairNormalised } from './pair-equal';
import { pairSimilar } from './similar';

export type {
  AlignedGroup,
  AlignHow,
  AlignItem,
  AlignOptions,
  Alignment,
  FixedLink,
  MatchTier,
} from './align-types';
export { CONFIDENT_AT } from './confidence';
export {
  MIN_CONTAINMENT,
  MIN_GAIN,
  MOVED_THRESHOLD,
  SIMILAR_THRESHOLD,
  SPLIT_THRESHOLD,
  WEAK_THRESHOLD,
} from './thresholds';

/**
 * Aligns the points of two versions. See the module comment for the pipeline.
 * @throws RangeError when a fixed link names an index out of range or a point twice (a bug in the caller).
 */
export function alignPoints(
  left: readonly AlignItem[],
  right: readonly AlignItem[],
  options: AlignOptions = {},
): Alignment {
  const s = new AlignState(left, right);
  pairFixed(s, options.fixed ?? []);
  pairExact(s);
  if (pairNormalised(s)) {
    pairSimilar(s);
    growGroups(s);
    matchWindows(s);
    fillGaps(s);
    joinBlocks(s);
    pairUniqueMoves(s);
    joinBlocks(s);
  }
  addUnmatched(s);
  const moved = movedGroups(s);
  const leftLabels = left.map((p) => p.label);
  const rightLabels = right.map((p) => p.label);
  return {
    groups: displayOrder(s, moved).map((g) =>
      describe(s, g, moved[g] === 1, leftLabels, rightLabels),
    ),
  };
}
