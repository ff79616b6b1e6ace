/**
 * A comparison as plain JSON data, in the shape fixed by the issue spec: what the CLI prints with
 * `--format json` and what scripts consume. Only the facts of each row; sources and notes are in
 * the data files themselves.
 */
import type { Comparison, RowKind, RowSummary, WordOp } from '../compare/rows';
import { ROW_KINDS } from '../compare/rows';
import type { Version } from '../model/types';

/** One version: id, title and the number of points whose text is known. */
export interface ComparisonJsonVersion {
  id: string;
  title: string;
  points: number;
}

/** One row: `similarity` only when defined; `words` or `rewritten` only on rows with a word diff. */
export interface ComparisonJsonRow {
  kind: RowKind;
  moved: boolean;
  left: Array<{ label: string; text: string }>;
  right: Array<{ label: string; text: string }>;
  similarity?: number;
  words?: WordOp[];
  rewritten?: string;
}

/** The JSON form of a comparison. */
export interface ComparisonJson {
  left: ComparisonJsonVersion;
  right: ComparisonJsonVersion;
  rows: ComparisonJsonRow[];
  summary: RowSummary;
}

function version(v: Version): ComparisonJsonVersion {
  return { id: v.id, title: v.title, points: v.points.length };
}

/** The comparison as `{ left, right, rows, summary }` (every kind counted in `summary`). */
export function comparisonToJson(c: Comparison): ComparisonJson {
  const rows = c.rows.map((row): ComparisonJsonRow => {
    const out: ComparisonJsonRow = {
      kind: row.kind,
      moved: row.moved,
      left: row.left.map((p) => ({ label: p.label, text: p.text })),
      right: row.right.map((p) => ({ label: p.label, text: p.text })),
    };
    if (row.similarity !== undefined) out.similarity = row.similarity;
    if (row.words?.kind === 'words')
      out.words = row.words.ops.map((o) => ({ op: o.op, text: o.text }));
    else if (row.words?.kind === 'rewritten') out.rewritten = row.words.reason;
    return out;
  });
  const summary = Object.fromEntries(ROW_KINDS.map((k) => [k, c.summary[k]])) as RowSummary;
  return { left: version(c.left), right: version(c.right), rows, summary };
}
