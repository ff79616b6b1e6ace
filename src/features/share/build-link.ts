import { encodeView, isLongLink, linkLength } from '../../core/url/codec';
import { referencedVersions, type SharedNote, type ViewState } from '../../core/url/view-state';
import type { Version } from '../../core/model/types';

export interface LinkInput {
  state: ViewState;
  /** The page address without its query (origin + path): links work from any sub-path. */
  base: string;
  /** Versions that are not bundled (imports, drafts carried in the opened link). */
  extraVersions: readonly Version[];
  notes: readonly SharedNote[];
  includeNotes: boolean;
}

export interface BuiltLink {
  url: string;
  length: number;
  long: boolean;
  carriedDrafts: number;
  carriedNotes: number;
}

/**
 * The permalink for the current view. An imported draft being compared is always carried, so
 * the link works for someone who never imported it; notes only when the reader asks.
 */
export function buildLink({ state, base, extraVersions, notes, includeNotes }: LinkInput): BuiltLink {
  const referenced = new Set(referencedVersions(state));
  const drafts = extraVersions.filter((v) => referenced.has(v.id));
  const shownNotes = includeNotes ? notes.filter((n) => n.version === state.left || n.version === state.right) : [];
  const url = `${base}${encodeView(state, { notes: shownNotes, drafts })}`;
  return { url, length: linkLength(url), long: isLongLink(url), carriedDrafts: drafts.length, carriedNotes: shownNotes.length };
}
