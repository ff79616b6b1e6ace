/**
 * Everything a draft goes through before anyone sees it, in the order that keeps hostile input
 * cheap (issues #17, #18, #19): emptiness, the size limits (limits.ts) before any parsing; then
 * JSON (depth before `JSON.parse`, point count before the schema, the schema naming the field) or
 * text (the parser, the point limits, the schema); then the characters a reader should know about.
 *
 * Pure and synchronous: the import dialog runs it in a worker (src/worker/import-*.ts) with
 * progress, the CLI runs it in-process; both show the same messages.
 */
import { parseVersionJson, type SchemaLevel } from '../model/schema';
import type { Version } from '../model/types';
import { countInvisibles, hasInvisibles, invisiblesNotice, type Invisibles } from './controls';
import { depthMessage, jsonDepthProblem, jsonSyntaxAt } from './json-guard';
import {
  bytesProblem,
  countLines,
  IMPORT_LIMITS,
  linesProblem,
  pointLengthProblem,
  pointsProblem,
  utf8Length,
  type ImportLimits,
} from './limits';
import { parseDraftText, parseDraftTextAs, type DraftStyle, type ParseResult } from './parse-draft';

export interface DraftInput {
  text: string;
  /** The file the text came from: messages start with its name, and `.json` means JSON. */
  fileName?: string;
  /** Read as JSON or as text, whatever the name says (the CLI reads `{…}` files of any name). */
  format?: 'json' | 'text';
  /** Force a numbering style instead of guessing it. */
  style?: DraftStyle;
  /** Schema strictness for JSON drafts: `import` (the dialog) or `data` (the CLI's files). */
  level?: SchemaLevel;
  /** The file's size in bytes, when known; otherwise the text's UTF-8 length. */
  bytes?: number;
  /** How a line and column are written: `cli` "file:3:14: …", `prose` "file: line 3, column 14: …". */
  positions?: 'cli' | 'prose';
  limits?: ImportLimits;
}

/**
 * The outcome. `refused`: nothing was parsed (empty, over a limit, not JSON). `text` and `json`:
 * what was read; `problems` stop a save, `notices` are for the reader to know.
 */
export type DraftCheck =
  | { kind: 'refused'; problems: string[] }
  | { kind: 'text'; parse: ParseResult; problems: string[]; notices: string[] }
  | {
      kind: 'json';
      /** The validated version, or null when `problems` says why not. */
      version: Version | null;
      problems: string[];
      notices: string[];
    };

export type CheckProgress = (fraction: number, message: string) => void;

const EMPTY_PASTE = 'The draft is empty: paste its text or choose a file.';
export const NO_POINTS_PROBLEM =
  'No recognisable points: number the points ("1.", "2.", …) or separate them with blank lines.';

/** A JSON file in the data format, or pasted text that looks like a JSON object. */
export function looksLikeJson(text: string, fileName?: string): boolean {
  if (fileName) return /\.json$/i.test(fileName);
  return /^\s*\{/.test(text) && /\}\s*$/.test(text);
}

export function checkDraft(input: DraftInput, onProgress: CheckProgress = () => {}): DraftCheck {
  const limits = input.limits ?? IMPORT_LIMITS;
  const file = input.fileName;
  const at = (message: string, line?: number, column?: number): string => {
    const cli = input.positions === 'cli';
    const pos =
      line === undefined
        ? ''
        : cli
          ? `:${line}${column === undefined ? '' : `:${column}`}`
          : `line ${line}${column === undefined ? '' : `, column ${column}`}: `;
    if (cli) return `${file ?? 'draft'}${pos}: ${message}`;
    return `${file ? `${file}: ` : ''}${pos}${message}`;
  };
  const refused = (message: string, line?: number, column?: number): DraftCheck => ({
    kind: 'refused',
    problems: [at(message, line, column)],
  });

  const { text } = input;
  if (text.trim() === '') {
    if (!file) return { kind: 'refused', problems: [EMPTY_PASTE] };
    return refused(
      text === '' && !input.bytes
        ? 'the file is empty (0 bytes): there is no draft in it.'
        : 'the file holds only spaces and blank lines: there is no draft in it.',
    );
  }
  onProgress(0.01, 'Checking the size…');
  const bytes = input.bytes ?? utf8Length(text);
  const tooBig = bytesProblem(bytes, file ? 'This file' : 'The pasted text', limits);
  if (tooBig) return refused(tooBig);
  const tooLong = linesProblem(countLines(text, limits.lines), limits);
  if (tooLong) return refused(tooLong);

  const json = input.format ? input.format === 'json' : looksLikeJson(text, file);
  return json
    ? checkJson(text, input, limits, at, onProgress)
    : checkText(text, input, limits, at, onProgress);
}

type At = (message: string, line?: number, column?: number) => string;

function checkJson(
  text: string,
  input: DraftInput,
  limits: ImportLimits,
  at: At,
  onProgress: CheckProgress,
): DraftCheck {
  onProgress(0.05, 'Checking the nesting of the JSON…');
  const deep = jsonDepthProblem(text, limits.jsonDepth);
  if (deep)
    return {
      kind: 'refused',
      problems: [at(depthMessage(deep, limits.jsonDepth), deep.line, deep.column)],
    };
  onProgress(0.2, 'Reading the JSON…');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const syntax = jsonSyntaxAt(text, error);
    return { kind: 'refused', problems: [at(syntax.message, syntax.line, syntax.column)] };
  }
  // Own properties only: a key such as `__proto__` is data, never the prototype (issue #18).
  const points =
    json !== null && typeof json === 'object' && Object.hasOwn(json, 'points')
      ? (json as { points: unknown }).points
      : undefined;
  const tooMany = Array.isArray(points) ? pointsProblem(points.length, limits) : null;
  if (tooMany) return { kind: 'refused', problems: [at(tooMany)] };

  onProgress(
    0.5,
    `Checking ${Array.isArray(points) ? points.length.toLocaleString('en') : 'the'} points against the data format…`,
  );
  const where = input.fileName ?? 'JSON draft';
  const parsed = parseVersionJson(json, where, input.level ?? 'import');
  if (!parsed.ok) return { kind: 'json', version: null, problems: parsed.errors, notices: [] };
  onProgress(0.9, 'Looking for hidden characters…');
  return {
    kind: 'json',
    version: parsed.value,
    problems: [],
    notices: invisiblesIn(
      parsed.value.points.map((p) => ({ where: `point ${p.label}`, text: `${p.label} ${p.text}` })),
      parsed.value.title,
    ),
  };
}

function checkText(
  text: string,
  input: DraftInput,
  limits: ImportLimits,
  at: At,
  onProgress: CheckProgress,
): DraftCheck {
  const lines = countLines(text).toLocaleString('en');
  const options = {
    onProgress: (f: number) => onProgress(0.05 + 0.75 * f, `Reading ${lines} lines…`),
  };
  onProgress(0.05, `Reading ${lines} lines…`);
  const parse = input.style
    ? parseDraftTextAs(text, input.style, options)
    : parseDraftText(text, options);
  const tooMany = pointsProblem(parse.points.length, limits);
  if (tooMany) return { kind: 'refused', problems: [at(tooMany)] };

  onProgress(0.85, `Checking ${parse.points.length.toLocaleString('en')} points…`);
  const problems: string[] = [];
  if (parse.points.length === 0) problems.push(at(NO_POINTS_PROBLEM));
  for (const p of parse.points) {
    const long = pointLengthProblem(p.label, p.text.length, p.line, limits);
    if (long) problems.push(at(long));
  }
  if (problems.length === 0 && parse.points.length > 0) {
    // The schema is the last word on what a point may be (label and text rules).
    const candidate: Version = {
      id: 'imported-draft',
      title: 'Draft',
      date: '2000-01-01',
      completeness: 'partial-text',
      claimedPoints: null,
      claimedBy: [],
      reportedBy: [],
      summary: '',
      points: parse.points.map((p) => ({ label: p.label, text: p.text, topics: [], sources: [] })),
    };
    // A text's points carry no topics or sources of their own: the import level, whatever `level`.
    const checked = parseVersionJson(candidate, input.fileName ?? 'draft', 'import');
    if (!checked.ok) problems.push(...checked.errors);
  }
  onProgress(0.95, 'Looking for hidden characters…');
  return {
    kind: 'text',
    parse,
    problems,
    notices: invisiblesIn(
      parse.points.map((p) => ({ where: `point ${p.label} (line ${p.line})`, text: p.text })),
    ),
  };
}

/** The hidden-characters notice for a draft's texts (and its title), or none. */
function invisiblesIn(
  texts: ReadonlyArray<{ where: string; text: string }>,
  title?: string,
): string[] {
  const total: Invisibles = { bidi: 0, zeroWidth: 0 };
  const where: string[] = [];
  const add = (place: string, value: string) => {
    const found = countInvisibles(value);
    if (!hasInvisibles(found)) return;
    total.bidi += found.bidi;
    total.zeroWidth += found.zeroWidth;
    where.push(place);
  };
  if (title !== undefined) add('the title', title);
  for (const t of texts) add(t.where, t.text);
  return hasInvisibles(total) ? [invisiblesNotice(total, where)] : [];
}
