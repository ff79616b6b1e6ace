/**
 * The answer first (issue #13): what a reader sees before any row. One status per row as the
 * page counts, filters, folds and steps through them; which rows are changes (the keys, "Change i
 * of N", the change map and "Describe changes" visit only these); and the digest, a few lines
 * grouped by status, each naming its points and the outlets that say so.
 *
 * `statusOf` is the one place that reads the row's kind: every view above goes through it, so
 * the statuses of issue #11 (kept, open, unknown…) arrive here and nowhere else.
 */
import { formatLabels, runsOf } from './labels';
import type { Row } from './rows';
import { outletsOf, type SourceLookup } from '../model/sources';
import type { Point, SourceId } from '../model/types';

/** What the page says about a row, in the order the counts and the digest list them. */
export const STATUSES = [
  'dropped',
  'changed',
  'open',
  'added',
  'merged',
  'split',
  'unknown',
  'not-reported',
  'kept',
  'unchanged',
] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_NAMES: Record<Status, string> = {
  dropped: 'Dropped',
  changed: 'Changed',
  open: 'Open',
  added: 'Added',
  merged: 'Merged',
  split: 'Split',
  unknown: 'Unknown',
  'not-reported': 'Not reported',
  kept: 'Kept',
  unchanged: 'Unchanged',
};

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

/**
 * Rows that say nothing new: the same text, a point reported kept, or nothing known. They are
 * folded into runs ("17 points not reported (9–18)") and never visited by the change keys.
 */
const QUIET: ReadonlySet<Status> = new Set(['unchanged', 'kept', 'unknown', 'not-reported']);

/** A row's status. Bracketed fates (left to the leaders) are `open`, not changed. */
export function statusOf(row: Row): Status {
  switch (row.kind) {
    case 'unchanged':
      return row.fate ? 'kept' : 'unchanged';
    case 'changed':
      return row.fate?.length && row.fate.every((f) => f.status === 'bracketed')
        ? 'open'
        : 'changed';
    case 'removed':
      return 'dropped';
    case 'added':
      return 'added';
    case 'merged':
      return 'merged';
    case 'split':
      return 'split';
    case 'not-reported':
      return 'not-reported';
    default: {
      const never: never = row.kind;
      return never;
    }
  }
}

/**
 * Outlets disagree about what became of the point: several fate readings, or the later
 * version's point is flagged disputed (a flag on the earlier text is that text's, shown on it).
 */
export function isDisputed(row: Row): boolean {
  if ((row.fate?.length ?? 0) > 1) return true;
  return row.right.some((p) => p.flags?.some((f) => f.kind === 'disputed'));
}

/** A change: what the keys, "Change i of N", the change map and "Describe changes" visit. */
export function isChange(row: Row): boolean {
  return !QUIET.has(statusOf(row));
}

export type StatusCounts = Record<Status, number>;

export function statusCounts(rows: readonly Row[]): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const row of rows) counts[statusOf(row)] += 1;
  return counts;
}

/**
 * The sources that say what the row claims: a reported link's, or the reported fates'. None for
 * a link the project inferred or the engine matched (the digest names no outlet for those).
 */
export function claimSourceIds(row: Row): SourceId[] {
  if (row.link.kind === 'reported') return [...row.link.sources];
  if (row.fate?.length) return [...new Set(row.fate.flatMap((f) => f.sources))];
  return [];
}

/** The labels that name a row: the left side's, or the right's for an added point. */
export function rowName(row: Row): string {
  const side: readonly Point[] = row.left.length ? row.left : row.right;
  return formatLabels(side.map((p) => p.label));
}

/** One line of the digest. `disputed` is a mark across statuses, listed after the changes. */
export interface DigestLine {
  group: Status | 'disputed';
  rows: Row[];
  /** Outlets that back the claims of these rows, first mention first. */
  outlets: string[];
}

/** The order of the digest: the answer to "what changed?" first, what nobody knows last. */
const DIGEST_ORDER: ReadonlyArray<Status | 'disputed'> = [
  'dropped',
  'changed',
  'open',
  'disputed',
  'added',
  'merged',
  'split',
  'unknown',
  'not-reported',
];

/**
 * The digest of `rows` (the rows the filters show): one line per status that has rows, with the
 * rows in document order and the outlets behind them. Kept and unchanged rows are only counted
 * (`quiet`), since "nothing changed" needs no list.
 */
export function buildDigest(
  rows: readonly Row[],
  lookup: SourceLookup,
): { lines: DigestLine[]; quiet: number } {
  const lines: DigestLine[] = [];
  for (const group of DIGEST_ORDER) {
    const members = rows.filter((r) =>
      group === 'disputed' ? isDisputed(r) : statusOf(r) === group,
    );
    if (members.length === 0) continue;
    const outlets =
      group === 'unknown' || group === 'not-reported'
        ? []
        : outletsOf(
            members.flatMap((r) => claimSourceIds(r)),
            lookup,
          );
    lines.push({ group, rows: members, outlets });
  }
  const quiet = rows.filter((r) => {
    const s = statusOf(r);
    return s === 'kept' || s === 'unchanged';
  }).length;
  return { lines, quiet };
}

/** The name of each digest line. */
export const DIGEST_NAMES: Record<DigestLine['group'], string> = {
  ...STATUS_NAMES,
  disputed: 'Disputed',
};

/** What a line says after its points, so it reads as a sentence. */
export const DIGEST_NOTES: Partial<Record<DigestLine['group'], string>> = {
  open: 'left open (bracketed)',
  disputed: 'outlets disagree; every reading is shown',
  unknown: 'not mentioned in the later version',
  'not-reported': 'no outlet said what became of them',
};

/** Lines with more rows than this name runs of neighbouring rows ("9–18"), not every point. */
export const DIGEST_LISTED = 8;

/**
 * The names on a digest line, each with the row it leads to: every row's name, or for a long
 * line the runs of rows that stand next to each other in `rows` ("1–2, 5, 9–18").
 */
export function digestNames(
  line: DigestLine,
  rows: readonly Row[],
): Array<{ row: Row; text: string }> {
  if (line.rows.length <= DIGEST_LISTED)
    return line.rows.map((row) => ({ row, text: rowName(row) }));
  const index = new Map(rows.map((r, i) => [r.key, i]));
  return runsOf(line.rows, (a, b) => index.get(b.key) === index.get(a.key)! + 1).map((run) => {
    const first = rowName(run[0]!);
    const last = rowName(run[run.length - 1]!);
    return { row: run[0]!, text: run.length > 1 ? `${first}–${last}` : first };
  });
}

/** "1 point", "17 points". */
export function pointCount(n: number): string {
  return `${n} point${n === 1 ? '' : 's'}`;
}
