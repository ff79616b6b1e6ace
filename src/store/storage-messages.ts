/**
 * What the reader is told when saving fails or a stored value could not be read in full: the
 * results of a write, and the recovery offered for a damaged value (message, raw text, where a
 * copy is kept).
 */
import { plural } from '../core/report/words';
import { isRecord, type StoredRead } from './stored-value';

export type WriteFailureReason = 'quota' | 'unavailable' | 'blocked';
export interface WriteFailure {
  ok: false;
  reason: WriteFailureReason;
  message: string;
}
export type WriteResult = { ok: true } | WriteFailure;

/** A stored value that could not be read in full, for the UI to offer as a download. */
export interface Recovery {
  /** Unique among recoveries: the key it was kept under, or a generated one when that failed. */
  id: string;
  /** What happened and what was saved, in a sentence or three, for the reader. */
  message: string;
  /** Every entry that could not be read, for the curious and for bug reports. */
  problems: string[];
  /** The stored text exactly as found. */
  raw: string;
  /** The localStorage key holding a copy of `raw`, or `null` when it could not be copied (then writes wait). */
  keptAs: string | null;
  /** ISO date-time it was found. */
  foundAt: string;
  salvaged: { notes: number; imports: number };
}

/** The recovery's message: what happened, what was loaded, and where the raw text is. */
export function recoveryMessage(
  read: StoredRead,
  keptAs: string | null,
  salvaged: Recovery['salvaged'],
): string {
  const what: Record<StoredRead['kind'], string> = {
    ok: '',
    partial: `Some of your saved notes could not be read (${plural(read.problems.length, 'damaged entry', 'damaged entries')}).`,
    damaged: 'Your saved notes could not be read: the stored data is damaged.',
    'unknown-version': 'Your saved notes are in a format this app does not know.',
    newer: `Your notes were saved by a newer version of this app (format ${read.storedVersion ?? '?'}); this version can read only part of them.`,
  };
  const loaded =
    salvaged.notes + salvaged.imports > 0
      ? ` Recovered ${plural(salvaged.notes, 'note', 'notes')} and ${plural(salvaged.imports, 'imported draft', 'imported drafts')}.`
      : '';
  const kept = keptAs
    ? ` The stored data, exactly as found, is kept in this browser under "${keptAs}"; you can also download it.`
    : ' It could not be kept aside because storage is full: download it now. Nothing will be saved until you dismiss this message.';
  return `${what[read.kind]}${loaded}${kept}`;
}

/** A write refused because storage is full (by browser: name or legacy code). */
function isQuotaError(e: unknown): boolean {
  // An Error or a DOMException is a record too.
  if (!isRecord(e)) return false;
  const { name, code } = e;
  // Chrome/Safari: QuotaExceededError (legacy code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

/** What a write that threw tells the reader. */
export function writeFailure(e: unknown): WriteFailure {
  return isQuotaError(e)
    ? {
        ok: false,
        reason: 'quota',
        message:
          'Browser storage for this site is full, so the last change was not saved. Export your notes or delete imported drafts you no longer need, then try again.',
      }
    : {
        ok: false,
        reason: 'unavailable',
        message:
          'This browser did not let the app save (storage is disabled or unavailable), so the last change was not saved.',
      };
}

/** The write result when the browser gives the app no storage at all. */
export function storageUnavailable(): WriteFailure {
  return {
    ok: false,
    reason: 'unavailable',
    message:
      'This browser does not let the app save notes (storage is disabled), so changes cannot be kept. Export your notes to keep them.',
  };
}
