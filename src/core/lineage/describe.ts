/**
 * History steps and matrix cells in words: one wording for the page, the Markdown and the CSV,
 * built on the comparison's own wording (src/core/compare/claims.ts).
 */
import { changeText } from '../compare/claims';
import { basisPhrase, basisSources, statusPhrase } from '../compare/claim-phrases';
import type { Row } from '../compare/rows';
import type { SourceId, Version, VersionId } from '../model/types';
import { capitalize, type SourceLookup } from '../model/sources';
import type { HistoryStep } from './lineage';
import { statusesText, type CellComparison, type CellMark, type MatrixCell } from './topic-matrix';

/**
 * The step's status in words: "The chosen point"; else the row's status read from the older
 * version to the newer ("Changed", "Unknown: no counterpart among the known points of …").
 */
export function stepStatusText(step: HistoryStep, origin: Version): string {
  const r = step.relation;
  switch (r.kind) {
    case 'chosen':
      return 'The chosen point';
    case 'later':
      return capitalize(statusPhrase(r.row, origin, step.version));
    case 'earlier':
      return capitalize(statusPhrase(r.row, step.version, origin));
    default:
      return r satisfies never;
  }
}

/** What the step compares: "US 28-point draft → 20-point framework (Zelensky, Dec 2025)". */
export function stepPairText(step: HistoryStep, origin: Version): string {
  switch (step.relation.kind) {
    case 'chosen':
      return origin.title;
    case 'later':
      return `${origin.title} → ${step.version.title}`;
    case 'earlier':
      return `${step.version.title} → ${origin.title}`;
    default:
      return step.relation satisfies never;
  }
}

/**
 * How the step's claim is known, with the change as stated and the link's note:
 * "Reported by Suspilne, Axar.az; 600,000 → 800,000 in peacetime".
 */
export function stepBasisText(step: HistoryStep, lookup: SourceLookup): string {
  const r = step.relation;
  if (r.kind === 'chosen') return 'The point you chose';
  const title = (id: VersionId) => (r.via?.id === id ? r.via.title : id);
  const parts = [capitalize(basisPhrase(r.row.basis, lookup, title))];
  if (r.row.change) parts.push(changeText(r.row.change));
  if (r.row.note) parts.push(r.row.note);
  return parts.join('; ');
}

/** Every source a step cites, in order of first mention: its claim's, then its points'. */
export function stepSources(step: HistoryStep): SourceId[] {
  const claim = step.relation.kind === 'chosen' ? [] : claimSources(step.relation.row);
  return [...new Set([...claim, ...step.points.flatMap((p) => p.sources)])];
}

export const CELL_MARK_NAMES: Record<CellMark, string> = {
  changed: 'Changed',
  open: 'Open',
  unchanged: 'Unchanged',
  kept: 'Kept',
  unknown: 'Unknown',
  'not-reported': 'Not reported',
  none: 'Nothing on this topic',
};

/**
 * What a cell is compared against, in words: "Changed from US 28-point draft (dropped: 7;
 * unknown: 3, 4, 8 and 9)", "First version: later ones are compared with it", "Not compared: …".
 */
export function cellComparisonText(
  comparison: CellComparison,
  title: (id: VersionId) => string,
): string {
  switch (comparison.kind) {
    case 'compared': {
      const rows = comparison.rows.length ? ` (${statusesText(comparison.rows)})` : '';
      const mark = CELL_MARK_NAMES[comparison.mark];
      return comparison.mark === 'none'
        ? `${mark} in either version (compared with ${title(comparison.against)})`
        : `${mark}, compared with ${title(comparison.against)}${rows}`;
    }
    case 'first':
      return 'First version of its line: later versions are compared with it';
    case 'unlinked':
      return 'Not compared: no record links it to an earlier version';
    default:
      return comparison satisfies never;
  }
}

/** The sources of a row's claim: its basis and its readings (not the texts' sources). */
export function claimSources(row: Row): SourceId[] {
  return [
    ...new Set([...basisSources(row.basis), ...(row.readings ?? []).flatMap((r) => r.sources)]),
  ];
}

/** Every source a matrix cell cites: its points', then the claims of its compared rows. */
export function cellSources(cell: MatrixCell): SourceId[] {
  const ids = cell.points.flatMap((p) => p.sources);
  if (cell.comparison.kind === 'compared')
    for (const row of cell.comparison.rows) ids.push(...claimSources(row));
  return [...new Set(ids)];
}

/** A title lookup over some versions; an unknown id is printed as itself. */
export function titles(versions: readonly Version[]): (id: VersionId) => string {
  const map = new Map(versions.map((v) => [v.id, v.title]));
  return (id) => map.get(id) ?? id;
}
