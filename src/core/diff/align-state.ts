/**
 * One alignment in progress, shared by its stages (`align.ts` runs them in order): the groups
 * made so far (`drafts`), which group each point is in, the word profiles and the candidates the
 * similarity stage found. Points are keyed `a` (left) and `nL + b` (right) in `Profiles`.
 */
import type { AlignHow, AlignItem } from './align-types';
import { Anchors } from './anchors';
import { newHits, Profiles } from './profiles';

/** A group under construction. */
export interface Draft {
  left: number[];
  right: number[];
  how: AlignHow;
  similarity: number;
  /** Matched by `weak`: under `SIMILAR_THRESHOLD`, accepted for its place. */
  weak?: boolean;
  /** Made or grown by gap filling (`gaps.ts`): accepted for its place between in-order groups. */
  gap?: boolean;
  /** Grown by a topic block (`blocks.ts`): points joined for their place and their subject. */
  block?: boolean;
  /** Made by `pairUniqueMoves` (`moves.ts`): a moderate match nothing else competes for. */
  unique?: boolean;
}

/**
 * The candidates of the similarity stage, by right point: `start[b] .. start[b + 1]`, best first
 * (left index, similarity, share of the left point found in b). Kept for `windows`.
 */
export interface Candidates {
  a: number[];
  b: number[];
  similarity: number[];
  contained: number[];
  start: Int32Array;
}

export class AlignState {
  readonly nL: number;
  readonly nR: number;
  readonly drafts: Draft[] = [];
  /** Draft index of each left / right point, or -1. */
  readonly groupL: Int32Array;
  readonly groupR: Int32Array;
  /** Both of the above in one buffer, by key (`groupL` and `groupR` are views of it). */
  readonly groupOf: Int32Array;
  readonly profiles: Profiles;
  readonly hits = newHits();
  readonly candidates: Candidates;
  /** The 1:1 matches so far, as the order context of new ones. */
  readonly anchors: Anchors;

  constructor(
    readonly left: readonly AlignItem[],
    readonly right: readonly AlignItem[],
  ) {
    this.nL = left.length;
    this.nR = right.length;
    this.groupOf = new Int32Array(this.nL + this.nR).fill(-1);
    this.groupL = this.groupOf.subarray(0, this.nL);
    this.groupR = this.groupOf.subarray(this.nL);
    // Topics are evidence only where both versions have them: on one side alone they would
    // weigh against every pair alike.
    const topical = (items: readonly AlignItem[]): boolean =>
      items.length > 0 && items.every((p) => (p.topics?.length ?? 0) > 0);
    const topicsOf =
      topical(left) && topical(right)
        ? (key: number) => (key < this.nL ? left[key] : right[key - this.nL])?.topics
        : undefined;
    this.profiles = new Profiles(this.nL, this.nR, (key) => this.textOf(key), topicsOf);
    this.candidates = {
      a: [],
      b: [],
      similarity: [],
      contained: [],
      start: new Int32Array(this.nR + 1),
    };
    this.anchors = new Anchors(this.nL, this.nR);
  }

  textOf(key: number): string {
    return (key < this.nL ? this.left[key]?.text : this.right[key - this.nL]?.text) ?? '';
  }

  add(left: number[], right: number[], how: AlignHow, similarity: number): void {
    const g = this.drafts.length;
    this.drafts.push({ left, right, how, similarity });
    for (const a of left) this.groupL[a] = g;
    for (const b of right) this.groupR[b] = g;
  }

  regroup(g: number, left: number[], right: number[], how: AlignHow, similarity: number): void {
    const d = this.drafts[g];
    if (d === undefined) return;
    d.left = left;
    d.right = right;
    d.how = how;
    d.similarity = similarity;
    for (const a of left) this.groupL[a] = g;
    for (const b of right) this.groupR[b] = g;
  }

  /** Recomputes the anchors from the 1:1 groups made so far. */
  buildAnchors(): void {
    this.anchors.build(this.drafts);
  }
}
