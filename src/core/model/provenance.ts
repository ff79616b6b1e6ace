/**
 * Where a version on screen came from, and how a draft that arrived in a link is named so that it
 * can never pose as a reported version (issue #19): whatever its sender titled it, every view, the
 * exports and the print say "Shared draft, unverified" in words before the title.
 */
import { isolatedWhereNeeded } from '../text/isolate';
import type { Version } from './types';

/** `bundled`: the project's sourced data; `yours`: the reader's own import; `shared`: carried in a link. */
export type Provenance = 'bundled' | 'yours' | 'shared';

export const SHARED_DRAFT_MARK = 'Shared draft, unverified';

/**
 * `Shared draft, unverified: “US 29-point draft”`: the sender's title, quoted, after the mark, and
 * isolated if it could reorder the words around it (core/text/isolate.ts).
 */
export function sharedDraftTitle(title: string): string {
  return `${SHARED_DRAFT_MARK}: “${isolatedWhereNeeded(title)}”`;
}

/**
 * The copy of the reader's own import that the viewer shows: its title isolated where it could
 * reorder the words around it (a title shows in sentences, options and exports alike).
 */
export function asOwnImport(version: Version): Version {
  const title = isolatedWhereNeeded(version.title);
  return title === version.title ? version : { ...version, title };
}

/**
 * The copy of a draft carried in a link that the viewer shows: the title marked (above), and a
 * summary written by the sender's viewer for its own reader ("Imported by you: …") said of the
 * sender instead (issue #11 §4). The draft itself, as the link carries it, is not changed.
 */
export function asSharedDraft(version: Version): Version {
  return {
    ...version,
    title: sharedDraftTitle(version.title),
    summary: version.summary.replace(/^Imported by you\b/, 'Imported by the sender, unverified'),
  };
}
