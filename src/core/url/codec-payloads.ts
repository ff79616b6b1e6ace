/**
 * Reading a link, the payloads it carries (drafts, notes, decisions): unpacked and checked by the
 * payload support (loaded on demand), drafts kept apart from the viewer's versions and sources,
 * notes and decisions kept only on points that exist. codec-resolve.ts checks the rest.
 */
import { pointParts, type SourceId } from '../model/types';
import type { LinkRequest } from './codec-read';
import type { KnownVersions } from './decoded-view';
import type { Notice, PayloadName } from './notices';
import { payloadSupport, type PayloadSupport, type Unpacked } from './payload-support';
import type { Shared, SharedDecision, SharedDraft, SharedNote } from './view-state';

/** What the checks of one request share: the versions known or carried, and the points. */
export interface Checks {
  isKnown: (id: string) => boolean;
  /** Whether a version has a point; a known version still loading keeps it, and is awaited. */
  hasPoint: (id: string, label: string) => boolean;
}

/** Structural equality of JSON values (drafts are JSON). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

function readPayload<T>(
  name: PayloadName,
  raw: string | undefined,
  checksummed: boolean,
  check: (support: PayloadSupport, value: unknown) => { items: T[]; invalid: number } | null,
  notices: Notice[],
): T[] {
  const support = payloadSupport();
  if (raw === undefined || !support) return [];
  const unpacked: Unpacked = support.unpack(raw, checksummed);
  if (!unpacked.ok) {
    notices.push({ kind: 'bad-payload', payload: name, problem: unpacked.problem });
    return [];
  }
  const checked = check(support, unpacked.value);
  if (!checked) {
    notices.push({ kind: 'bad-payload', payload: name, problem: 'invalid' });
    return [];
  }
  if (checked.invalid > 0)
    notices.push({ kind: 'invalid-items', payload: name, count: checked.invalid });
  if (!checksummed && checked.items.length > 0)
    notices.push({ kind: 'unchecked-payload', payload: name });
  return checked.items;
}

/** The drafts a link carries, minus those whose ids the viewer has, their sources isolated. */
export function resolveDrafts(
  request: LinkRequest,
  known: KnownVersions,
  notices: Notice[],
): SharedDraft[] {
  const drafts: SharedDraft[] = [];
  // Source ids taken by the register and by the drafts accepted so far.
  const carriedSources = new Set<SourceId>();
  const takenSource = (id: SourceId) => carriedSources.has(id) || (known.hasSource?.(id) ?? false);
  for (const draft of readPayload(
    'drafts',
    request.drafts,
    request.checksummed === true,
    (sp, v) => sp.checkDrafts(v),
    notices,
  )) {
    if (known.versionIds.has(draft.id)) {
      if (!sameJson(known.draftOf?.(draft.id), draft))
        notices.push({ kind: 'draft-conflict', id: draft.id });
      continue;
    }
    // `readPayload` returned items, so the support is installed.
    const isolated = payloadSupport()!.isolateSources(draft, takenSource);
    for (const s of isolated.version.ownSources ?? []) carriedSources.add(s.id);
    if (isolated.refused.length || isolated.renamed.length || isolated.removedReadings)
      notices.push({
        kind: 'draft-sources',
        id: draft.id,
        refused: isolated.refused,
        renamed: isolated.renamed.map((r) => r.from),
        removedReadings: isolated.removedReadings,
      });
    drafts.push(isolated.version);
  }
  return drafts;
}

/** The notes and decisions the link carries, minus those on points that do not exist. */
export function resolveOnPoints(
  request: LinkRequest,
  { hasPoint }: Checks,
  notices: Notice[],
): Pick<Shared, 'notes' | 'decisions'> {
  const checksummed = request.checksummed === true;
  const notes: SharedNote[] = [];
  let orphans = 0;
  for (const note of readPayload(
    'notes',
    request.notes,
    checksummed,
    (sp, v) => sp.checkNotes(v),
    notices,
  )) {
    if (hasPoint(note.version, note.label)) notes.push(note);
    else orphans++;
  }
  if (orphans) notices.push({ kind: 'orphan-notes', count: orphans });

  const decisions: SharedDecision[] = [];
  let orphanDecisions = 0;
  for (const decision of readPayload(
    'decisions',
    request.decisions,
    checksummed,
    (sp, v) => sp.checkDecisions(v),
    notices,
  )) {
    const known = [...decision.a, ...decision.b].every((id) => {
      const { version, label } = pointParts(id);
      return hasPoint(version, label);
    });
    if (known) decisions.push(decision);
    else orphanDecisions++;
  }
  if (orphanDecisions) notices.push({ kind: 'orphan-decisions', count: orphanDecisions });
  return { notes, decisions };
}
