/**
 * A comparison as plain JSON data: what the CLI prints with `--format json` and what scripts
 * consume. Each row says what it claims (`kind`, the status), how that is known (`basis`), and
 * the source ids that say it (`sources`: of the link or the reported fate; the register is
 * data/sources.json).
 */
import { PARAPHRASE_DISCLOSURE } from '../compare/claims';
import { basisSources } from '../compare/claim-phrases';
import type {
  BasisKind,
  Comparison,
  ContentStatus,
  RowStatus,
  RowSummary,
  UnknownWhy,
  Wording,
  WordOp,
} from '../compare/rows';
import type { FateReading, ReportedChange, Version } from '../model/types';

/** One version: id, title and the number of points whose text is known. */
export interface ComparisonJsonVersion {
  id: string;
  title: string;
  points: number;
}

/**
 * One row. `kind` is the status; `basis` how it is known, `sources` the ids that say it; `content`
 * on merged and split rows, `why` on unknown ones; `change` the change as stated; `readings` every
 * reported reading where the other side has no text; `similarity` only when defined; `words` (with
 * `wording`: "changes" or "summaries") or `rewritten` only on rows with a word diff.
 */
export interface ComparisonJsonRow {
  kind: RowStatus;
  basis: BasisKind;
  sources: string[];
  via?: string;
  content?: ContentStatus;
  why?: UnknownWhy;
  moved: boolean;
  disputed: boolean;
  change?: ReportedChange;
  note?: string;
  readings?: FateReading[];
  left: Array<{ label: string; text: string }>;
  right: Array<{ label: string; text: string }>;
  similarity?: number;
  wording?: Wording;
  words?: WordOp[];
  rewritten?: string;
}

/** The JSON form of a comparison. */
export interface ComparisonJson {
  /** Point texts are our paraphrases: said once, as in every report. */
  disclosure: string;
  left: ComparisonJsonVersion;
  right: ComparisonJsonVersion;
  rows: ComparisonJsonRow[];
  summary: RowSummary;
  notices: string[];
}

function version(v: Version): ComparisonJsonVersion {
  return { id: v.id, title: v.title, points: v.points.length };
}

/** The comparison as `{ disclosure, left, right, rows, summary, notices }`. */
export function comparisonToJson(c: Comparison): ComparisonJson {
  const rows = c.rows.map((row): ComparisonJsonRow => ({
    kind: row.kind,
    basis: row.basis.kind,
    sources: basisSources(row.basis),
    ...(row.basis.kind === 'inferred' && row.basis.via ? { via: row.basis.via } : {}),
    ...(row.kind === 'merged' || row.kind === 'split' ? { content: row.content } : {}),
    ...(row.kind === 'unknown' ? { why: row.why } : {}),
    moved: row.moved,
    disputed: row.disputed,
    ...(row.change ? { change: row.change } : {}),
    ...(row.note ? { note: row.note } : {}),
    ...(row.readings ? { readings: row.readings } : {}),
    left: row.left.map((p) => ({ label: p.label, text: p.text })),
    right: row.right.map((p) => ({ label: p.label, text: p.text })),
    ...(row.similarity !== undefined ? { similarity: row.similarity } : {}),
    ...(row.words && row.wording ? { wording: row.wording } : {}),
    ...(row.words?.kind === 'words'
      ? { words: row.words.ops.map((o) => ({ op: o.op, text: o.text })) }
      : row.words?.kind === 'rewritten'
        ? { rewritten: row.words.reason }
        : {}),
  }));
  return {
    disclosure: PARAPHRASE_DISCLOSURE,
    left: version(c.left),
    right: version(c.right),
    rows,
    summary: c.summary,
    notices: c.notices,
  };
}
