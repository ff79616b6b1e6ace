/**
 * A reader's new draft (pasted text, a .txt/.md file, or a JSON file in the data format) turned
 * into a version they can compare at once. Pure: the dialog, the CLI and tests share it.
 *
 * Two steps, so the expensive one can run in a worker: `checkDraft` (check-draft.ts) reads and
 * validates the text; `finishImport` adds what the reader said in the form (title, date, outlet,
 * how complete the text is) to the points read, without reading the text again.
 */
import type { Completeness, Source, Version } from '../model/types';
import { checkDraft, type DraftCheck } from './check-draft';
import type { DraftStyle, ParseResult } from './parse-draft';

/**
 * What the reader can say about how much of the draft they pasted (issue #11 §4). The default is
 * `partial-text`: a paste is rarely known to be the whole document, and a full-text claim makes
 * every point it lacks read as removed.
 */
export const IMPORT_COMPLETENESS = ['partial-text', 'full-text', 'point-summaries'] as const;
export type ImportCompleteness = (typeof IMPORT_COMPLETENESS)[number] & Completeness;
export const DEFAULT_IMPORT_COMPLETENESS: ImportCompleteness = 'partial-text';

/** What the form says about the draft. */
export interface ImportMeta {
  /** The file the text came from, when it came from a file. */
  fileName?: string;
  title: string;
  /** ISO date. */
  date: string;
  outlet?: string;
  url?: string;
  /** Makes the reader's source id unique among their imports. */
  sourceId: string;
  /** How complete the text is (text drafts; a JSON file states its own). Default partial. */
  completeness?: ImportCompleteness;
}

export interface ImportInput extends ImportMeta {
  text: string;
  style?: DraftStyle;
}

export type ImportOutcome =
  | { ok: true; version: Version; parse: ParseResult | null }
  | { ok: false; errors: string[]; parse: ParseResult | null };

function readerSource(input: ImportMeta): Source | null {
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
export function sourceProblems(input: Pick<ImportMeta, 'outlet' | 'url'>): string[] {
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

/** The form's own problems: title, date, outlet and link. */
function formProblems(meta: ImportMeta): string[] {
  const errors: string[] = [];
  if (!meta.title.trim()) errors.push('Title: give the draft a title.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meta.date))
    errors.push('Date: give the date the draft was reported.');
  errors.push(...sourceProblems(meta));
  return errors;
}

/**
 * The version to save from a checked draft and the form. A JSON file is its own version (title,
 * sources and completeness included); a text draft takes the form's title, date, outlet and
 * completeness, and cites the reader's outlet on every point.
 */
export function finishImport(check: DraftCheck, meta: ImportMeta): ImportOutcome {
  switch (check.kind) {
    case 'refused':
      return { ok: false, errors: check.problems, parse: null };
    case 'json':
      if (!check.version) return { ok: false, errors: check.problems, parse: null };
      return { ok: true, version: check.version, parse: null };
    case 'text': {
      const errors = [...check.problems, ...formProblems(meta)];
      if (errors.length) return { ok: false, errors, parse: check.parse };
      const source = readerSource(meta);
      const sources = source ? [source.id] : [];
      const points = check.parse.points;
      const version: Version = {
        id: 'imported-draft',
        title: meta.title.trim(),
        date: meta.date,
        completeness: meta.completeness ?? DEFAULT_IMPORT_COMPLETENESS,
        claimedPoints: null,
        claimedBy: [],
        reportedBy: sources,
        summary: `Imported by you: ${points.length} points read from ${meta.fileName ?? 'pasted text'}.`,
        points: points.map((p) => ({ label: p.label, text: p.text, topics: [], sources })),
        ...(source ? { ownSources: [source] } : {}),
      };
      return { ok: true, version, parse: check.parse };
    }
    default: {
      const never: never = check;
      return never;
    }
  }
}

/** Check and finish in one go (the CLI's and tests' way; the dialog checks in a worker). */
export function buildImport(input: ImportInput): ImportOutcome {
  return finishImport(
    checkDraft({
      text: input.text,
      ...(input.fileName ? { fileName: input.fileName } : {}),
      ...(input.style ? { style: input.style } : {}),
    }),
    input,
  );
}
