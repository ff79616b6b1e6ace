/**
 * The reader's decisions on the engine's possible matches (issue #16): "these are the same point"
 * (confirmed) or "they are not" (rejected). A decision names the points on both sides by their
 * point ids (`<version>:<label>`), never by positions, so it holds however the rows are ordered,
 * whichever side each version is shown on, and after the engine re-aligns the drafts.
 *
 * Decisions are applied to a finished comparison (`applyDecisions`): rows stay derived, never
 * stored. Only rows the engine matched take a decision; a recorded link is never overridden. A
 * confirmed pairing keeps its status and is shown as the reader's decision (basis `reader`), never
 * as reported; a rejected one becomes two rows, each side apart, as the engine shows a point it
 * finds no counterpart for. A decision whose pairing the engine no longer proposes stays stored
 * and applies again when it does.
 */
import { pointId, pointParts, type PointId, type Version } from '../model/types';
import { formatLabels } from './labels';
import { isIncomplete } from './links';
import {
  rowKey,
  summarize,
  type Comparison,
  type Row,
  type RowClaim,
  type RowCommon,
} from './rows';

export const MATCH_VERDICTS = ['confirmed', 'rejected'] as const;
export type MatchVerdict = (typeof MATCH_VERDICTS)[number];

/** Who made a decision shown on a row: the reader (stored), or the sender of the link. */
export type DecidedBy = 'you' | 'sender';

export interface MatchDecision {
  /** `decisionId(a, b)`: derived from the point ids, so one pairing has one decision. */
  id: string;
  /** The points of one version, and of the other; `a` is the side whose version id sorts first. */
  a: PointId[];
  b: PointId[];
  verdict: MatchVerdict;
  /** ISO date-time, UTC: the newer decision on one pairing wins (other tabs, merged links). */
  decidedAt: string;
}

/** A decision to apply, and who made it. */
export interface AppliedDecision {
  decision: MatchDecision;
  by: DecidedBy;
}

/** The most points one side of a decision may name (the engine joins at most 8 a side). */
export const DECISION_MAX_POINTS = 16;

/** The version id of a point id (version ids are kebab-case: no colon). */
export function versionOfPoint(id: PointId): string {
  return pointParts(id).version;
}

/** `%`, `,` and `|` of a label escaped, so the joined id is unambiguous. */
function escapePoint(id: PointId): string {
  return id.replace(/[%,|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The two sides of a pairing in their canonical order (the side whose version id sorts first
 * comes first; the points of each side in label order as given), and the decision id they make.
 */
export function canonicalSides(
  left: readonly PointId[],
  right: readonly PointId[],
): { a: PointId[]; b: PointId[]; id: string } {
  const lv = versionOfPoint(left[0] ?? '');
  const rv = versionOfPoint(right[0] ?? '');
  const [a, b] = lv <= rv ? [[...left], [...right]] : [[...right], [...left]];
  return { a, b, id: `${a.map(escapePoint).join(',')}|${b.map(escapePoint).join(',')}` };
}

/** The id of the decision on a pairing of `left` and `right` point ids, in either order. */
export function decisionId(left: readonly PointId[], right: readonly PointId[]): string {
  return canonicalSides(left, right).id;
}

const idsOf = (version: Version, row: Row, side: 'left' | 'right'): PointId[] =>
  row[side].map((p) => pointId(version.id, p.label));

/** A pairing the engine proposes but is not sure of: the reader may confirm or reject it. */
export function isPossibleMatch(row: Row): boolean {
  return (
    row.basis.kind === 'engine' &&
    row.basis.tier === 'possible' &&
    row.left.length > 0 &&
    row.right.length > 0
  );
}

/** The decision id of a two-sided row of `comparison`. */
export function rowDecisionId(row: Row, left: Version, right: Version): string {
  return decisionId(idsOf(left, row, 'left'), idsOf(right, row, 'right'));
}

/** A decision on a row of the comparison of `left` and `right`, made at `decidedAt`. */
export function decideRow(
  row: Row,
  left: Version,
  right: Version,
  verdict: MatchVerdict,
  decidedAt: string,
): MatchDecision {
  const { a, b, id } = canonicalSides(idsOf(left, row, 'left'), idsOf(right, row, 'right'));
  return { id, a, b, verdict, decidedAt };
}

/** Of two decisions on one pairing, the newer (ties: the rejection, the cautious one). */
export function newerDecision(x: MatchDecision, y: MatchDecision): MatchDecision {
  if (x.decidedAt !== y.decidedAt) return x.decidedAt > y.decidedAt ? x : y;
  return x.verdict === 'rejected' ? x : y;
}

/** Where one side has no point left: absence is a drop only when the other version is fully known. */
function apartClaim(other: Version, side: 'left' | 'right'): RowClaim {
  if (isIncomplete(other)) return { kind: 'unknown', why: 'incomplete' };
  return side === 'left' ? { kind: 'dropped' } : { kind: 'added' };
}

function decidedBy(by: DecidedBy): string {
  return by === 'you' ? 'your decision' : "the link sender's decision";
}

/** Rows with the decisions applied; the summary is counted again. */
export function applyDecisions(
  comparison: Comparison,
  decisionOf: (id: string) => AppliedDecision | undefined,
): Comparison {
  const { left, right } = comparison;
  let changed = false;
  const rows: Row[] = [];
  for (const row of comparison.rows) {
    const applied =
      row.basis.kind === 'engine' && row.left.length > 0 && row.right.length > 0
        ? decisionOf(rowDecisionId(row, left, right))
        : undefined;
    if (!applied) {
      rows.push(row);
      continue;
    }
    changed = true;
    const { decision, by } = applied;
    const similarity = row.basis.kind === 'engine' ? row.basis.similarity : undefined;
    const basis = {
      kind: 'reader' as const,
      verdict: decision.verdict,
      decision: decision.id,
      by,
      ...(similarity === undefined ? {} : { similarity }),
    };
    if (decision.verdict === 'confirmed') {
      rows.push({
        ...row,
        basis,
        explain: [`the same point: ${decidedBy(by)}`, ...row.explain],
      });
      continue;
    }
    for (const side of ['left', 'right'] as const) {
      const other = side === 'left' ? right : left;
      const otherLabels = formatLabels(row[side === 'left' ? 'right' : 'left'].map((p) => p.label));
      const common: RowCommon = {
        key: rowKey(
          side === 'left' ? idsOf(left, row, 'left') : [],
          side === 'right' ? idsOf(right, row, 'right') : [],
        ),
        left: side === 'left' ? row.left : [],
        right: side === 'right' ? row.right : [],
        basis,
        moved: false,
        disputed: row.disputed,
        explain: [`not the same point as ${otherLabels} of ${other.title}: ${decidedBy(by)}`],
      };
      rows.push({ ...common, ...apartClaim(other, side) });
    }
  }
  return changed ? { ...comparison, rows, summary: summarize(rows) } : comparison;
}
