/**
 * What the URL owns: which versions are compared and how the comparison is shown. The store never
 * mirrors these fields (style brief §3.4, §3.6 "state kept in two places"); they are read from the
 * address bar through `decodeView` and written back through `encodeView`.
 *
 * Every kind is a discriminated union, so an impossible view (a matrix cell with a timeline
 * selection, a focus without a side) cannot be written down.
 */
import type { RowStatus } from '../compare/rows';
import type { Topic } from '../model/topics';
import type { Version, VersionId } from '../model/types';

export type Side = 'left' | 'right';

export const VIEW_MODES = ['side-by-side', 'inline'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** The focused point: a label of the version on one side. */
export interface Focus {
  side: Side;
  label: string;
}

/**
 * The secondary view laid over the comparison.
 * - `compare`: the plain two-version comparison (the default; nothing in the URL);
 * - `timeline`: the timeline, with the versions the reader has selected, in selection order;
 * - `history`: the history of one point across versions, starting from `label` in `version`;
 * - `matrix`: the point × version matrix, optionally with one cell (topic row, version column).
 */
export type Panel =
  | { kind: 'compare' }
  | { kind: 'timeline'; selected: VersionId[] }
  | { kind: 'history'; version: VersionId; label: string }
  | { kind: 'matrix'; topic: Topic | null; version: VersionId | null };

export type PanelKind = Panel['kind'];

export interface ViewState {
  left: VersionId;
  right: VersionId;
  mode: ViewMode;
  hideUnchanged: boolean;
  /** Show only points tagged with this topic; `null` shows all. */
  topic: Topic | null;
  /** Show only rows with these statuses (the counts in the bar are toggles); empty shows all. */
  statuses: RowStatus[];
  focus: Focus | null;
  panel: Panel;
}

/** A reader's note on a point, carried in a link when "Include my notes" is on. */
export interface SharedNote {
  version: VersionId;
  label: string;
  text: string;
  /** ISO date-time, UTC (`2025-11-24T09:30:00.000Z`). */
  createdAt: string;
}

/** An imported draft carried in a link, so the link works for someone who never imported it. */
export type SharedDraft = Version;

/** Payloads a link carries besides the view. Absent payloads decode as empty lists. */
export interface Shared {
  notes: SharedNote[];
  drafts: SharedDraft[];
}

/** The view a link without parameters opens: the two default versions, side by side. */
export function defaultView(defaults: { left: VersionId; right: VersionId }): ViewState {
  return {
    left: defaults.left,
    right: defaults.right,
    mode: 'side-by-side',
    hideUnchanged: false,
    topic: null,
    statuses: [],
    focus: null,
    panel: { kind: 'compare' },
  };
}

export type HistoryMode = 'push' | 'replace';

/**
 * Whether going from `prev` to `next` deserves its own history entry.
 *
 * Back should undo a *navigation*, not every toggle: changing a compared version, switching to a
 * different panel or opening the history of another point pushes; the mode, hide-unchanged, the
 * topic filter, the focused point, the timeline selection and the matrix cell replace
 * (style brief §3.4: "replaceState for focus and scroll changes and pushState for draft-pair
 * changes").
 */
export function historyModeFor(prev: ViewState, next: ViewState): HistoryMode {
  if (prev.left !== next.left || prev.right !== next.right) return 'push';
  if (prev.panel.kind !== next.panel.kind) return 'push';
  if (
    prev.panel.kind === 'history' &&
    next.panel.kind === 'history' &&
    (prev.panel.version !== next.panel.version || prev.panel.label !== next.panel.label)
  )
    return 'push';
  return 'replace';
}

/** Every version id the view refers to, without repeats: the drafts a link must carry come from these. */
export function referencedVersions(state: ViewState): VersionId[] {
  const ids = [state.left, state.right];
  const { panel } = state;
  switch (panel.kind) {
    case 'compare':
      break;
    case 'timeline':
      ids.push(...panel.selected);
      break;
    case 'history':
      ids.push(panel.version);
      break;
    case 'matrix':
      if (panel.version !== null) ids.push(panel.version);
      break;
    default: {
      const never: never = panel;
      return never;
    }
  }
  return [...new Set(ids)];
}
