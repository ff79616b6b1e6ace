/**
 * The answer first (issue #13): what a reader sees before any row. One status per row as the
 * page counts, filters, folds and steps through them; which rows are changes (the keys, "Change i
 * of N", the change map and "Describe changes" visit only these); and the digest, a few lines
 * grouped by status, each naming its points and the outlets that say so.
 *
 * The statuses, their names, which are changes (`isChange`) and their counts (`summarize`) are the
 * rows' (issue #11, src/core/compare/rows.ts); this module only orders them for the page and builds
 * the digest.
 */
import { formatLabels, runsOf } from './labels';
import { STATUS_NAMES, type Row, type RowStatus } from './rows';
import { outletsOf, type SourceLookup } from '../model/sources';
import type { Point, SourceId } from '../model/types';

/**
 * The statuses in the order the bar's counts and the digest list them: what a reader asks first
 * (what was dropped, what changed) before what nobody knows and what survived.
 */
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
] as const satisfies readonly RowStatus[];

export function isStatus(value: string): value is RowStatus {
  return (STATUSES as readonly string[]).includes(value);
}

/**
 * The sources that say what the row claims: a reported basis's, or the reported readings'. None
 * for a link the project inferred or the engine matched (the digest names no outlet for those).
 */
export function claimSourceIds(row: Row): SourceId[] {
  if (row.readings?.length) return [...new Set(row.readings.flatMap((f) => f.sources))];
  if (row.basis.kind === 'reported') return [...row.basis.sources];
  return [];
}

/** The labels that name a row: the left side's, or the right's for an added point. */
export function rowName(row: Row): string {
  const side: readonly Point[] = row.left.length ? row.left : row.right;
  return formatLabels(side.map((p) => p.label));
}

/** One line of the digest. `disputed` is a mark across statuses, listed after the changes. */
export interface DigestLine {
  group: RowStatus | 'disputed';
  rows: Row[];
  /** Outlets that back the claims of these rows, first mention first. */
  outlets: string[];
}

/** The order of the digest: the answer to "what changed?" first, what nobody knows last. */
const DIGEST_ORDER: ReadonlyArray<RowStatus | 'disputed'> = [
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
    const members = rows.filter((r) => (group === 'disputed' ? r.disputed : r.kind === group));
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
  const quiet = rows.filter((r) => r.kind === 'kept' || r.kind === 'unchanged').length;
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
