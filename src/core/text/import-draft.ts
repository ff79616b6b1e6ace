/**
 * A reader's new draft (pasted text, a .txt/.md file, or a JSON file in the data format) turned
 * into a version they can compare at once. Pure: the dialog, the CLI and tests share it.
 */
import { parseVersionJson } from '../model/schema';
import type { Source, Version } from '../model/types';
import { textDraftToVersion, type TextDraft } from './draft-version';
import type { DraftStyle, ParseResult } from './parse-draft';

/** Files larger than this are refused before reading (issue #6). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportInput {
  text: string;
  /** The file the text came from, when it came from a file. */
  fileName?: string;
  title: string;
  /** ISO date. */
  date: string;
  outlet?: string;
  url?: string;
  style?: DraftStyle;
  /** Makes the reader's source id unique among their imports. */
  sourceId: string;
}

export type ImportOutcome =
  | { ok: true; version: Version; parse: ParseResult | null }
  | { ok: false; errors: string[]; parse: ParseResult | null };

/** A JSON file in the data format, or text that looks like JSON. */
export function looksLikeJson(text: string, fileName?: string): boolean {
  if (fileName) return /\.json$/i.test(fileName);
  return /^\s*\{/.test(text) && /\}\s*$/.test(text);
}

/**
 * Bytes that cannot be a text draft: a NUL byte, or many control characters. Checked before
 * decoding so a PDF or an image gets a clear message instead of a page of mojibake.
 */
export function binaryProblem(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0)
      return 'This file is binary (it contains NUL bytes), not text. Paste the text or choose a .txt, .md or .json file.';
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length && control / sample.length > 0.05
    ? 'This file does not look like text (too many control characters). Paste the text or choose a .txt, .md or .json file.'
    : null;
}

export function sizeProblem(bytes: number): string | null {
  return bytes > MAX_IMPORT_BYTES
    ? `This file is ${(bytes / 1024 / 1024).toFixed(1)} MB; drafts up to 5 MB can be imported.`
    : null;
}

function readerSource(input: ImportInput): Source | null {
  const outlet = input.outlet?.trim();
  const url = input.url?.trim();
  if (!outlet && !url) return null;
  return {
    id: input.sourceId,
    outlet: outlet || new URL(url!).hostname,
    url: url!,
    date: input.date,
    holds: 'Given by the reader who imported this draft',
  };
}

/** The problems with the optional outlet and link; the link must be https (it becomes a link). */
export function sourceProblems(input: Pick<ImportInput, 'outlet' | 'url'>): string[] {
  const url = input.url?.trim();
  if (!url)
    return input.outlet?.trim()
      ? ['Link: add the https:// address where the outlet reported this draft.']
      : [];
  try {
    if (new URL(url).protocol !== 'https:') return ['Link: must start with https://'];
  } catch {
    return ['Link: not a valid web address (it must start with https://).'];
  }
  return [];
}

export function buildImport(input: ImportInput): ImportOutcome {
  const errors: string[] = [];
  if (!input.text.trim())
    return {
      ok: false,
      errors: ['The draft is empty: paste its text or choose a file.'],
      parse: null,
    };
  if (!input.title.trim()) errors.push('Title: give the draft a title.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date))
    errors.push('Date: give the date the draft was reported.');
  errors.push(...sourceProblems(input));

  if (looksLikeJson(input.text, input.fileName)) {
    let json: unknown;
    try {
      json = JSON.parse(input.text);
    } catch (e) {
      return {
        ok: false,
        errors: [`${input.fileName ?? 'JSON'}: not valid JSON (${(e as Error).message}).`],
        parse: null,
      };
    }
    const parsed = parseVersionJson(json, input.fileName ?? 'JSON draft', 'import');
    if (!parsed.ok) return { ok: false, errors: parsed.errors, parse: null };
    return { ok: true, version: parsed.value, parse: null };
  }

  const draft: TextDraft = textDraftToVersion(input.text, {
    id: 'imported-draft',
    fallbackTitle: input.title,
    date: input.date,
    ...(input.style ? { style: input.style } : {}),
  });
  if (draft.version.points.length === 0)
    errors.push(
      'No recognisable points: number the points ("1.", "2.", …) or separate them with blank lines.',
    );
  if (errors.length) return { ok: false, errors, parse: draft.parse };
  const source = readerSource(input);
  const version: Version = {
    ...draft.version,
    title: input.title.trim(),
    summary: `Imported by you: ${draft.version.points.length} points read from ${input.fileName ?? 'pasted text'}.`,
    reportedBy: source ? [source.id] : [],
    points: draft.version.points.map((p) => ({ ...p, sources: source ? [source.id] : [] })),
    ...(source ? { ownSources: [source] } : {}),
  };
  return { ok: true, version, parse: draft.parse };
}
