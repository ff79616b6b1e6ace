/**
 * Runs of quiet rows (unchanged, kept, unknown, not reported) folded into one line, as GitHub
 * folds unchanged lines ("Expand 17 lines", anchors.md §1a): the changes stand next to each
 * other and a 41-row comparison where 29 rows say "Not reported" reads as 12 changes and a few
 * lines. Pure: the page keeps which folds are open; ids come from the rows, never positions.
 */
import { rowName } from './answer';
import { isChange, type Comparison, type Row, type RowStatus } from './rows';

/**
 * Runs this long or longer fold. One: even a lone unchanged row between two changes becomes a
 * line ("1 point unchanged (5)"), a few px instead of two texts; rows with the reader's notes are
 * kept open (`FoldOptions.pinned`).
 */
export const MIN_FOLD = 1;

export type Entry =
  | { kind: 'row'; key: string; row: Row }
  | {
      kind: 'fold';
      /** `fold:` and the key of its first row: stable while the rows are. */
      key: string;
      rows: Row[];
      /** The statuses in the run, most frequent first. */
      statuses: RowStatus[];
    }
  /** An opened run: a line above its rows that folds them again (`fold` is the run's fold key). */
  | { kind: 'unfold'; key: string; fold: string; rows: Row[]; statuses: RowStatus[] };

export interface FoldOptions {
  /** Keys of open folds (`Entry.key` of the fold). */
  open?: ReadonlySet<string>;
  /** Rows never folded (the focused point of a permalink). */
  pinned?: ReadonlySet<string>;
  /** Fold nothing (the reader asked for every row). */
  none?: boolean;
}

/** The list the page renders: changes and short quiet runs as rows, longer quiet runs as folds. */
export function foldRows(rows: readonly Row[], options: FoldOptions = {}): Entry[] {
  const entries: Entry[] = [];
  let run: Row[] = [];
  const flush = () => {
    const key = run[0] ? `fold:${run[0].key}` : '';
    const foldable = run.length >= MIN_FOLD && !options.none;
    if (foldable && !options.open?.has(key)) {
      entries.push({ kind: 'fold', key, rows: run, statuses: statusesOf(run) });
    } else {
      if (foldable)
        entries.push({
          kind: 'unfold',
          key: `un${key}`,
          fold: key,
          rows: run,
          statuses: statusesOf(run),
        });
      for (const row of run) entries.push({ kind: 'row', key: row.key, row });
    }
    run = [];
  };
  for (const row of rows) {
    if (isChange(row) || options.pinned?.has(row.key)) {
      flush();
      entries.push({ kind: 'row', key: row.key, row });
    } else {
      run.push(row);
    }
  }
  flush();
  return entries;
}

function statusesOf(rows: readonly Row[]): RowStatus[] {
  const counts = new Map<RowStatus, number>();
  for (const r of rows) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([s]) => s);
}

const FOLD_WORDS: Record<RowStatus, string> = {
  dropped: 'dropped',
  changed: 'changed',
  open: 'open',
  added: 'added',
  merged: 'merged',
  split: 'split',
  unknown: 'unknown',
  'not-reported': 'not reported',
  kept: 'kept',
  unchanged: 'unchanged',
};

/** "17 points not reported (9–18)", "5 points unchanged or kept (1–5)". */
export function foldText(fold: { rows: readonly Row[]; statuses: readonly RowStatus[] }): string {
  const n = fold.rows.length;
  const what = fold.statuses.map((s) => FOLD_WORDS[s]).join(' or ');
  const first = rowName(fold.rows[0]!);
  const last = rowName(fold.rows[n - 1]!);
  return `${n} point${n === 1 ? '' : 's'} ${what} (${first === last ? first : `${first}–${last}`})`;
}

/** How many rows the folds of `entries` hold. */
export function foldedCount(entries: readonly Entry[]): number {
  return entries.reduce((n, e) => n + (e.kind === 'fold' ? e.rows.length : 0), 0);
}

/** Keys of the rows that hold any of `points` (notes: a version id and a label), on either side. */
export function rowKeysWith(
  c: Comparison,
  points: ReadonlyArray<{ version: string; label: string }>,
): Set<string> {
  const keys = new Set<string>();
  if (points.length === 0) return keys;
  const wanted = new Set(points.map((p) => `${p.version}\u0000${p.label}`));
  for (const row of c.rows) {
    const has =
      row.left.some((p) => wanted.has(`${c.left.id}\u0000${p.label}`)) ||
      row.right.some((p) => wanted.has(`${c.right.id}\u0000${p.label}`));
    if (has) keys.add(row.key);
  }
  return keys;
}
