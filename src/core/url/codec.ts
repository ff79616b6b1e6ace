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
 * The codec in files: codec-encode.ts writes links; codec-read.ts reads each format's syntax into a
 * `LinkRequest`; codec-resolve.ts checks it against the viewer's versions; this file decodes.
 *
 * Adding format 3: write `readV3`, turn `readV2` into a migration that yields the same
 * `LinkRequest`, keep the frozen tables in codec.v1-links.test.ts and codec.v2-links.test.ts passing.
 */
import { FORMAT_VERSION } from './codec-encode';
import { decoders } from './codec-read';
import { resolve } from './codec-resolve';
import type { DecodedView, KnownVersions } from './decoded-view';
import type { Notice } from './notices';
import { defaultView } from './view-state';

export { encodeView, FORMAT_VERSION, isLongLink, linkLength, LONG_LINK } from './codec-encode';
export { decoders, type FormatDecoder, type LinkRequest } from './codec-read';
export type { DecodedView, KnownVersions } from './decoded-view';

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
