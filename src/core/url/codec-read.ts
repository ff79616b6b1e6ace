/**
 * Reading a link, step 1: the syntax of one format version → a format-independent `LinkRequest`.
 * Nothing here knows which versions the viewer has; codec-resolve.ts checks the request.
 */
import { isStatus, STATUSES } from '../compare/answer';
import type { RowStatus } from '../compare/rows';
import { isTopic, type Topic } from '../model/topics';
import type { Notice, PanelParam } from './notices';
import type { Focus, Panel, ViewMode } from './view-state';

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
