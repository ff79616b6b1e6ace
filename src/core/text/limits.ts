/**
 * The one size policy for drafts that enter the app: a paste, a chosen or dropped file, a file on
 * the command line. Every limit is checked before the text is parsed, and every refusal names the
 * limit and the input's size ("This draft has 20,000 points; the limit is 10,000.").
 *
 * Why these figures (issue #17, measured with `npm run bench:import` and
 * tests/e2e/import-limits.e2e.ts, see README "Limits of an imported draft"):
 * - points: a 10,000-point draft is read, checked and compared with a 3,000-point version in the
 *   worker in about 1–2 s on a 2-core machine, and the virtual list keeps scrolling under the
 *   200 ms long-task line; newsrooms' longest texts (treaties, resolutions) run to a few thousand
 *   articles, so 10,000 leaves room without inviting inputs nobody can review.
 * - bytes: 5 MB holds 10,000 points of ~500 characters in any script (Cyrillic is 2 bytes a letter).
 * - lines: bounds the parser's work (it looks at every line several times) for texts of many short
 *   lines that stay under the byte limit.
 * - pointChars: one point up to 20,000 characters, as the version schema allows (schema.ts).
 * - jsonDepth: a version file is at most 6 levels deep (version › points › point › flags › flag ›
 *   sources); 16 leaves room and refuses pathological nesting before `JSON.parse` sees it.
 */
export const IMPORT_LIMITS = {
  bytes: 5 * 1024 * 1024,
  lines: 100_000,
  points: 10_000,
  pointChars: 20_000,
  jsonDepth: 16,
} as const;

export type ImportLimits = typeof IMPORT_LIMITS;

const count = (n: number): string => n.toLocaleString('en');

/** "5 MB", "12.0 MB", "400 KB", "812 bytes": binary units, as file managers show them. */
export function formatBytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  if (bytes >= 1024 * 1024) return Number.isInteger(mb) ? `${mb} MB` : `${mb.toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/** The limits in one sentence, for the dialog (shown before the reader pastes) and `--help`. */
export function limitsSentence(limits: ImportLimits = IMPORT_LIMITS): string {
  return (
    `Up to ${formatBytes(limits.bytes)}, ${count(limits.lines)} lines and ${count(limits.points)} points ` +
    `(${count(limits.pointChars)} characters per point); JSON files up to ${limits.jsonDepth} levels deep.`
  );
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, controls included
const ASCII = /^[\u0000-\u007f]*$/;

/** UTF-8 length of a string without encoding it (a pasted text has no byte size of its own). */
export function utf8Length(text: string): number {
  // One native scan settles the common case (English text, generated input) in milliseconds.
  if (ASCII.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** `what` is "This file" or "The pasted text"; null when within the limit. */
export function bytesProblem(
  bytes: number,
  what: string,
  limits: ImportLimits = IMPORT_LIMITS,
): string | null {
  return bytes > limits.bytes
    ? `${what} is ${formatBytes(bytes)}; the limit is ${formatBytes(limits.bytes)}. Import the draft in parts.`
    : null;
}

/** Number of lines, counting a last line without a newline; stops counting past the limit. */
export function countLines(text: string, stopAbove = Infinity): number {
  if (text === '') return 0;
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0 && lines <= stopAbove; i = text.indexOf('\n', i + 1))
    lines++;
  return lines;
}

export function linesProblem(lines: number, limits: ImportLimits = IMPORT_LIMITS): string | null {
  return lines > limits.lines
    ? `This draft has ${count(lines)} lines; the limit is ${count(limits.lines)}. Import it in parts.`
    : null;
}

export function pointsProblem(points: number, limits: ImportLimits = IMPORT_LIMITS): string | null {
  return points > limits.points
    ? `This draft has ${count(points)} points; the limit is ${count(limits.points)}. Import it in parts.`
    : null;
}

/** A point too long to be one point: usually numbering the parser could not see. */
export function pointLengthProblem(
  label: string,
  chars: number,
  line: number | undefined,
  limits: ImportLimits = IMPORT_LIMITS,
): string | null {
  if (chars <= limits.pointChars) return null;
  const at = line === undefined ? '' : ` (from line ${count(line)})`;
  return `Point ${label}${at} has ${count(chars)} characters; the limit is ${count(limits.pointChars)} per point. Check its numbering, or choose another numbering style.`;
}
