/**
 * The permalink codec: `ViewState` ⇄ query string. Pure and total: `decodeView` never throws,
 * whatever the link holds, and every part it ignores comes back as a `Notice`
 * (TanStack Router's search-param doctrine: validate at the boundary, fall back per field).
 *
 * Formats 1 and 2. Defaults are left out, so a bundled comparison stays short and readable:
 * `?v=1&l=us-28&r=e3-counter&p=r.21a`. Format 2 differs from format 1 only in its payloads (`n`,
 * `d`), which carry a checksum (`<CRC-32, 8 hex digits>.<lz-string>`) so that a damaged payload is
 * refused instead of read as different text (issue #19). `encodeView` writes the oldest format
 * that can say the link: 1 without payloads (viewers deployed before format 2 open it too), 2 with.
 * Format 1 payloads (no checksum) are still read, with a notice that damage to them cannot be seen.
 *
 * | param | meaning                           | value                                     | default (omitted)  |
 * |-------|-----------------------------------|-------------------------------------------|--------------------|
 * | `v`   | format version                    | `1`, or `2` when `n` or `d` is written    | always written     |
 * | `l`   | left version                      | version id                                | always written     |
 * | `r`   | right version                     | version id                                | always written     |
 * | `m`   | display mode                      | `inline`                                  | side-by-side       |
 * | `h`   | hide unchanged points             | `1`                                       | shown              |
 * | `t`   | topic filter                      | topic id (`territory`)                    | all topics         |
 * | `s`   | status filter                     | statuses, comma-separated (`dropped,open`)| all statuses       |
 * | `p`   | focused point                     | `l.<label>` or `r.<label>` (`r.21a`)      | none               |
 * | `tl`  | timeline panel                    | selected ids, comma-separated (may be ``) | compare panel      |
 * | `ph`  | point-history panel               | `<version>:<label>` (`us-28:21a`)         | compare panel      |
 * | `mx`  | topic-matrix panel                | `[<topic>][:<version>]` (cell; may be ``) | compare panel      |
 * | `n`   | the reader's notes                | checksum `.` lz-string JSON, `SharedNote[]` | none             |
 * | `d`   | imported drafts                   | checksum `.` lz-string JSON, `Version[]`  | none               |
 * | `x`   | decisions on possible matches     | checksum `.` lz-string JSON, `MatchDecision[]` | none          |
 *
 * `l` and `r` are always written although the viewer has defaults: the defaults move when a newer
 * version is bundled, and a permalink must keep meaning what it meant. Unknown parameters (`utm_*`,
 * `fbclid`) are ignored silently; of a repeated parameter the first wins; a link without `v` is
 * read as the current format (so hand-typed links work).
 *
 * A draft carried in a link is the sender's data: it may cite only the sources it carries, and
 * those never take the id of a source this viewer has (`isolateSources`, with a notice).
 *
 * Adding format 3: write `readV3`, turn `readV2` into a migration that yields the same
 * `LinkRequest`, keep the frozen tables in codec.v1-links.test.ts and codec.v2-links.test.ts passing.
 */
import { isStatus, STATUSES } from '../compare/answer';
import type { RowStatus } from '../compare/rows';
import { isTopic, type Topic } from '../model/topics';
import { pointParts, type SourceId, type VersionId } from '../model/types';
import type { Notice, PanelParam, PayloadName } from './notices';
import { payloadSupport, type PayloadSupport, type Unpacked } from './payload-support';
import {
  defaultView,
  type Focus,
  type Panel,
  type Shared,
  type SharedDecision,
  type SharedDraft,
  type SharedNote,
  type Side,
  type ViewMode,
  type ViewState,
} from './view-state';

/** The newest format: what a link without `v` is read as, and what `encodeView` writes for payloads. */
export const FORMAT_VERSION = 2;
/** The format of links without payloads (format 2 changed only the payloads). */
const PLAIN_FORMAT_VERSION = 1;

/** Beyond this many characters, some chat apps, mail clients and servers cut links: warn before copying. */
export const LONG_LINK = 8000;

/** Length of a full link as it will be pasted (origin, path, query and hash). */
export function linkLength(url: string): number {
  return url.length;
}

export function isLongLink(url: string): boolean {
  return linkLength(url) > LONG_LINK;
}

/** What the viewer has: the decoder checks the link against it. */
export interface KnownVersions {
  versionIds: ReadonlySet<VersionId>;
  /**
   * The labels of a known version, or `undefined` while its points are still loading (issue #12:
   * a bundled version's points arrive on demand). A point of such a version is kept for now and
   * the version is listed in `DecodedView.awaiting`: decode again once it has loaded.
   */
  labelsOf(id: VersionId): ReadonlySet<string> | undefined;
  /** Opened when the link names no versions, and in place of unknown ones. */
  defaults: { left: VersionId; right: VersionId };
  /**
   * The content of a version the viewer holds as the reader's own import. A link carrying an
   * identical copy then passes silently (the reader's own reloads); any other draft whose id the
   * viewer already has is refused, so a link can never replace a bundled version's text.
   */
  draftOf?(id: VersionId): SharedDraft | undefined;
  /**
   * Whether the viewer's source register (bundled, and the reader's imports' own sources) holds
   * this id. A carried draft's own source with such an id is renamed, so it can never be shown as
   * the register's source.
   */
  hasSource?(id: SourceId): boolean;
}

export interface DecodedView {
  state: ViewState;
  shared: Shared;
  notices: Notice[];
  /**
   * The link carries notes or drafts and the payload support (lz-string + schemas, loaded on
   * demand so plain links never pay for it) is not installed yet: decode again once it is.
   */
  pending: boolean;
  /**
   * Known versions whose points the link refers to (a focused point, a point history, notes)
   * but whose labels are not loaded yet; their points are kept unchecked. Load these, then decode
   * again: only then is the view final.
   */
  awaiting: VersionId[];
}

// ---------------------------------------------------------------------------------------------
// Encoding

/**
 * Percent-escape a value, but keep `:` and `,` (legal in a query, RFC 3986 §3.4) readable: they
 * are the separators of `ph`, `mx` and `tl`. Lone surrogates, which `encodeURIComponent` refuses,
 * become U+FFFD.
 */
function escapeValue(value: string): string {
  const wellFormed = value.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
  return encodeURIComponent(wellFormed).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

function panelParam(panel: Panel): [PanelParam, string] | null {
  switch (panel.kind) {
    case 'compare':
      return null;
    case 'timeline':
      return ['tl', panel.selected.map(escapeValue).join(',')];
    case 'history':
      return ['ph', `${escapeValue(panel.version)}:${escapeValue(panel.label)}`];
    case 'matrix':
      return [
        'mx',
        `${panel.topic ?? ''}${panel.version === null ? '' : `:${escapeValue(panel.version)}`}`,
      ];
    default: {
      const never: never = panel;
      return never;
    }
  }
}

/**
 * The query string (with its `?`) for a view and the payloads the link should carry. Defaults are
 * left out; empty payloads are left out.
 */
export function encodeView(state: ViewState, shared?: Partial<Shared>): string {
  const payloads = Boolean(
    shared?.notes?.length || shared?.drafts?.length || shared?.decisions?.length,
  );
  const parts: string[] = [
    `v=${payloads ? FORMAT_VERSION : PLAIN_FORMAT_VERSION}`,
    `l=${escapeValue(state.left)}`,
    `r=${escapeValue(state.right)}`,
  ];
  if (state.mode !== 'side-by-side') parts.push(`m=${state.mode}`);
  if (state.hideUnchanged) parts.push('h=1');
  if (state.topic !== null) parts.push(`t=${state.topic}`);
  if (state.statuses.length)
    parts.push(`s=${STATUSES.filter((st) => state.statuses.includes(st)).join(',')}`);
  if (state.focus !== null)
    parts.push(`p=${state.focus.side[0]}.${escapeValue(state.focus.label)}`);
  const panel = panelParam(state.panel);
  if (panel) parts.push(`${panel[0]}=${panel[1]}`);
  // lz-string's URI alphabet needs no escaping; a `+` read back as a space is restored by lz-string.
  if (shared?.notes?.length) parts.push(`n=${requireSupport().pack(shared.notes)}`);
  if (shared?.drafts?.length) parts.push(`d=${requireSupport().pack(shared.drafts)}`);
  // Added within format 2: a viewer made before it ignores `x` like any unknown parameter.
  if (shared?.decisions?.length) parts.push(`x=${requireSupport().pack(shared.decisions)}`);
  return `?${parts.join('&')}`;
}

// ---------------------------------------------------------------------------------------------
// Decoding, step 1: the syntax of one format version → a format-independent request

/** What a link asks for, read but not yet checked against the versions the viewer has. */
export interface LinkRequest {
  left?: string;
  right?: string;
  mode?: ViewMode;
  hideUnchanged?: boolean;
  topic?: Topic;
  statuses?: RowStatus[];
  focus?: Focus;
  panel?: Panel;
  /** Compressed payloads as they stand in the link; unpacked and checked in `resolve`. */
  notes?: string;
  drafts?: string;
  decisions?: string;
  /** The payloads carry checksums (format 2 on); format 1 payloads have none. */
  checksummed?: boolean;
}

export type FormatDecoder = (params: URLSearchParams, notices: Notice[]) => LinkRequest;

const PANEL_PARAMS: readonly PanelParam[] = ['tl', 'ph', 'mx'];
const MAX_TIMELINE_NOTICES = 5;

function readV1(params: URLSearchParams, notices: Notice[]): LinkRequest {
  const request: LinkRequest = {};
  const invalid = (param: string, value: string) =>
    notices.push({ kind: 'invalid-param', param, value });

  for (const [param, side] of [
    ['l', 'left'],
    ['r', 'right'],
  ] as const) {
    const id = params.get(param);
    if (id) request[side] = id;
    else if (id === '') invalid(param, id);
  }

  const mode = params.get('m');
  if (mode === 'inline' || mode === 'side-by-side') request.mode = mode;
  else if (mode !== null) invalid('m', mode);

  const hide = params.get('h');
  if (hide === '1' || hide === '0') request.hideUnchanged = hide === '1';
  else if (hide !== null) invalid('h', hide);

  const topic = params.get('t');
  if (topic !== null && isTopic(topic)) request.topic = topic;
  else if (topic !== null) invalid('t', topic);

  const statuses = params.get('s');
  if (statuses !== null) {
    const names = statuses.split(',').filter((name) => name !== '');
    if (names.every(isStatus)) request.statuses = STATUSES.filter((st) => names.includes(st));
    else invalid('s', statuses);
  }

  const focus = params.get('p');
  const focusMatch = focus === null ? null : /^([lr])\.(.+)$/s.exec(focus);
  if (focusMatch)
    request.focus = { side: focusMatch[1] === 'l' ? 'left' : 'right', label: focusMatch[2] ?? '' };
  else if (focus !== null) invalid('p', focus);

  const present = PANEL_PARAMS.filter((p) => params.has(p));
  const [used, ...ignored] = present;
  if (used && ignored.length) notices.push({ kind: 'conflicting-panels', used, ignored });
  const value = used ? (params.get(used) ?? '') : '';
  if (used === 'tl') {
    request.panel = { kind: 'timeline', selected: value.split(',').filter((id) => id !== '') };
  } else if (used === 'ph') {
    const match = /^([^:]+):(.+)$/s.exec(value);
    if (match) request.panel = { kind: 'history', version: match[1] ?? '', label: match[2] ?? '' };
    else invalid('ph', value);
  } else if (used === 'mx') {
    const colon = value.indexOf(':');
    const topicPart = colon < 0 ? value : value.slice(0, colon);
    const versionPart = colon < 0 ? '' : value.slice(colon + 1);
    let cellTopic: Topic | null = null;
    if (isTopic(topicPart)) cellTopic = topicPart;
    else if (topicPart !== '') invalid('mx', value);
    request.panel = {
      kind: 'matrix',
      topic: cellTopic,
      version: versionPart === '' ? null : versionPart,
    };
  }

  const notes = params.get('n');
  const drafts = params.get('d');
  if (notes !== null) request.notes = notes;
  if (drafts !== null) request.drafts = drafts;
  // Only format 2 links carry decisions (they were added after format 1; readV2 keeps `x`).
  return request;
}

/** Format 2: the syntax of format 1; its payloads must carry a checksum. */
function readV2(params: URLSearchParams, notices: Notice[]): LinkRequest {
  const request: LinkRequest = { ...readV1(params, notices), checksummed: true };
  const decisions = params.get('x');
  if (decisions !== null) request.decisions = decisions;
  return request;
}

/**
 * One reader per format version ever shipped. A reader only parses syntax; checking against the
 * viewer's versions is shared (`resolve`), so a new format adds a reader, not a second checker.
 */
export const decoders: Readonly<Record<number, FormatDecoder>> = Object.freeze({
  1: readV1,
  2: readV2,
});

// ---------------------------------------------------------------------------------------------
// Decoding, step 2: check the request against what the viewer has

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

function requireSupport(): PayloadSupport {
  const support = payloadSupport();
  if (!support)
    throw new Error(
      'Load ./payload (installPayloadSupport) before encoding notes or drafts into a link.',
    );
  return support;
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

function resolve(request: LinkRequest, known: KnownVersions, notices: Notice[]): DecodedView {
  // Drafts first: a draft the link carries is a version the rest of the link may name.
  const checksummed = request.checksummed === true;
  const drafts: SharedDraft[] = [];
  // Source ids taken by the register and by the drafts accepted so far.
  const carriedSources = new Set<SourceId>();
  const takenSource = (id: SourceId) => carriedSources.has(id) || (known.hasSource?.(id) ?? false);
  for (const draft of readPayload(
    'drafts',
    request.drafts,
    checksummed,
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
  const isKnown = (id: string) => known.versionIds.has(id) || drafts.some((d) => d.id === id);
  const awaiting = new Set<VersionId>();
  const hasPoint = (id: string, label: string) => {
    const draft = drafts.find((d) => d.id === id);
    if (draft) return draft.points.some((p) => p.label === label);
    if (!known.versionIds.has(id)) return false;
    const labels = known.labelsOf(id);
    if (labels) return labels.has(label);
    // Not loaded yet: keep the point until the version's labels are here.
    awaiting.add(id);
    return true;
  };

  // Sides: an unknown or missing side falls back to its default, or to the other default when
  // that would compare a version with itself.
  const { defaults } = known;
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

  const state: ViewState = { ...defaultView(defaults), left, right };
  if (request.mode) state.mode = request.mode;
  if (request.hideUnchanged !== undefined) state.hideUnchanged = request.hideUnchanged;
  if (request.topic) state.topic = request.topic;
  if (request.statuses) state.statuses = request.statuses;

  if (request.focus) {
    const { side, label } = request.focus;
    const version = state[side];
    if (!fellBack[side] && hasPoint(version, label)) state.focus = { side, label };
    else
      notices.push({
        kind: 'unknown-point',
        where: 'focus',
        version: request[side] ?? version,
        label,
      });
  }

  const panel = request.panel;
  if (panel?.kind === 'timeline') {
    // Sets: a hostile link may list thousands of ids. Each unknown id is reported once, and at
    // most MAX_TIMELINE_NOTICES of them, so the notice list stays readable.
    const selected = new Set<string>();
    const unknown = new Set<string>();
    for (const id of panel.selected) (isKnown(id) ? selected : unknown).add(id);
    for (const id of [...unknown].slice(0, MAX_TIMELINE_NOTICES))
      notices.push({ kind: 'unknown-version', where: 'timeline', value: id, fallback: null });
    state.panel = { kind: 'timeline', selected: [...selected] };
  } else if (panel?.kind === 'history') {
    if (!isKnown(panel.version))
      notices.push({
        kind: 'unknown-version',
        where: 'history',
        value: panel.version,
        fallback: null,
      });
    else if (!hasPoint(panel.version, panel.label))
      notices.push({
        kind: 'unknown-point',
        where: 'history',
        version: panel.version,
        label: panel.label,
      });
    else state.panel = { kind: 'history', version: panel.version, label: panel.label };
  } else if (panel?.kind === 'matrix') {
    let version = panel.version;
    if (version !== null && !isKnown(version)) {
      notices.push({ kind: 'unknown-version', where: 'matrix', value: version, fallback: null });
      version = null;
    }
    state.panel = { kind: 'matrix', topic: panel.topic, version };
  }

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

/**
 * Read a query string (with or without its `?`) into a view the viewer can show. Never throws.
 * Versions, points and payloads are checked against `known`; whatever is dropped is reported in
 * `notices`, and every version in the returned state is in `known` or in `shared.drafts`.
 */
export function decodeView(search: string, known: KnownVersions): DecodedView {
  const notices: Notice[] = [];
  try {
    const params = new URLSearchParams(search);
    const format = params.get('v');
    let decoder = decoders[FORMAT_VERSION];
    if (format !== null) {
      const chosen = /^[1-9][0-9]{0,5}$/.test(format) ? decoders[Number(format)] : undefined;
      if (chosen) decoder = chosen;
      else notices.push({ kind: 'unknown-format', value: format });
    }
    if (!decoder) throw new Error(`no decoder for format ${FORMAT_VERSION}`);
    return resolve(decoder(params, notices), known, notices);
  } catch {
    // Only a bug (or a throwing `known.labelsOf`) gets here; the page must still open.
    return {
      state: defaultView(known.defaults),
      shared: { notes: [], drafts: [], decisions: [] },
      notices: [...notices, { kind: 'unreadable' }],
      pending: false,
      awaiting: [],
    };
  }
}
