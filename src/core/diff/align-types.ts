/**
 * The input and output of the alignment (`align.ts`), in a module of their own so that every
 * stage can name them without importing the pipeline.
 */

/** A point as the alignment sees it. `label` is only used in explanations. */
export interface AlignItem {
  id: string;
  label: string;
  text: string;
  /**
   * The point's topics (`src/core/model/topics.ts`), when its version has them: bundled data
   * does, an imported draft does not. Evidence only where both points of a pair have topics.
   */
  topics?: readonly string[];
}

/** A recorded correspondence, by indices into the left and right items. It always wins. */
export interface FixedLink {
  left: number[];
  right: number[];
}

export interface AlignOptions {
  fixed?: readonly FixedLink[];
}

export type AlignHow =
  'fixed' | 'exact' | 'normalised' | 'similar' | 'merge' | 'split' | 'unmatched';

/** How the viewer shows an engine pairing: as certain, or as a possible match to confirm (`confidence.ts`). */
export type MatchTier = 'confident' | 'possible';

export interface AlignedGroup {
  /** Indices into the left items, ascending. */
  left: number[];
  /** Indices into the right items, ascending. */
  right: number[];
  how: AlignHow;
  /** 0..1, weighted word similarity of the two sides (1 for exact and normalised). Absent for fixed and unmatched groups. */
  similarity?: number;
  /**
   * 0..1, how sure the engine is of this pairing (`confidence.ts`: the precision measured on the
   * real-draft set for its kind of evidence). On every two-sided group the engine made; absent
   * for recorded links and unmatched points.
   */
  confidence?: number;
  /** `possible`: a weak pairing the reader may confirm or reject; `confident` otherwise. With `confidence`. */
  tier?: MatchTier;
  /** The group is out of order relative to the other matched groups. */
  moved: boolean;
  /** Plain-language reasons, naming points by their labels. */
  explain: string[];
}

/**
 * Groups in display order: by right position; a left-only group right after the group of its
 * nearest preceding left neighbour that was not moved (a moved neighbour stands elsewhere), or
 * first if there is none.
 */
export interface Alignment {
  groups: AlignedGroup[];
}
