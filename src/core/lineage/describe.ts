/**
 * Lineage steps and matrix cells in words: one wording for the page, the Markdown and the CSV.
 */
import { formatLabels } from '../compare/labels';
import { FATE_NAMES, type SourceId, type Version, type VersionId } from '../model/types';
import type { HistoryStep, StepChange, StepChangeKind, StepLink } from './lineage';
import type { CellChange, MatrixCell } from './topic-matrix';
import { capitalize, outletsOf, type SourceLookup } from '../model/sources';

export const STEP_CHANGE_NAMES: Record<StepChangeKind, string> = {
  first: 'First known text',
  new: 'New',
  unchanged: 'Unchanged',
  changed: 'Changed',
  merged: 'Merged',
  split: 'Split',
  dropped: 'Dropped',
  'no-counterpart': 'No counterpart',
  fate: 'Reported, no text',
  'not-reported': 'Not reported',
};

/** "Merged: 21a–21d of US 28-point draft → 14 of Zelensky's 20 points"; other kinds by name. */
export function changeText(change: StepChange, title: (id: VersionId) => string): string {
  switch (change.kind) {
    case 'merged':
    case 'split': {
      const g = change.group;
      return (
        `${STEP_CHANGE_NAMES[change.kind]}: ${formatLabels(g.earlierLabels)} (${title(g.earlier)}) → ` +
        `${formatLabels(g.laterLabels)} (${title(g.later)})`
      );
    }
    case 'first':
    case 'new':
    case 'unchanged':
    case 'changed':
    case 'dropped':
    case 'no-counterpart':
    case 'fate':
    case 'not-reported':
      return STEP_CHANGE_NAMES[change.kind];
    default: {
      const never: never = change;
      return never;
    }
  }
}

/** How a step is known, in one line (sources are listed separately, in full). */
export function linkText(link: StepLink, lookup: SourceLookup): string {
  switch (link.kind) {
    case 'selected':
      return 'The chosen point';
    case 'reported':
      return `Reported by ${outletsOf(link.sources, lookup).join('; ')}${notes(link.notes)}`;
    case 'inferred':
      return `Inferred by the project (no outlet said so)${notes(link.notes)}`;
    case 'engine':
      return `Matched by the engine: ${Math.round(link.similarity * 100)}% similar`;
    case 'fate':
      return link.readings
        .map(
          (r) =>
            `${capitalize(FATE_NAMES[r.status])} — ${outletsOf(r.sources, lookup).join('; ')}: ${r.note}`,
        )
        .join(' / ');
    case 'not-reported':
      return 'Not reported: no outlet said what became of the point here';
    case 'none':
      return 'Nothing links the point to this version';
    default: {
      const never: never = link;
      return never;
    }
  }
}

function notes(list: readonly string[]): string {
  return list.length ? ` (${list.join('; ')})` : '';
}

/** Every source a step cites, in order of first mention: link, points, flags, readings. */
export function stepSources(step: HistoryStep): SourceId[] {
  const ids: SourceId[] = [];
  const add = (list: readonly SourceId[]): void => {
    for (const id of list) if (!ids.includes(id)) ids.push(id);
  };
  if (step.link.kind === 'reported') add(step.link.sources);
  if (step.link.kind === 'fate') for (const r of step.link.readings) add(r.sources);
  for (const p of step.points) {
    add(p.sources);
    for (const f of p.flags ?? []) add(f.sources);
    for (const a of p.alternatives ?? []) add(a.sources);
  }
  return ids;
}

/** Every source a matrix cell cites: its points', or its readings'. */
export function cellSources(cell: MatrixCell): SourceId[] {
  const c = cell.content;
  const ids =
    c.kind === 'points'
      ? c.points.flatMap((p) => p.sources)
      : c.kind === 'fate'
        ? c.fates.flatMap((f) => f.readings.flatMap((r) => r.sources))
        : [];
  return [...new Set(ids)];
}

/** "Changed from US 28-point draft" and the like. */
export function cellChangeText(change: CellChange, title: (id: VersionId) => string): string {
  switch (change.kind) {
    case 'first':
      return 'First version with text on this topic';
    case 'same':
      return `Same as ${title(change.from)}`;
    case 'changed':
      return `Changed from ${title(change.from)}`;
    case 'reported-change':
      return 'Change reported (no text)';
    case 'unknown':
      return 'Not reported';
    default: {
      const never: never = change;
      return never;
    }
  }
}

/** A title lookup over some versions; an unknown id is printed as itself. */
export function titles(versions: readonly Version[]): (id: VersionId) => string {
  const map = new Map(versions.map((v) => [v.id, v.title]));
  return (id) => map.get(id) ?? id;
}
