/**
 * The compressed payloads a link may carry: the reader's notes (`n`) and imported drafts (`d`).
 * Each is JSON, compressed with lz-string's URI-safe alphabet (A–Z a–z 0–9 + - $), so it needs
 * no percent-escaping. What comes back out is untrusted: every entry passes a schema, one by one,
 * so one damaged note does not cost the others.
 */
import LZString from 'lz-string';
import * as z from 'zod/mini';
import { parseVersionJson } from '../model/schema';
import { installPayloadSupport, type Checked, type Unpacked } from './payload-support';
import type { SharedDraft, SharedNote } from './view-state';

/**
 * Longest payload the decoder will decompress. lz-string output can grow quadratically with its
 * input (a run of one character: 11,000 chars decompress to 16 million), so a hostile link could
 * otherwise stall the page. 32,000 is four times `LONG_LINK`, far beyond any link that travels
 * well, and bounds the worst case to a few hundred milliseconds.
 */
export const MAX_PAYLOAD_CHARS = 32_000;

/** Same rule as version ids in model/schema.ts: kebab-case. */
const versionId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/));

export const sharedNoteSchema = z.strictObject({
  version: versionId,
  label: z.string().check(z.minLength(1), z.maxLength(40)),
  text: z.string().check(z.minLength(1), z.maxLength(10_000)),
  createdAt: z.iso.datetime(),
});

/** JSON, compressed for a URL. */
export function packPayload(value: unknown): string {
  return LZString.compressToEncodedURIComponent(JSON.stringify(value));
}

/** Decompress and parse a payload. Never throws: damage is reported as `corrupt`. */
export function unpackPayload(raw: string): Unpacked {
  if (raw.length > MAX_PAYLOAD_CHARS) return { ok: false, problem: 'too-long' };
  try {
    const json = LZString.decompressFromEncodedURIComponent(raw);
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

installPayloadSupport({ pack: packPayload, unpack: unpackPayload, checkNotes, checkDrafts });
