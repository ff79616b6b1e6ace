/**
 * The calibrated numbers of the alignment, each with the measurement behind it. The benchmark
 * (`npm run bench`) and the tests named below pin them.
 */

/**
 * Weighted Dice similarity from which two points that keep their place are "similar" (a changed
 * point). Dice 0.5 is Jaccard 1/3. Measured on the benchmark: an edited point scores 0.6–1
 * against its original (median 0.93), an unrelated point at most ~0.2 against its best candidate;
 * boilerplate twins (a long shared opening, a clause of their own) up to 0.55, which is why a
 * twin that would be a move must reach `MOVED_THRESHOLD`. Pinned by the tests "matches an edited
 * point…" and "pairs boilerplate twins…", and by the benchmark's F1.
 */
export const SIMILAR_THRESHOLD = 0.5;

/**
 * The floor for a rephrased point that is the only close match in its place (see `weak`). Drafts
 * rewritten by another hand score 0.16–0.5 against their recorded counterparts in data/ (median
 * 0.38) while unrelated points stay under ~0.2: matches this weak are only taken where the order
 * and the lack of any competitor back them. Pinned by "matches a rewritten point…" and by the
 * benchmark (0.1 let dropped and added points pair up).
 */
export const WEAK_THRESHOLD = 0.15;

/**
 * The bar for a match that would be a move: the pair does not sit between the matches of its
 * nearest matched neighbours. Moves are rare and a wrong one is confusing, so the text must say
 * more: Monaco likewise asks far more of a moved block (0.9) than of a changed line (0.6)
 * (shared/brief/anchors.md §4.2). This is what keeps a dropped boilerplate point ("The parties
 * agree that … <clause>") from pairing with an added twin elsewhere in the document; the
 * benchmark's boilerplate twins and the "move" test pin it.
 */
export const MOVED_THRESHOLD = 0.65;

/**
 * A move of at most `NEAR_MOVE` places (a swap with a neighbour, a point pulled up past one or
 * two others) needs `NEAR_MOVE_THRESHOLD`; one more than `FAR_MOVE` places away needs
 * `FAR_MOVE_THRESHOLD`: a far move with middling text is more often two different points that
 * share words than one point that travelled. Near moves stay above boilerplate twins (≤ 0.55,
 * see `SIMILAR_THRESHOLD`); the generated pairs' moved points (3 to 2,000 places) score 0.78–1.
 */
export const NEAR_MOVE = 2;
export const NEAR_MOVE_THRESHOLD = 0.6;
export const FAR_MOVE = 20;
export const FAR_MOVE_THRESHOLD = 0.75;

/** The similarity a match that is a move of `d` places must reach. */
export function moveThreshold(d: number): number {
  if (d <= NEAR_MOVE) return NEAR_MOVE_THRESHOLD;
  return d > FAR_MOVE ? FAR_MOVE_THRESHOLD : MOVED_THRESHOLD;
}

/**
 * Combined similarity a merge or split must reach: wikidiff2's `finalSplitThreshold` (0.6).
 * A true merge or split keeps nearly all its words and scores 0.8–1.
 */
export const SPLIT_THRESHOLD = 0.6;

/**
 * A point joins a merge or split only if it raises the group's similarity by at least this much
 * and at least `MIN_CONTAINMENT` of its weight is found on the other side. This keeps a dropped
 * boilerplate twin, whose words are all in its neighbour's match, from joining that match.
 */
export const MIN_GAIN = 0.02;
export const MIN_CONTAINMENT = 0.5;

/**
 * Word frequencies are counted over at least this many points: the unmatched ones, and as many
 * exact pairs as it takes (evenly spaced), when there are enough. A short document then still
 * tells common words from rare ones, and a long one pays nothing extra.
 */
export const BACKGROUND_POINTS = 512;

/**
 * The most points on one side of a merge or split. wikidiff2 looks at up to 3 consecutive lines;
 * the drafts need 4: the 28-point plan's 10a–10d and 21a–21d became single points.
 */
export const MAX_PARTS = 4;

/**
 * The most points on one side of a topic block (`blocks.ts`). The topic bounds a block; this only
 * bounds the cost of a long run of points on one subject.
 */
export const BLOCK_MAX_PARTS = 8;

/**
 * A topic block's join keeps at least this share of the group's similarity. Measured on the E3
 * and 20-point drafts: the parts of a reworded section keep 0.78–1 of it (one part, 14c of the
 * E3 draft, 0.78), unrelated neighbours sharing a topic 0.67–0.82.
 */
export const BLOCK_DILUTION = 0.8;

/**
 * A unique move (`moves.ts`): the similarity it needs, and by how many times it must beat the
 * next best candidate of either point.
 */
export const UNIQUE_MOVE_THRESHOLD = 0.3;
export const UNIQUE_MARGIN = 2;

/** How much order context can add to a candidate's rank: enough to break near-ties between twins, never enough to beat a clearly better text match. */
export const CONTEXT_WEIGHT = 0.05;

/**
 * Gap filling (`gaps.ts`): the similarity at which two free points between the same two in-order
 * groups pair. Among the free points of the generated pairs' gaps, unrelated neighbours score at
 * most 0.07 (3,000 points, 500 gaps); reworded partners on the real drafts score 0.06–0.14.
 */
export const GAP_THRESHOLD = 0.1;

/** The largest gap (free left × free right points) that is aligned: a bound on its cost. */
export const GAP_MAX_CELLS = 256;

/**
 * A free point joins a neighbouring group (`gaps.ts`) when `JOIN_CONTAINMENT` of its weight is
 * found on the group's other side, `JOIN_NOVELTY` of it there and not among the group's own
 * points. Measured on the gaps left
 * before this stage: unrelated neighbours in the generated pairs (1,200 candidate joins at 3,000
 * points) reach novelty 0.04 at most (a boilerplate twin of a part: containment up to 0.39,
 * novelty ~0); on the real drafts, unrelated neighbours reach 0.11, the parts of a summary
 * 0.17 (median) to 0.45.
 */
export const JOIN_CONTAINMENT = 0.15;
export const JOIN_NOVELTY = 0.12;

/**
 * A part of a thin summary (a summary lighter than the part) joins when it explains
 * `SUMMARY_GAIN` of the summary's weight that the group did not, with `SUMMARY_PART` of its own
 * weight found in the summary. Unrelated neighbours in the generated pairs explain at most 0.05
 * more of a neighbour's match; the parts of the real drafts' summaries 0.07–0.2.
 */
export const SUMMARY_GAIN = 0.1;
export const SUMMARY_PART = 0.1;
