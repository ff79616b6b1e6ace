/**
 * A comparison as CSV (RFC 4180): one record per row, for spreadsheets and data journalism
 * (PA-X ships its agreements as CSV, anchors.md [PAX2]). Deterministic, so the page download and
 * the CLI give the same bytes. No byte-order mark: the bytes stay plain UTF-8 for scripts; a
 * spreadsheet that guesses the encoding should be told "UTF-8" on import.
 */
import { changeText } from '../compare/claims';
import type { Comparison, Row } from '../compare/rows';
import type { Point, Source } from '../model/types';
import { changeGroups, rowSimilarity, rowSourceIds, sourceLine } from './common';

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

/**
 * One CSV field. Injection first: spreadsheet programs (Excel, LibreOffice, Google Sheets) run a
 * cell that starts with `=`, `+`, `-` or `@` (and tab or carriage return) as a formula, and the
 * texts here come from leaked drafts and user imports; a leading apostrophe makes the cell plain
 * text (OWASP, "CSV Injection"). Then RFC 4180 §2.6–2.7: a field with a comma, a double quote or
 * a line break is quoted, its quotes doubled.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function sideText(points: readonly Point[]): string {
  if (points.length === 1) return points[0]?.text ?? '';
  return points.map((p) => `${p.label}: ${p.text}`).join(' | ');
}

/**
 * Word changes in words: "600,000 → 800,000", "deleted: personnel", "added: in peacetime". Not
 * "-600,000 +800,000": a cell that starts with "-" or "+" reads as a formula to a spreadsheet, so
 * `csvField` had to prefix it with an apostrophe that then showed in the data.
 */
function wordChanges(row: Row): string {
  if (!row.words) return '';
  if (row.words.kind === 'rewritten') return `rewritten: ${row.words.reason}`;
  return changeGroups(row.words.ops)
    .map((g) =>
      g.deleted && g.inserted
        ? `${g.deleted} → ${g.inserted}`
        : g.deleted
          ? `deleted: ${g.deleted}`
          : `added: ${g.inserted}`,
    )
    .join('; ');
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
    wordChanges(row),
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
  const lines = [
    CSV_COLUMNS.join(','),
    ...c.rows.map((row) => record(row, sources).map(csvField).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
