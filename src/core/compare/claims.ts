/**
 * Row claims in words: one wording for the page, the narrative, every report and the CLI, so a
 * point reads the same everywhere (issue #11 §5). Pure; the outlet names come from a lookup.
 */
import { outletsOf, type SourceLookup } from '../model/sources';
import type { ReportedChange, SourceId, Version } from '../model/types';
import {
  isChange,
  BASIS_KINDS,
  ROW_STATUSES,
  STATUS_NAMES,
  type Basis,
  type Row,
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

/**
 * Rows a report tells in full (texts, basis, change, readings): changes, points left open, every
 * reported fate, and linked points whose fate is not known. Others fit on one line.
 */
export function toldInFull(row: Row): boolean {
  if (isChange(row) || row.readings?.length) return true;
  return row.kind === 'unknown' && row.left.length > 0 && row.right.length > 0;
}

/** "Reported change" where an outlet stated it; "Change (inferred)" where the project did. */
export function changeLabel(basis: Basis): string {
  return basis.kind === 'reported' ? 'Reported change' : 'Change (inferred)';
}

/** A similarity as a whole percentage, "72%". */
export function percent(similarity: number): string {
  return `${Math.round(similarity * 100)}%`;
}

/**
 * How a claim is known, as a phrase: "reported by Suspilne, Axar.az", "inferred by the project",
 * "inferred by the project through US 28-point draft", "matched by text, 72% similar",
 * "no source". `title` names a version for `via`.
 */
export function basisPhrase(
  basis: Basis,
  lookup: SourceLookup,
  title: (id: string) => string = (id) => id,
): string {
  switch (basis.kind) {
    case 'reported': {
      const outlets = outletsOf(basis.sources, lookup);
      return outlets.length ? `reported by ${outlets.join(', ')}` : 'reported';
    }
    case 'inferred':
      return basis.via
        ? `inferred by the project through the ${title(basis.via)}`
        : 'inferred by the project';
    case 'engine':
      return basis.similarity === undefined
        ? 'matched by text: no counterpart found'
        : `matched by text, ${percent(basis.similarity)} similar`;
    case 'none':
      return 'no source';
    default:
      return basis satisfies never;
  }
}

/** The sources a basis cites (reported only). */
export function basisSources(basis: Basis): SourceId[] {
  return basis.kind === 'reported' ? basis.sources : [];
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

/**
 * A row's status in words, with its content claim where it has one: "changed", "merged, kept",
 * "unknown: not among the known points", "open: in brackets for the leaders".
 */
export function statusPhrase(
  row: Row,
  left: Pick<Version, 'title'>,
  right: Pick<Version, 'title'>,
): string {
  switch (row.kind) {
    case 'merged':
    case 'split':
      return `${row.kind}, ${row.content === 'unknown' ? 'whether changed is not known' : row.content}`;
    case 'unknown':
      switch (row.why) {
        case 'incomplete':
          return `unknown: no counterpart among the known points of ${(row.right.length ? left : right).title}`;
        case 'recorded':
          return 'unknown';
        case 'disputed':
          return 'unknown: outlets disagree';
        default:
          return row.why satisfies never;
      }
    case 'open':
      return 'open: left in brackets for the leaders to decide';
    case 'not-reported':
      return 'not reported';
    case 'changed':
    case 'dropped':
    case 'added':
    case 'kept':
    case 'unchanged':
      return STATUS_NAMES[row.kind].toLowerCase();
    default:
      return row satisfies never;
  }
}
