/**
 * The compressed payloads a link may carry: the reader's notes (`n`) and imported drafts (`d`).
 * Each is JSON, compressed with lz-string's URI-safe alphabet (A–Z a–z 0–9 + - $), so it needs
 * no percent-escaping, behind a checksum: `<CRC-32 of the compressed text, 8 lower-case hex
 * digits>.<compressed text>` (format 2). What comes back out is untrusted: the checksum must
 * match, then every entry passes a schema, one by one, so one damaged note does not cost the others.
 *
 * Why CRC-32 of the compressed text, not of the JSON: lz-string decodes many altered texts to valid
 * JSON ("territory" → "territo c", issue #19), and a CRC-32 detects every change confined to 32
 * consecutive bits (ITU-T V.42; Koopman, "32-bit cyclic redundancy codes for Internet
 * applications", 2002), so a one-character substitution in an ASCII text is always detected; the
 * checksum itself is strict lower-case hex, so a change there is detected too.
 */
import LZString from 'lz-string';
import * as z from 'zod/mini';
import { isolateSources } from '../model/own-sources';
import { parseVersionJson } from '../model/schema';
import { installPayloadSupport, type Checked, type Unpacked } from './payload-support';
import { parseMatchDecision } from '../compare/decision-schema';
import type { SharedDecision, SharedDraft, SharedNote } from './view-state';

/**
 * Longest payload the decoder will decompress. lz-string output can grow quadratically with its
 * input (a run of one character: 11,000 chars decompress to 16 million), so a hostile link could
 * otherwise stall the page. 32,000 is four times `LONG_LINK`, far beyond any link that travels
 * well, and bounds the worst case to a few hundred milliseconds.
 */
export const MAX_PAYLOAD_CHARS = 32_000;

/** Same rule as version ids in model/schema.ts: kebab-case. */
const versionId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/));

function buildSharedNoteSchema() {
  return z.strictObject({
    version: versionId,
    label: z.string().check(z.minLength(1), z.maxLength(40)),
    text: z.string().check(z.minLength(1), z.maxLength(10_000)),
    createdAt: z.iso.datetime(),
  });
}

let sharedNoteSchema: ReturnType<typeof buildSharedNoteSchema> | null = null;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as in zip and PNG) of a text of single-byte characters. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++)
    crc = (CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function checksumOf(compressed: string): string {
  return crc32(compressed).toString(16).padStart(8, '0');
}

/** A format 2 payload: checksum, `.`, then the compressed text in lz-string's URI alphabet. */
const CHECKED_PAYLOAD = /^([0-9a-f]{8})\.([A-Za-z0-9+$-]*)$/;
/** A format 1 payload: the compressed text alone. */
const LEGACY_PAYLOAD = /^[A-Za-z0-9+$-]*$/;

/** JSON, compressed for a URL, behind its checksum. */
export function packPayload(value: unknown): string {
  const compressed = LZString.compressToEncodedURIComponent(JSON.stringify(value));
  return `${checksumOf(compressed)}.${compressed}`;
}

/**
 * Check, decompress and parse a payload (`checksummed`: format 2; format 1 payloads have no
 * checksum). Never throws: damage, a wrong checksum or a missing one in format 2 is `corrupt`.
 */
export function unpackPayload(raw: string, checksummed = true): Unpacked {
  if (raw.length > MAX_PAYLOAD_CHARS) return { ok: false, problem: 'too-long' };
  // URLSearchParams reads a `+` of the alphabet as a space; put it back before checking.
  const text = raw.replace(/ /g, '+');
  let compressed: string;
  if (checksummed) {
    const match = CHECKED_PAYLOAD.exec(text);
    if (!match || match[1] !== checksumOf(match[2] ?? '')) return { ok: false, problem: 'corrupt' };
    compressed = match[2] ?? '';
  } else {
    if (!LEGACY_PAYLOAD.test(text)) return { ok: false, problem: 'corrupt' };
    compressed = text;
  }
  try {
    const json = LZString.decompressFromEncodedURIComponent(compressed);
    if (!json) return { ok: false, problem: 'corrupt' };
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    // lz-string throws on some bit patterns it never writes; JSON.parse on damaged text.
    return { ok: false, problem: 'corrupt' };
  }
}

export function checkNotes(value: unknown): Checked<SharedNote> | null {
  if (!Array.isArray(value)) return null;
  const items: SharedNote[] = [];
  sharedNoteSchema ??= buildSharedNoteSchema(); // on first use: issue #14, as model/schema.ts
  for (const entry of value as unknown[]) {
    const parsed = z.safeParse(sharedNoteSchema, entry);
    if (parsed.success) items.push(parsed.data);
  }
  return { items, invalid: value.length - items.length };
}

/** Drafts pass the one version schema (model/schema.ts); a repeated id keeps the first. */
export function checkDrafts(value: unknown): Checked<SharedDraft> | null {
  if (!Array.isArray(value)) return null;
  const items: SharedDraft[] = [];
  for (const [i, entry] of (value as unknown[]).entries()) {
    const parsed = parseVersionJson(entry, `link draft ${i + 1}`, 'import');
    if (parsed.ok && !items.some((d) => d.id === parsed.value.id)) items.push(parsed.value);
  }
  return { items, invalid: value.length - items.length };
}

/** Decisions pass the one decision check (compare/decision-schema.ts); a repeated id keeps the newer. */
export function checkDecisions(value: unknown): Checked<SharedDecision> | null {
  if (!Array.isArray(value)) return null;
  const items: SharedDecision[] = [];
  let invalid = 0;
  for (const [i, entry] of (value as unknown[]).entries()) {
    const parsed = parseMatchDecision(entry, `link decision ${i + 1}`);
    if (!parsed.ok) invalid += 1;
    else {
      const at = items.findIndex((d) => d.id === parsed.value.id);
      if (at < 0) items.push(parsed.value);
      else if ((items[at]?.decidedAt ?? '') < parsed.value.decidedAt) items[at] = parsed.value;
    }
  }
  return { items, invalid };
}

installPayloadSupport({
  pack: packPayload,
  unpack: unpackPayload,
  checkNotes,
  checkDrafts,
  checkDecisions,
  isolateSources,
});
