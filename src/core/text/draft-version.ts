/**
 * A text draft as a `Version`, for comparing a pasted or saved draft with the data set (the CLI's
 * `.txt`/`.md` arguments; the import dialog can use it too). The points carry no topics and no
 * sources: they are the reader's text, not the project's sourced paraphrase, and are shown so.
 */
import type { Version } from '../model/types';
import {
  findDraftTitle,
  parseDraftText,
  parseDraftTextAs,
  type DraftStyle,
  type ParseResult,
} from './parse-draft';

/** What the caller knows about the draft beyond its text. */
export interface TextDraftMeta {
  /** The version id (kebab-case), e.g. from the file name. */
  id: string;
  /** Used when the text has no Markdown title heading. */
  fallbackTitle: string;
  /** ISO date of the draft (a file's modification date, the day of a paste). */
  date: string;
  /** Force a numbering style instead of guessing it. */
  style?: DraftStyle;
}

/** The version read from a text draft, with the parse (style and issues) it came from. */
export interface TextDraft {
  version: Version;
  parse: ParseResult;
}

/**
 * Reads a text draft into a version: title from its first non-numbered heading, else
 * `fallbackTitle`; `full-text`, no claimed count; one point per parsed point. Never throws; a
 * draft with no point gives a version with no points and a "no points found" error issue.
 */
export function textDraftToVersion(text: string, meta: TextDraftMeta): TextDraft {
  const parse = meta.style ? parseDraftTextAs(text, meta.style) : parseDraftText(text);
  return { version: versionFromParse(parse, text, meta), parse };
}

/** The version of a text already parsed (see `textDraftToVersion`), without parsing it again. */
export function versionFromParse(
  parse: ParseResult,
  text: string,
  meta: Omit<TextDraftMeta, 'style'>,
): Version {
  return {
    id: meta.id,
    title: findDraftTitle(text) ?? meta.fallbackTitle,
    date: meta.date,
    completeness: 'full-text',
    claimedPoints: null,
    claimedBy: [],
    reportedBy: [],
    summary: `A text draft read as ${parse.points.length} points.`,
    points: parse.points.map((p) => ({ label: p.label, text: p.text, topics: [], sources: [] })),
  };
}

/** A kebab-case id from a file name or title ("My Draft (v2).txt" → "my-draft-v2"); "draft" when nothing is left. */
export function slugId(name: string): string {
  return (
    name
      .replace(/\.[A-Za-z0-9]{1,9}$/, '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'draft'
  );
}
