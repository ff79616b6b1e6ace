/**
 * Row claims in words, the part the page shows on first load (the summary line, the change as
 * stated, the disclosure); the rest of the wording is in ./claim-phrases.ts, which reports, the
 * narrative and the lineage views load with them. One wording everywhere (issue #11 §5). Pure.
 */
import type { ReportedChange } from '../model/types';
import {
  BASIS_KINDS,
  ROW_STATUSES,
  STATUS_NAMES,
  type Basis,
  type RowStatus,
  type RowSummary,
} from './rows';

/**
 * Said once in every report and on the page (issue #11 §5): the texts are ours, not the documents'.
 */
export const PARAPHRASE_DISCLOSURE =
  "Point texts are the project's own paraphrases of what outlets reported, not the documents' " +
  'wording; drafts you import are shown as you gave them.';

/** "600,000 → 800,000 in peacetime". */
export function changeText(change: ReportedChange): string {
  return `${change.from} → ${change.to}`;
}

/** "Reported change" where an outlet stated it; "Change (inferred)" where the project did. */
export function changeLabel(basis: Basis): string {
  return basis.kind === 'reported' ? 'Reported change' : 'Change (inferred)';
}

/** A similarity as a whole percentage, "72%". */
export function percent(similarity: number): string {
  return `${Math.round(similarity * 100)}%`;
}

/** Statuses whose count is told with how it is known; "unknown (no source)" would say nothing. */
const COUNTED_BY_BASIS: ReadonlySet<RowStatus> = new Set<RowStatus>([
  'changed',
  'dropped',
  'added',
  'merged',
  'split',
  'open',
  'kept',
]);

/**
 * "2 changed (1 reported, 1 inferred), 3 dropped (reported), 9 unknown, 6 kept (inferred);
 * 1 disputed, 4 moved": statuses in `ROW_STATUSES` order, zero counts left out. "no points to
 * compare" when there are no rows.
 */
export function summaryLine(summary: RowSummary): string {
  const parts = ROW_STATUSES.filter((s) => summary.counts[s] > 0).map((s) => {
    const n = summary.counts[s];
    const name = STATUS_NAMES[s].toLowerCase();
    if (!COUNTED_BY_BASIS.has(s)) return `${n} ${name}`;
    const by = BASIS_KINDS.filter((b) => summary.byBasis[s][b] > 0);
    const how =
      by.length === 1
        ? `${basisWord(by[0]!)}`
        : by.map((b) => `${summary.byBasis[s][b]} ${basisWord(b)}`).join(', ');
    return `${n} ${name} (${how})`;
  });
  if (!parts.length) return 'no points to compare';
  const marks = [
    summary.disputed ? `${summary.disputed} disputed` : '',
    summary.moved ? `${summary.moved} moved` : '',
  ].filter(Boolean);
  return `${parts.join(', ')}${marks.length ? `; ${marks.join(', ')}` : ''}`;
}

function basisWord(b: Basis['kind']): string {
  switch (b) {
    case 'reported':
      return 'reported';
    case 'inferred':
      return 'inferred';
    case 'engine':
      return 'matched by text';
    case 'none':
      return 'no source';
    default:
      return b satisfies never;
  }
}
