/**
 * Row claims as phrases for the narrative, the reports, the CLI and the lineage views (they load
 * on demand; ./claims.ts holds what the first page needs). Pure; outlet names come from a lookup.
 */
import { outletsOf, type SourceLookup } from '../model/sources';
import type { SourceId, Version } from '../model/types';
import { percent } from './claims';
import { isChange, STATUS_NAMES, type Basis, type Row } from './rows';

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

/**
 * Rows a report tells in full (texts, basis, change, readings): changes, points left open, every
 * reported fate, and linked points whose fate is not known. Others fit on one line.
 */
export function toldInFull(row: Row): boolean {
  if (isChange(row) || row.readings?.length) return true;
  return row.kind === 'unknown' && row.left.length > 0 && row.right.length > 0;
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
