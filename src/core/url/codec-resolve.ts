/**
 * Reading a link, step 2: a `LinkRequest` (codec-read.ts) checked against what the viewer has.
 * Drafts the link carries first (they are versions the rest may name), then the sides, the
 * focused point, the panel, and the notes and decisions on points. Whatever is dropped becomes a
 * `Notice`; every version in the result is known or carried.
 */
import type { VersionId } from '../model/types';
import { resolveDrafts, resolveOnPoints, type Checks } from './codec-payloads';
import type { LinkRequest } from './codec-read';
import type { DecodedView, KnownVersions } from './decoded-view';
import type { Notice } from './notices';
import { payloadSupport } from './payload-support';
import { defaultView, type Panel, type Side, type ViewState } from './view-state';

const MAX_TIMELINE_NOTICES = 5;

/**
 * The two sides: an unknown or missing side falls back to its default, or to the other default
 * when that would compare a version with itself.
 */
function resolveSides(
  request: LinkRequest,
  { defaults }: KnownVersions,
  { isKnown }: Checks,
  notices: Notice[],
): { left: VersionId; right: VersionId; fellBack: Record<Side, boolean> } {
  const fallbackFor = (side: Side, other: string | undefined) => {
    const preferred = defaults[side];
    const alternative = defaults[side === 'left' ? 'right' : 'left'];
    return preferred === other && alternative !== other ? alternative : preferred;
  };
  let left = request.left !== undefined && isKnown(request.left) ? request.left : undefined;
  let right = request.right !== undefined && isKnown(request.right) ? request.right : undefined;
  const fellBack = { left: left === undefined, right: right === undefined };
  left ??= fallbackFor('left', right);
  right ??= fallbackFor('right', left);
  const anyParam = Object.keys(request).some((key) => key !== 'checksummed');
  for (const side of ['left', 'right'] as const) {
    if (!fellBack[side]) continue;
    const asked = request[side];
    const fallback = side === 'left' ? left : right;
    if (asked !== undefined)
      notices.push({ kind: 'unknown-version', where: side, value: asked, fallback });
    else if (anyParam) notices.push({ kind: 'missing-version', side, fallback });
  }
  return { left, right, fellBack };
}

/** The panel asked for, checked; `null`: the default (the comparison). */
function resolvePanel(
  panel: Panel,
  { isKnown, hasPoint }: Checks,
  notices: Notice[],
): Panel | null {
  switch (panel.kind) {
    case 'compare':
      return null;
    case 'timeline': {
      // Sets: a hostile link may list thousands of ids. Each unknown id is reported once, and at
      // most MAX_TIMELINE_NOTICES of them, so the notice list stays readable.
      const selected = new Set<string>();
      const unknown = new Set<string>();
      for (const id of panel.selected) (isKnown(id) ? selected : unknown).add(id);
      for (const id of [...unknown].slice(0, MAX_TIMELINE_NOTICES))
        notices.push({ kind: 'unknown-version', where: 'timeline', value: id, fallback: null });
      return { kind: 'timeline', selected: [...selected] };
    }
    case 'history':
      if (!isKnown(panel.version)) {
        notices.push({
          kind: 'unknown-version',
          where: 'history',
          value: panel.version,
          fallback: null,
        });
        return null;
      }
      if (!hasPoint(panel.version, panel.label)) {
        notices.push({
          kind: 'unknown-point',
          where: 'history',
          version: panel.version,
          label: panel.label,
        });
        return null;
      }
      return { kind: 'history', version: panel.version, label: panel.label };
    case 'matrix': {
      let version = panel.version;
      if (version !== null && !isKnown(version)) {
        notices.push({ kind: 'unknown-version', where: 'matrix', value: version, fallback: null });
        version = null;
      }
      return { kind: 'matrix', topic: panel.topic, version };
    }
    default: {
      const never: never = panel;
      return never;
    }
  }
}

/** A request checked against `known`: the view to show, what it carries, and what was dropped. */
export function resolve(
  request: LinkRequest,
  known: KnownVersions,
  notices: Notice[],
): DecodedView {
  // Drafts first: a draft the link carries is a version the rest of the link may name.
  const drafts = resolveDrafts(request, known, notices);
  const awaiting = new Set<VersionId>();
  const checks: Checks = {
    isKnown: (id) => known.versionIds.has(id) || drafts.some((d) => d.id === id),
    hasPoint: (id, label) => {
      const draft = drafts.find((d) => d.id === id);
      if (draft) return draft.points.some((p) => p.label === label);
      if (!known.versionIds.has(id)) return false;
      const labels = known.labelsOf(id);
      if (labels) return labels.has(label);
      // Not loaded yet: keep the point until the version's labels are here.
      awaiting.add(id);
      return true;
    },
  };

  const { left, right, fellBack } = resolveSides(request, known, checks, notices);
  const state: ViewState = { ...defaultView(known.defaults), left, right };
  if (request.mode) state.mode = request.mode;
  if (request.hideUnchanged !== undefined) state.hideUnchanged = request.hideUnchanged;
  if (request.topic) state.topic = request.topic;
  if (request.statuses) state.statuses = request.statuses;

  if (request.focus) {
    const { side, label } = request.focus;
    const version = state[side];
    if (!fellBack[side] && checks.hasPoint(version, label)) state.focus = { side, label };
    else
      notices.push({
        kind: 'unknown-point',
        where: 'focus',
        version: request[side] ?? version,
        label,
      });
  }

  const panel = request.panel ? resolvePanel(request.panel, checks, notices) : null;
  if (panel) state.panel = panel;

  const { notes, decisions } = resolveOnPoints(request, checks, notices);
  const pending =
    (request.notes !== undefined ||
      request.drafts !== undefined ||
      request.decisions !== undefined) &&
    !payloadSupport();
  return {
    state,
    shared: { notes, drafts, decisions },
    notices,
    pending,
    awaiting: [...awaiting],
  };
}
