/**
 * A comparison as CSV (RFC 4180): one record per row, for spreadsheets and data journalism
 * (PA-X ships its agreements as CSV, anchors.md [PAX2]). Deterministic, so the page download and
 * the CLI give the same bytes. No byte-order mark: the bytes stay plain UTF-8 for scripts; a
 * spreadsheet that guesses the encoding should be told "UTF-8" on import.
 */
import { changeText } from '../compare/claims';
import type { Comparison, Row } from '../compare/rows';
import type { Point, Source } from '../model/types';
import { rowSimilarity, rowSourceIds, sourceLine } from './common';
import { csvTable, wordChangesCell } from './csv-writer';

/**
 * The header record, in column order. `kind` is the row's status, `basis` how it is known
 * (reported, inferred, engine, none); `change` the change as stated; `wording` says how to read
 * `word_changes`: "changes" (aligned texts) or "summaries" (our summaries worded differently, not a
 * reported change). Texts are our paraphrases (the JSON and Markdown reports say so in words).
 */
export const CSV_COLUMNS = [
  'left_labels',
  'right_labels',
  'kind',
  'basis',
  'moved',
  'disputed',
  'similarity',
  'change',
  'note',
  'left_text',
  'right_text',
  'wording',
  'word_changes',
  'sources',
] as const;

function sideText(points: readonly Point[]): string {
  if (points.length === 1) return points[0]?.text ?? '';
  return points.map((p) => `${p.label}: ${p.text}`).join(' | ');
}

function record(row: Row, sources: ReadonlyMap<string, Source>): string[] {
  const similarity = rowSimilarity(row);
  return [
    row.left.map((p) => p.label).join('; '),
    row.right.map((p) => p.label).join('; '),
    row.kind,
    row.basis.kind,
    row.moved ? 'yes' : 'no',
    row.disputed ? 'yes' : 'no',
    similarity === undefined ? '' : similarity.toFixed(2),
    row.change ? changeText(row.change) : '',
    row.note ?? '',
    sideText(row.left),
    sideText(row.right),
    row.words ? (row.wording ?? '') : '',
    row.words ? wordChangesCell(row.words) : '',
    rowSourceIds(row)
      .map((id) => sourceLine(id, sources))
      .join(' | '),
  ];
}

/**
 * The comparison as RFC 4180 CSV: the `CSV_COLUMNS` header, then one record per row; CRLF line
 * ends, the last record terminated too. Word changes read "600,000 → 800,000", groups joined by
 * "; "; sources "Outlet (date) URL" joined by " | ". Cells are neutralised against formula
 * injection (see `csvField`).
 */
export function comparisonToCsv(c: Comparison, sources: ReadonlyMap<string, Source>): string {
  return csvTable(
    CSV_COLUMNS,
    c.rows.map((row) => record(row, sources)),
  );
}
