/**
 * What the decoder ignored in a link, and why. A bad link is a normal outcome, not an error
 * (style brief §3.3 principle 7): the page opens a sensible view and says, once, what it left out
 * (hypothesis/h#3154: a link that silently shows nothing is the failure to avoid).
 *
 * Notices are data; `noticeText` turns one into a sentence. Core knows no version titles, so the
 * caller may pass `titleOf` to name versions ("US 28-point draft") instead of ids.
 */
import type { SourceId, VersionId } from '../model/types';
import { isolateText } from '../text/isolate';

/** Where in the view a version id was asked for. */
export type VersionSlot = 'left' | 'right' | 'timeline' | 'history' | 'matrix';

/** The URL parameters that open a panel (see codec.ts). */
export type PanelParam = 'tl' | 'ph' | 'mx';

export type PayloadName = 'notes' | 'drafts';

export type Notice =
  /** `v` names a format this viewer does not know; the rest was read as the current format. */
  | { kind: 'unknown-format'; value: string }
  /** A parameter whose value cannot be read (`m=sideways`, `h=maybe`, `t=weather`, `p=21a`). */
  | { kind: 'invalid-param'; param: string; value: string }
  /** The link names no version for one side. */
  | { kind: 'missing-version'; side: 'left' | 'right'; fallback: VersionId }
  /** The link names a version this viewer does not have; `fallback` is shown instead, or nothing when `null`. */
  | { kind: 'unknown-version'; where: VersionSlot; value: string; fallback: VersionId | null }
  /** The version exists but has no point with this label. */
  | { kind: 'unknown-point'; where: 'focus' | 'history'; version: VersionId; label: string }
  /** More than one panel was asked for; the first in `tl`, `ph`, `mx` order was opened. */
  | { kind: 'conflicting-panels'; used: PanelParam; ignored: PanelParam[] }
  /** A whole compressed payload was dropped: cut short or altered, not valid, or too long to read. */
  | { kind: 'bad-payload'; payload: PayloadName; problem: 'corrupt' | 'invalid' | 'too-long' }
  /** Some entries of a payload were not valid and were dropped; the others were kept. */
  | { kind: 'invalid-items'; payload: PayloadName; count: number }
  /** Notes about versions or points this viewer does not have. */
  | { kind: 'orphan-notes'; count: number }
  /** A draft in the link has the id of a version the viewer already has; the viewer's own copy is shown. */
  | { kind: 'draft-conflict'; id: VersionId }
  /** A payload in a format 1 link: read, but it has no checksum, so damage to it cannot be detected. */
  | { kind: 'unchecked-payload'; payload: PayloadName }
  /**
   * A draft in the link cited sources it does not carry (`refused`: those citations were removed,
   * and `removedReadings` readings that cited nothing else), or carried sources under ids this viewer
   * already uses (`renamed`): a shared draft can cite only its own sources (model/own-sources.ts).
   */
  | {
      kind: 'draft-sources';
      id: VersionId;
      refused: SourceId[];
      renamed: SourceId[];
      removedReadings: number;
    }
  /** Something unforeseen went wrong while reading the link; the default view is shown. */
  | { kind: 'unreadable' };

export type NoticeKind = Notice['kind'];

const PANEL_NAMES: Record<PanelParam, string> = {
  tl: 'timeline',
  ph: 'point history',
  mx: 'topic matrix',
};

const SLOT_NAMES: Record<VersionSlot, string> = {
  left: 'left-hand version',
  right: 'right-hand version',
  timeline: 'timeline selection',
  history: 'point history',
  matrix: 'topic matrix',
};

/**
 * Link text is untrusted and may be long: quote at most 60 characters of it, isolated (FSI … PDI,
 * Unicode Bidirectional Algorithm §2.7) so that bidi controls in it cannot reorder the sentence.
 */
function quote(value: string): string {
  const clipped = value.length > 60 ? `${value.slice(0, 59)}…` : value;
  return `“${isolateText(clipped)}”`;
}

/** At most five ids, quoted: "“A1”, “N5” and 3 more". */
function idList(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).map(quote).join(', ');
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** One sentence saying what was ignored and what is shown instead. */
export function noticeText(
  notice: Notice,
  titleOf: (id: VersionId) => string | undefined = () => undefined,
): string {
  const name = (id: VersionId) => {
    const title = titleOf(id);
    return title === undefined ? quote(id) : isolateText(title);
  };
  switch (notice.kind) {
    case 'unknown-format':
      return `This link uses a format this viewer does not know (version ${quote(notice.value)}); parts of it may have been ignored.`;
    case 'invalid-param':
      return `Ignored an unreadable setting in the link (${notice.param}=${quote(notice.value)}).`;
    case 'missing-version':
      return `The link names no ${SLOT_NAMES[notice.side]}; showing ${name(notice.fallback)}.`;
    case 'unknown-version':
      return notice.fallback === null
        ? `Unknown version ${quote(notice.value)} in the ${SLOT_NAMES[notice.where]} of the link; it was left out.`
        : `Unknown version ${quote(notice.value)} in the link; showing ${name(notice.fallback)} instead.`;
    case 'unknown-point':
      return `${name(notice.version)} has no point ${quote(notice.label)}; ${
        notice.where === 'focus' ? 'no point is focused' : 'the point history was not opened'
      }.`;
    case 'conflicting-panels':
      return `The link asks for several panels; opened the ${PANEL_NAMES[notice.used]} and ignored the ${notice.ignored
        .map((p) => PANEL_NAMES[p])
        .join(' and ')}.`;
    case 'bad-payload': {
      const what = notice.payload === 'notes' ? 'The notes' : 'The imported drafts';
      const why = {
        corrupt: 'are damaged (the link may have been cut short or altered)',
        invalid: 'are not in a form this viewer can read',
        'too-long': 'are too long to read safely',
      }[notice.problem];
      return `${what} carried in the link ${why}; they were left out.`;
    }
    case 'invalid-items':
      return `Left out ${plural(notice.count, notice.payload === 'notes' ? 'note' : 'draft', notice.payload)} in the link that could not be read.`;
    case 'orphan-notes':
      return `Left out ${plural(notice.count, 'note', 'notes')} in the link about points this viewer does not have.`;
    case 'draft-conflict':
      return `The link carries its own copy of ${name(notice.id)}; your copy is shown instead.`;
    case 'unchecked-payload':
      return `${notice.payload === 'notes' ? 'The notes' : 'The imported drafts'} in this link carry no checksum (an older version of this viewer made the link), so damage to them cannot be detected.`;
    case 'draft-sources': {
      const parts: string[] = [];
      if (notice.refused.length)
        parts.push(
          `it cited sources it does not carry (${idList(notice.refused)}); a shared draft can cite only its own sources, so those citations were removed${
            notice.removedReadings
              ? `, with ${plural(notice.removedReadings, 'reading', 'readings')} that cited nothing else`
              : ''
          }`,
        );
      if (notice.renamed.length)
        parts.push(
          `its own sources ${idList(notice.renamed)} had ids this viewer already uses and were renamed, so they cannot be taken for this viewer's sources`,
        );
      return `${name(notice.id)} came in the link: ${parts.join('; ')}. Its sources are given by the sender and not checked.`;
    }
    case 'unreadable':
      return 'This link could not be read; showing the default comparison.';
    default: {
      const never: never = notice;
      return never;
    }
  }
}
