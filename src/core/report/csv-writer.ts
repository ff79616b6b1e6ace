/**
 * CSV for every table the viewer writes (the comparison, the point history, the topic matrix):
 * RFC 4180 records joined by CRLF, every field guarded against spreadsheet formulas. Deterministic,
 * so the page download and the CLI give the same bytes.
 */
import type { WordDiff } from '../diff/words';
import { changeGroups } from './common';

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

/** A header and its records as one CSV text: fields guarded (`csvField`), CRLF after every record. */
export function csvTable(
  header: readonly string[],
  records: readonly (readonly string[])[],
): string {
  return `${[header, ...records].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * A word diff in one cell, in words: "600,000 → 800,000; deleted: personnel; added: in
 * peacetime". Not "-600,000 +800,000": a cell that starts with "-" or "+" reads as a formula to a
 * spreadsheet, so `csvField` would prefix it with an apostrophe that then shows in the data.
 */
export function wordChangesCell(words: WordDiff): string {
  if (words.kind === 'rewritten') return `rewritten: ${words.reason}`;
  return changeGroups(words.ops)
    .map((g) =>
      g.deleted && g.inserted
        ? `${g.deleted} → ${g.inserted}`
        : g.deleted
          ? `deleted: ${g.deleted}`
          : `added: ${g.inserted}`,
    )
    .join('; ');
}
