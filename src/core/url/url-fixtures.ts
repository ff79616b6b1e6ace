/**
 * Test support for the codec tests: a small fixed set of "bundled" versions, fast-check
 * arbitraries of valid views and payloads, and the invariant every decoded view must satisfy.
 * Not imported by app code.
 */
import { isStatus, STATUSES } from '../compare/answer';
import fc from 'fast-check';
// Tests decode links with payloads: install the on-demand payload support.
import './payload';
import { parseVersionJson } from '../model/schema';
import { stripControls } from '../text/controls';
import { isTopic, TOPICS } from '../model/topics';
import { COMPLETENESS, type Source } from '../model/types';
import { decodeView, encodeView, type DecodedView, type KnownVersions } from './codec';
import { noticeText } from './notices';
import type { Panel, SharedDraft, SharedNote, ViewState } from './view-state';
import { VIEW_MODES } from './view-state';

/** Labels of the fixture versions (shapes like the bundled data: numbers, letters, roman). */
export const FIXTURE_LABELS: Readonly<Record<string, readonly string[]>> = {
  'us-28': [...Array.from({ length: 28 }, (_, i) => String(i + 1)), '21a'],
  'geneva-19': Array.from({ length: 19 }, (_, i) => String(i + 1)),
  'e3-counter': ['1', '2', '10a', '21a', 'IV'],
  'zelensky-20': Array.from({ length: 20 }, (_, i) => String(i + 1)),
  'statement-only': [],
};

export function makeKnown(
  labels: Readonly<Record<string, readonly string[]>> = FIXTURE_LABELS,
  defaults = { left: 'us-28', right: 'geneva-19' },
  drafts: readonly SharedDraft[] = [],
): KnownVersions {
  const sets = new Map(Object.entries(labels).map(([id, ls]) => [id, new Set(ls)]));
  for (const d of drafts) sets.set(d.id, new Set(d.points.map((p) => p.label)));
  return {
    versionIds: new Set(sets.keys()),
    labelsOf: (id) => sets.get(id),
    defaults,
    draftOf: (id) => drafts.find((d) => d.id === id),
  };
}

export const KNOWN = makeKnown();

/** The source a reader gave with an import, as the import dialog makes it. */
export function readerSource(id: string): Source {
  return {
    id,
    outlet: 'Reader source',
    url: `https://example.org/${id.toLowerCase()}`,
    date: '2025-11-30',
    holds: 'Given by the reader who imported this draft',
  };
}

/** A minimal valid imported draft, citing the one source it carries ("A1"). */
export function draft(id: string, labels: readonly string[]): SharedDraft {
  return {
    id,
    title: `Draft ${id}`,
    date: '2025-11-30',
    completeness: 'full-text',
    claimedPoints: labels.length,
    claimedBy: [],
    reportedBy: ['A1'],
    summary: 'Imported for a test.',
    points: labels.map((label) => ({
      label,
      text: `Point ${label}.`,
      topics: ['territory'],
      sources: ['A1'],
    })),
    ownSources: [readerSource('A1')],
  };
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** Non-empty text that survives the schema's trim unchanged. */
const trimmed = (maxLength: number) =>
  fc
    .string({ unit: 'binary', minLength: 1, maxLength })
    .map((s) => stripControls(s).text.trim())
    .filter((s) => s.length > 0);
/** Any text the schema accepts: it refuses control characters (core/text/controls.ts). */
const text = (maxLength: number) =>
  fc.string({ unit: 'binary', maxLength }).map((s) => stripControls(s).text);

const kebab = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);
const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Citations of some of the draft's own sources (a draft in a link may cite only those). */
const citing = (ids: readonly string[], minLength = 0) =>
  ids.length
    ? fc.subarray([...ids], { minLength: Math.min(minLength, ids.length) })
    : fc.constant<string[]>([]);

const pointArb = (ids: readonly string[]) =>
  fc.record(
    {
      label: trimmed(20), // ≤ 40 UTF-16 units even when every code point is astral
      text: trimmed(40),
      topics: fc.uniqueArray(fc.constantFrom(...TOPICS), { minLength: 1, maxLength: 3 }),
      sources: citing(ids, 1),
      flags: fc.array(
        fc.record({
          kind: fc.constantFrom('unverified' as const, 'disputed' as const),
          note: trimmed(30),
          sources: citing(ids),
        }),
        { maxLength: 2 },
      ),
      // Another reading must cite a source: only drafts that carry one have them.
      alternatives: ids.length
        ? fc.array(fc.record({ text: trimmed(30), sources: citing(ids, 1) }), { maxLength: 2 })
        : fc.constant<Array<{ text: string; sources: string[] }>>([]),
    },
    { requiredKeys: ['label', 'text', 'topics', 'sources'] },
  );

/** A valid imported draft whose id is none of the fixture versions, citing only its own sources. */
export const draftArb: fc.Arbitrary<SharedDraft> = fc
  .uniqueArray(fc.stringMatching(/^[A-Z][A-Z0-9]{0,3}$/), { maxLength: 3 })
  .chain((ids) =>
    fc.record(
      {
        id: kebab.map((s) => `draft-${s}`),
        title: trimmed(60),
        date: isoDate,
        dateLabel: trimmed(20),
        completeness: fc.constantFrom(...COMPLETENESS),
        claimedPoints: fc.option(fc.nat({ max: 40 }), { nil: null }),
        claimedBy: citing(ids),
        reportedBy: citing(ids),
        summary: text(40),
        basedOn: kebab,
        points: fc.uniqueArray(pointArb(ids), { selector: (p) => p.label, maxLength: 4 }),
        notes: fc.array(fc.record({ text: trimmed(30), sources: citing(ids) }), { maxLength: 2 }),
        ownSources: fc.constant(ids.map(readerSource)),
      },
      {
        requiredKeys: [
          'id',
          'title',
          'date',
          'completeness',
          'claimedPoints',
          'claimedBy',
          'reportedBy',
          'summary',
          'points',
          'ownSources',
        ],
      },
    ),
  )
  .filter((d) => parseVersionJson(d, 'arbitrary', 'import').ok);

export interface Scenario {
  known: KnownVersions;
  state: ViewState;
  notes: SharedNote[];
  drafts: SharedDraft[];
}

/** All ids and labels a scenario may refer to: the fixture versions plus its drafts. */
function labelTable(drafts: readonly SharedDraft[]): Map<string, readonly string[]> {
  const table = new Map<string, readonly string[]>(Object.entries(FIXTURE_LABELS));
  for (const d of drafts)
    table.set(
      d.id,
      d.points.map((p) => p.label),
    );
  return table;
}

function scenarioFor(drafts: SharedDraft[]): fc.Arbitrary<Scenario> {
  const table = labelTable(drafts);
  const ids = [...table.keys()];
  const withPoints = ids.filter((id) => (table.get(id)?.length ?? 0) > 0);
  const idArb = fc.constantFrom(...ids);
  const pointOf = (id: string) => fc.constantFrom(...(table.get(id) ?? []));
  const anyPoint: fc.Arbitrary<{ version: string; label: string } | null> =
    withPoints.length === 0
      ? fc.constant(null)
      : fc
          .constantFrom(...withPoints)
          .chain((version) => pointOf(version).map((label) => ({ version, label })));

  const panelArb: fc.Arbitrary<Panel> = fc.oneof(
    fc.constant({ kind: 'compare' as const }),
    fc
      .uniqueArray(idArb, { maxLength: 5 })
      .map((selected) => ({ kind: 'timeline' as const, selected })),
    anyPoint.map((p): Panel => (p ? { kind: 'history', ...p } : { kind: 'compare' })),
    fc.record({
      kind: fc.constant('matrix' as const),
      topic: fc.option(fc.constantFrom(...TOPICS), { nil: null }),
      version: fc.option(idArb, { nil: null }),
    }),
  );

  const stateArb = fc
    .record({
      left: idArb,
      right: idArb,
      mode: fc.constantFrom(...VIEW_MODES),
      hideUnchanged: fc.boolean(),
      topic: fc.option(fc.constantFrom(...TOPICS), { nil: null }),
      // A subset in the canonical order: the order the codec writes them in.
      statuses: fc.subarray([...STATUSES]),
      side: fc.constantFrom('left' as const, 'right' as const),
      wantFocus: fc.boolean(),
      panel: panelArb,
    })
    .chain(({ side, wantFocus, ...rest }) => {
      const labels = table.get(rest[side]) ?? [];
      const focus =
        wantFocus && labels.length > 0
          ? fc.constantFrom(...labels).map((label) => ({ side, label }))
          : fc.constant(null);
      return focus.map((f): ViewState => ({ ...rest, focus: f }));
    });

  const noteArb = anyPoint
    .filter((p): p is { version: string; label: string } => p !== null)
    .chain((p) =>
      fc.record({
        version: fc.constant(p.version),
        label: fc.constant(p.label),
        text: fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }),
        createdAt: fc
          .date({ min: new Date('2020-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString()),
      }),
    );

  return fc.record({
    known: fc.constant(KNOWN),
    state: stateArb,
    notes: withPoints.length ? fc.array(noteArb, { maxLength: 4 }) : fc.constant([]),
    drafts: fc.constant(drafts),
  });
}

/** A valid view with valid payloads: the fixture versions plus 0–2 carried drafts. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .uniqueArray(draftArb, { selector: (d) => d.id, maxLength: 2 })
  // As the viewer writes them: no two drafts carry a source under the same id (viewer-data.ts).
  .filter((ds) => {
    const ids = ds.flatMap((d) => (d.ownSources ?? []).map((s) => s.id));
    return new Set(ids).size === ids.length;
  })
  .chain(scenarioFor);

// ---------------------------------------------------------------------------------------------
// Invariants

/** Every problem with a decoded view; empty when it is a view the page can show. */
export function problemsOf(decoded: DecodedView, known: KnownVersions): string[] {
  const problems: string[] = [];
  const { state, shared, notices } = decoded;
  const draftIds = shared.drafts.map((d) => d.id);
  const isKnown = (id: string) => known.versionIds.has(id) || draftIds.includes(id);
  const labels = (id: string): ReadonlySet<string> | undefined => {
    const d = shared.drafts.find((x) => x.id === id);
    return d ? new Set(d.points.map((p) => p.label)) : known.labelsOf(id);
  };
  const hasPoint = (id: string, label: string) => isKnown(id) && (labels(id)?.has(label) ?? false);

  if (!isKnown(state.left)) problems.push(`unknown left ${state.left}`);
  if (!isKnown(state.right)) problems.push(`unknown right ${state.right}`);
  if (!VIEW_MODES.includes(state.mode)) problems.push(`bad mode ${String(state.mode)}`);
  if (typeof state.hideUnchanged !== 'boolean') problems.push('bad hideUnchanged');
  if (state.topic !== null && !isTopic(state.topic))
    problems.push(`bad topic ${String(state.topic)}`);
  if (!state.statuses.every(isStatus)) problems.push('bad status');
  if (state.focus && !hasPoint(state[state.focus.side], state.focus.label))
    problems.push(`focus ${state.focus.label} not in ${state[state.focus.side]}`);
  const { panel } = state;
  if (panel.kind === 'timeline') {
    if (!panel.selected.every(isKnown)) problems.push('unknown timeline version');
    if (new Set(panel.selected).size !== panel.selected.length)
      problems.push('repeated timeline version');
  } else if (panel.kind === 'history') {
    if (!hasPoint(panel.version, panel.label)) problems.push('history point does not exist');
  } else if (panel.kind === 'matrix') {
    if (panel.topic !== null && !isTopic(panel.topic)) problems.push('bad matrix topic');
    if (panel.version !== null && !isKnown(panel.version)) problems.push('unknown matrix version');
  } else if (panel.kind !== 'compare') problems.push('bad panel');
  for (const n of shared.notes)
    if (!hasPoint(n.version, n.label)) problems.push('orphan note kept');
  for (const d of shared.drafts) {
    if (known.versionIds.has(d.id)) problems.push(`draft ${d.id} shadows a known version`);
    if (!parseVersionJson(d, 'decoded', 'import').ok) problems.push(`draft ${d.id} is not valid`);
  }
  if (new Set(draftIds).size !== draftIds.length) problems.push('repeated draft id');
  for (const n of notices) {
    if (n.kind === 'unreadable') problems.push('decoder caught an internal error');
    if (!noticeText(n).trim()) problems.push(`empty notice text for ${n.kind}`);
  }
  // What the decoder returns is canonical: writing it again and reading it back is silent and exact.
  const again = decodeView(encodeView(state, shared), known);
  if (again.notices.length)
    problems.push(`re-decoding gave notices: ${again.notices.map((n) => n.kind).join(', ')}`);
  if (JSON.stringify(again.state) !== JSON.stringify(state))
    problems.push('re-decoding changed the state');
  return problems;
}
