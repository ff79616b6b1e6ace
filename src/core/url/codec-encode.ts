/**
 * Writing a link (codec.ts has the table of parameters): a view and its payloads → the query
 * string, defaults left out, in the oldest format that can say it; and how long a link may grow
 * before it is cut in transit.
 */
import { STATUSES } from '../compare/answer';
import type { PanelParam } from './notices';
import { payloadSupport, type PayloadSupport } from './payload-support';
import type { Panel, Shared, ViewState } from './view-state';

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

function requireSupport(): PayloadSupport {
  const support = payloadSupport();
  if (!support)
    throw new Error(
      'Load ./payload (installPayloadSupport) before encoding notes or drafts into a link.',
    );
  return support;
}
