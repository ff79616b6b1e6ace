/**
 * Where a note shows in a comparison (anchors.md §2.6, and §3 item 6): a note belongs to one point
 * of one version. In a comparison it shows under its point, and also under every point the row
 * aligns it with on the other side, marked as such. When the row has nothing on the other side
 * (dropped, not reported, no counterpart), the note is listed as "not in this draft" with the
 * reason the row gives, never silently hidden (hypothesis product-backlog#954). Pure: no React.
 */
import type { Comparison, Row } from '../../core/compare/rows';
import { FATE_NAMES, type Point, type Source, type Version } from '../../core/model/types';
import type { Note } from '../../core/notes/note';
import { outletsOf } from '../../core/model/sources';

export type Side = 'left' | 'right';

/** The side of the row that holds this very point object (a version compared with itself has both). */
export function sideOf(row: Row, point: Point): Side {
  return row.left.includes(point) ? 'left' : 'right';
}

export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

/**
 * Why the points on `side` of `row` have no counterpart in `other` (the version on the other
 * side), or `null` when they have one.
 */
export function missingReason(
  row: Row,
  side: Side,
  other: Version,
  source: (id: string) => Source | undefined,
): string | null {
  if (row[otherSide(side)].length > 0) return null;
  const withNote = (text: string, note: string | undefined) => (note ? `${text} (${note})` : text);
  if (row.readings?.length) {
    return row.readings
      .map((reading) => {
        const what =
          reading.status === 'dropped'
            ? `point dropped in ${other.title}`
            : `${FATE_NAMES[reading.status]} in ${other.title}, whose text is not public`;
        const outlets = outletsOf(reading.sources, source).join(', ');
        return outlets ? `${what} — ${outlets}` : what;
      })
      .join('; ');
  }
  // Rows read left → right: "dropped" is gone from the right version; "added" is new there.
  const basis = row.basis;
  const how =
    basis.kind === 'reported'
      ? ` — ${outletsOf(basis.sources, source).join(', ')}`
      : basis.kind === 'inferred'
        ? ', inferred by the project'
        : '';
  switch (row.kind) {
    case 'not-reported':
      return `not reported in ${other.title}`;
    case 'dropped':
      return withNote(`point dropped in ${other.title}${how}`, row.note);
    case 'added':
      return withNote(`not in ${other.title}${how}`, row.note);
    case 'unknown':
      return row.why === 'incomplete'
        ? `not among the known points of ${other.title}`
        : withNote(`not known whether it is in ${other.title}${how}`, row.note);
    case 'open':
    case 'changed':
    case 'kept':
    case 'unchanged':
    case 'merged':
    case 'split':
      return `no counterpart in ${other.title}`;
    default:
      return row satisfies never;
  }
}

export interface MissingNote {
  note: Note;
  /** Title of the version the note belongs to (or its id, when the version is gone). */
  versionTitle: string;
  reason: string;
}

/**
 * The notes on either version of a comparison that cannot show on the other side: their point is
 * not aligned with anything there, or it is not in the current data of its own version at all.
 */
export function notesNotInComparison(
  comparison: Pick<Comparison, 'left' | 'right' | 'rows'>,
  notes: readonly Note[],
  source: (id: string) => Source | undefined,
): MissingNote[] {
  const { left, right, rows } = comparison;
  const reasons = new Map<string, string | null>();
  for (const row of rows) {
    for (const side of ['left', 'right'] as const) {
      const version = side === 'left' ? left : right;
      const other = side === 'left' ? right : left;
      for (const p of row[side]) {
        const key = `${version.id}:${p.label}`;
        if (!reasons.has(key) || reasons.get(key) !== null)
          reasons.set(key, missingReason(row, side, other, source));
      }
    }
  }
  const out: MissingNote[] = [];
  for (const note of notes) {
    const version = note.version === left.id ? left : note.version === right.id ? right : null;
    if (!version) continue;
    const key = `${note.version}:${note.label}`;
    const reason = reasons.has(key)
      ? reasons.get(key)
      : version.points.some((p) => p.label === note.label)
        ? null
        : `point ${note.label} is no longer in ${version.title}`;
    if (reason) out.push({ note, versionTitle: version.title, reason });
  }
  return out;
}

/** Counterpart points of `point` in its row: the points on the other side, with their version. */
export function counterpartsOf(
  row: Row,
  point: Point,
  left: Version,
  right: Version,
): { version: Version; points: Point[] } {
  const side = sideOf(row, point);
  return { version: side === 'left' ? right : left, points: row[otherSide(side)] };
}
