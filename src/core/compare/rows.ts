/**
 * The comparison of two versions as rows: the one shape the view, the point history, the topic
 * matrix, the CLI, the exports and the narrative all read. Pure data; no framework.
 *
 * A row is a claim about what happened to its points between the left and the right version (its
 * `kind`, the status), and every claim carries how it is known (its `basis`). The status comes
 * from evidence: a recorded correspondence, a reported fate, or (only where no link exists) the
 * engine's match, labelled as such. Never from the word diff of two of our summaries (issue #11).
 */
import type {
  FateReading,
  Point,
  ReportedChange,
  SourceId,
  Version,
  VersionId,
} from '../model/types';
import type { WordDiff } from '../diff/words';
import { ROW_STATUSES, type RowStatus } from './status';

export { ROW_STATUSES, STATUS_NAMES, type RowStatus } from './status';

/** What each status claims, in one sentence (its own module: only the legend and README need it). */
export { STATUS_MEANINGS } from './status-meanings';

/** The content claim of a merge or split: the points were kept, changed, or nobody says. */
export type ContentStatus = 'kept' | 'changed' | 'unknown';

/**
 * Why a row is `unknown`:
 * - `incomplete`: no counterpart among the known points of a version that is not fully known;
 * - `recorded`: a link says the later version does not tell (e.g. "not in the 20-point summaries");
 * - `disputed`: outlets' readings contradict each other (every reading is kept on the row).
 */
export type UnknownWhy = 'incomplete' | 'recorded' | 'disputed';

/**
 * The claim of a row, discriminated by its status. Every consumer switches over `kind` with a
 * `satisfies never` default, so a new status fails to compile until every view handles it.
 */
export type RowClaim =
  | { kind: 'unchanged' }
  | { kind: 'kept' }
  | { kind: 'changed' }
  | { kind: 'merged'; content: ContentStatus }
  | { kind: 'split'; content: ContentStatus }
  | { kind: 'dropped' }
  | { kind: 'added' }
  | { kind: 'open' }
  | { kind: 'unknown'; why: UnknownWhy }
  | { kind: 'not-reported' };

/**
 * How a row's claim is known:
 * - `reported`: outlets said it; `sources` are the pages that say it (for a link: each covers one
 *   of its points, checked by the data test);
 * - `inferred`: the project compared the lists (a recorded `inferred` link), or joined two recorded
 *   links through a third version (`via`);
 * - `engine`: no link exists (imports, text files, unlinked documents): the alignment engine matched
 *   the texts, with their `similarity` (absent when it found no counterpart), its calibrated
 *   `confidence` (0..1) and `tier` ('possible': shown as a possible match the reader may decide);
 * - `reader`: the reader (`by: 'you'`) or the sender of a link (`'sender'`) decided an engine
 *   pairing: `confirmed` (the same point) or `rejected` (the points shown apart;
 *   src/core/compare/decisions.ts). Never shown as reported;
 * - `none`: nothing is known (no counterpart among known points, or no text and no report).
 */
export type Basis =
  | { kind: 'reported'; sources: SourceId[] }
  | { kind: 'inferred'; via?: VersionId }
  | {
      kind: 'engine';
      similarity?: number;
      confidence?: number;
      tier?: 'confident' | 'possible';
    }
  | {
      kind: 'reader';
      verdict: 'confirmed' | 'rejected';
      /** The id of the decision (src/core/compare/decisions.ts). */
      decision: string;
      by: 'you' | 'sender';
      similarity?: number;
    }
  | { kind: 'none' };
export type BasisKind = Basis['kind'];
export const BASIS_KINDS = [
  'reported',
  'inferred',
  'engine',
  'reader',
  'none',
] as const satisfies readonly BasisKind[];

export const BASIS_NAMES: Record<BasisKind, string> = {
  reported: 'reported',
  inferred: 'inferred',
  engine: 'matched by text',
  reader: "reader's decision",
  none: 'no source',
};

/**
 * How to read the word marks of a row:
 * - `changes`: the two texts are aligned in wording (an edit of the other, or an import matched by
 *   the engine), so the marks are the change;
 * - `summaries`: the texts are our summaries worded differently; the marks are not a reported change
 *   and are shown muted, never struck through.
 */
export type Wording = 'changes' | 'summaries';

export interface RowCommon {
  /** Derived from the point ids on both sides, never from positions: `L:us-28:6|R:e3-counter:6`. */
  key: string;
  left: Point[];
  right: Point[];
  basis: Basis;
  /** The points changed position relative to their neighbours. */
  moved: boolean;
  /** Outlets disagree about these points (readings that contradict, or a point marked disputed). */
  disputed: boolean;
  /** The change as the link or fate states it ("600,000" → "800,000 in peacetime"). */
  change?: ReportedChange;
  /** The link's or fate's own note, in our words. */
  note?: string;
  /** Where one side has no text: what outlets reported, every reading kept, each with sources. */
  readings?: FateReading[];
  /** 0..1 text similarity of the two sides, where both have text. */
  similarity?: number;
  /**
   * Present on rows whose two sides both have text and differ; read it as `wording` says. Rows
   * from `compareVersions` compute it when first read (lazy-words.ts).
   */
  words?: WordDiff;
  wording?: Wording;
  /** Plain-language reasons for the match: shared words, "moved from 7 to 5", "10a–10d merged into 10". */
  explain: string[];
}

export type Row = RowCommon & RowClaim;

/** The counts of a comparison by status, and how each is known. */
export interface RowSummary {
  counts: Record<RowStatus, number>;
  /** Rows by status and basis: "3 dropped (2 reported, 1 inferred)". */
  byBasis: Record<RowStatus, Record<BasisKind, number>>;
  moved: number;
  disputed: number;
}

export interface Comparison {
  left: Version;
  right: Version;
  rows: Row[];
  summary: RowSummary;
  /** The version the rows were joined through, when no link is recorded between the two. */
  via?: Version;
  /** Things the reader must know about this pair (e.g. "the right version is known only by its count"). */
  notices: string[];
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function emptySummary(): RowSummary {
  return {
    counts: zeros(ROW_STATUSES),
    byBasis: Object.fromEntries(ROW_STATUSES.map((s) => [s, zeros(BASIS_KINDS)])) as Record<
      RowStatus,
      Record<BasisKind, number>
    >,
    moved: 0,
    disputed: 0,
  };
}

export function summarize(rows: readonly Row[]): RowSummary {
  const summary = emptySummary();
  for (const row of rows) {
    summary.counts[row.kind] += 1;
    summary.byBasis[row.kind][row.basis.kind] += 1;
    if (row.moved) summary.moved += 1;
    if (row.disputed) summary.disputed += 1;
  }
  return summary;
}

/**
 * The rows a reader moves between with `n`/`p` and hears described: changes of any kind and
 * points left open. Unchanged and kept points, and points whose fate is unknown, are not changes.
 */
export function isChange(row: Row): boolean {
  switch (row.kind) {
    case 'changed':
    case 'dropped':
    case 'added':
    case 'merged':
    case 'split':
    case 'open':
      return true;
    case 'unknown':
    case 'not-reported':
    case 'kept':
    case 'unchanged':
      return false;
    default:
      return row satisfies never;
  }
}

/** A row key from the point ids on both sides (see `RowCommon.key`). */
export function rowKey(leftIds: readonly string[], rightIds: readonly string[]): string {
  return `L:${leftIds.join(',')}|R:${rightIds.join(',')}`;
}

/** Whether a point of a row is flagged disputed or has other readings: every reading is shown. */
export function hasDisputedPoint(points: readonly Point[]): boolean {
  return points.some((p) => p.flags?.some((f) => f.kind === 'disputed') || p.alternatives?.length);
}
