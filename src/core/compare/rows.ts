/**
 * The comparison of two versions as rows: the one shape the view, the CLI, the exports and the
 * narrative all read. Pure data; no framework.
 */
import type { FateReading, Point, SourceId, Version } from '../model/types';

/** One word-level edit. A discriminant, not jsdiff's added/removed boolean pair. */
export interface WordOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export const ROW_KINDS = [
  'unchanged',
  'changed',
  'added',
  'removed',
  'merged',
  'split',
  'not-reported',
] as const;
export type RowKind = (typeof ROW_KINDS)[number];

export const ROW_KIND_NAMES: Record<RowKind, string> = {
  unchanged: 'Unchanged',
  changed: 'Changed',
  added: 'Added',
  removed: 'Removed',
  merged: 'Merged',
  split: 'Split',
  'not-reported': 'Not reported',
};

/**
 * How we know that the points of a row belong together:
 * - `reported`: an outlet said so (sources given);
 * - `inferred`: the project compared the lists (data/correspondences.json, basis "inferred");
 * - `engine`: the alignment engine matched the texts (similarity given);
 * - `fate`: the right-hand version has no text; outlets reported what happened to the point;
 * - `none`: the point has no counterpart.
 */
export type LinkBasis =
  | { kind: 'reported'; sources: SourceId[]; note?: string }
  | { kind: 'inferred'; note?: string }
  | { kind: 'engine'; similarity: number }
  | { kind: 'fate' }
  | { kind: 'none' };

/** The outcome of the guarded word diff of a row. */
export type WordDiff =
  | { kind: 'words'; ops: WordOp[] }
  /** The budget ran out (pathological pair): shown as a whole rewrite, and said so. */
  | { kind: 'rewritten'; reason: string };

export interface Row {
  /** Derived from the point ids on both sides, never from positions: `L:us-28:6|R:e3-counter:6`. */
  key: string;
  kind: RowKind;
  /** The points changed position relative to their neighbours. */
  moved: boolean;
  left: Point[];
  right: Point[];
  link: LinkBasis;
  /** 0..1 text similarity of the two sides, where both have text. */
  similarity?: number;
  /** Present on rows whose two sides both have text and differ. */
  words?: WordDiff;
  /** Where the right (or left) side has no text: what outlets reported, all readings kept. */
  fate?: FateReading[];
  /** Plain-language reasons for the match: shared words, "moved from 7 to 5", "10a–10d merged into 10". */
  explain: string[];
}

export type RowSummary = Record<RowKind, number>;

export interface Comparison {
  left: Version;
  right: Version;
  rows: Row[];
  summary: RowSummary;
  /** Things the reader must know about this pair (e.g. "the right version is known only by its count"). */
  notices: string[];
}

export function emptySummary(): RowSummary {
  return {
    unchanged: 0,
    changed: 0,
    added: 0,
    removed: 0,
    merged: 0,
    split: 0,
    'not-reported': 0,
  };
}

export function summarize(rows: readonly Row[]): RowSummary {
  const summary = emptySummary();
  for (const row of rows) summary[row.kind] += 1;
  return summary;
}

/** A row key from the point ids on both sides (see `Row.key`). */
export function rowKey(leftIds: readonly string[], rightIds: readonly string[]): string {
  return `L:${leftIds.join(',')}|R:${rightIds.join(',')}`;
}
