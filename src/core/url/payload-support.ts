/**
 * The part of link decoding that needs lz-string and the schemas: unpacking and checking the
 * notes and drafts a link carries. It is installed on demand (payload.ts installs it when
 * imported), so the first view of a plain link ships none of it; `decodeView` reports `pending`
 * when a link carries payloads before it is installed.
 */
import type { SourceIsolation } from '../model/own-sources';
import type { SourceId } from '../model/types';
import type { SharedDraft, SharedNote } from './view-state';

export type Unpacked =
  { ok: true; value: unknown } | { ok: false; problem: 'corrupt' | 'too-long' };

/** Entries that passed the schema, and how many did not. `null` when the payload is not a list at all. */
export interface Checked<T> {
  items: T[];
  invalid: number;
}

export interface PayloadSupport {
  /** JSON, compressed, behind its checksum (format 2). */
  pack(value: unknown): string;
  /** Check the checksum (`checksummed`: format 2; format 1 payloads have none), decompress, parse. */
  unpack(raw: string, checksummed: boolean): Unpacked;
  checkNotes(value: unknown): Checked<SharedNote> | null;
  checkDrafts(value: unknown): Checked<SharedDraft> | null;
  /** model/own-sources.ts, loaded with the rest: only drafts carried in links need it at first. */
  isolateSources(draft: SharedDraft, taken: (id: SourceId) => boolean): SourceIsolation;
}

let installed: PayloadSupport | null = null;

export function installPayloadSupport(support: PayloadSupport): void {
  installed = support;
}

export function payloadSupport(): PayloadSupport | null {
  return installed;
}
