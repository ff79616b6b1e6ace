/**
 * The persist middleware's storage, wrapped so that nothing the reader wrote is lost:
 * - reads are validated entry by entry (persisted-state.ts); when anything has to be dropped
 *   (invalid JSON, a wrong shape, an unknown or newer format, a damaged entry) the raw stored text
 *   is first copied, untouched, to `<name>:recovered:<ISO time>` and a `Recovery` is queued for the
 *   UI (message, raw text to download, dismiss). What could be salvaged is loaded.
 * - when the raw text cannot be copied aside (storage full), writes are blocked until the reader
 *   has seen it and dismissed the recovery, so the only copy is never overwritten;
 * - writes that throw (QuotaExceededError, storage disabled) are caught and reported through
 *   `lastWrite()`, which the store checks right after each change (persist writes synchronously
 *   inside `set`) to roll the change back and tell the caller;
 * - writes that would not change the stored text are skipped, which also ends the echo between
 *   tabs merging each other's `storage` events.
 *
 * zustand's `createJSONStorage` swallows nothing of this: a throwing `setItem` escapes from `set`,
 * and a failed `JSON.parse` rejects hydration and leaves the store empty, but the raw value is
 * then overwritten by the next write (pmndrs/zustand `src/middleware/persist.ts`).
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { migrateV1ToV2, salvageState } from './migrations';
import {
  STORE_VERSION,
  checkStateV1,
  checkStateV2,
  emptyPersistedState,
  serializeState,
  type PersistedStateV1,
  type PersistedStateV2,
} from './persisted-state';
import { plural } from '../core/report/words';

/** The part of the Web Storage API the store uses (localStorage, or `memoryStorage()` in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

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

type Kind = 'ok' | 'partial' | 'damaged' | 'unknown-version' | 'newer';

export interface StoredRead {
  kind: Kind;
  /** What to hydrate from (v1 goes through persist's `migrate`), or `null` when nothing is stored. */
  value: StorageValue<PersistedStateV2 | PersistedStateV1>;
  /** The `version` found, when it was a number. */
  storedVersion: number | null;
  problems: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Classify and validate a stored text. Pure; never throws. */
export function readStoredValue(raw: string): StoredRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {
      kind: 'damaged',
      value: { state: emptyPersistedState(), version: STORE_VERSION },
      storedVersion: null,
      problems: ['the stored text is not valid JSON'],
    };
  }
  if (!isRecord(parsed) || !('state' in parsed)) {
    return {
      kind: 'damaged',
      value: { state: salvageState(parsed), version: STORE_VERSION },
      storedVersion: null,
      problems: ['the stored value has no "state" and "version"'],
    };
  }
  const { version, state } = parsed;
  if (version === STORE_VERSION) {
    const checked = checkStateV2(state);
    return {
      kind: checked.problems.length ? 'partial' : 'ok',
      value: { state: checked.state, version },
      storedVersion: version,
      problems: checked.problems,
    };
  }
  if (version === 1) {
    const checked = checkStateV1(state);
    return {
      kind: checked.problems.length ? 'partial' : 'ok',
      value: { state: checked.state, version },
      storedVersion: version,
      problems: checked.problems,
    };
  }
  const isNumber = typeof version === 'number' && Number.isFinite(version);
  const newer = isNumber && version > STORE_VERSION;
  return {
    kind: newer ? 'newer' : 'unknown-version',
    value: { state: salvageState(state), version: STORE_VERSION },
    storedVersion: isNumber ? version : null,
    problems: [
      newer
        ? `stored by a newer version of the app (format ${version})`
        : `stored in an unknown format (version ${JSON.stringify(version) ?? 'missing'})`,
    ],
  };
}

/** The v2 state of a read (migrating v1). */
export function stateOf(read: StoredRead): PersistedStateV2 {
  return read.value.version === 1
    ? migrateV1ToV2(read.value.state as PersistedStateV1)
    : (read.value.state as PersistedStateV2);
}

function recoveryMessage(
  read: StoredRead,
  keptAs: string | null,
  salvaged: Recovery['salvaged'],
): string {
  const what: Record<Kind, string> = {
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

export function isQuotaError(e: unknown): boolean {
  if (!isRecord(e) && !(e instanceof Error)) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  // Chrome/Safari: QuotaExceededError (legacy code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

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

export interface GuardedStorage {
  /** For persist's `storage` option. */
  persistStorage: PersistStorage<PersistedStateV2>;
  /** The result of the most recent write attempt. */
  lastWrite(): WriteResult;
  /** Recoveries found since the last call (by hydration or `readExternal`). */
  takeRecoveries(): Recovery[];
  /** Read a value another tab wrote (a `storage` event's `newValue`) into a v2 state to merge, or `null`. */
  readExternal(raw: string | null): PersistedStateV2 | null;
  /** Let writes go on after the reader dismissed a recovery whose raw text could not be kept aside. */
  releaseRecovery(id: string): void;
  /** Why writes are blocked, or `null`. */
  blockedReason(): string | null;
}

export interface GuardedStorageOptions {
  name: string;
  now: () => Date;
}

export function createGuardedStorage(
  backend: StorageLike | null,
  { name, now }: GuardedStorageOptions,
): GuardedStorage {
  let last: WriteResult = { ok: true };
  let pending: Recovery[] = [];
  const blocks = new Map<string, string>();

  const unavailable = (): WriteFailure => ({
    ok: false,
    reason: 'unavailable',
    message:
      'This browser does not let the app save notes (storage is disabled), so changes cannot be kept. Export your notes to keep them.',
  });

  const write = (key: string, text: string): WriteResult => {
    if (!backend) return unavailable();
    try {
      if (backend.getItem(key) === text) return { ok: true };
      backend.setItem(key, text);
      return { ok: true };
    } catch (e) {
      return writeFailure(e);
    }
  };

  /** Copy `raw` aside and queue a recovery; true when the copy succeeded. */
  const recover = (raw: string, read: StoredRead): boolean => {
    const foundAt = now().toISOString();
    let keptAs: string | null = null;
    if (backend) {
      try {
        let key = `${name}:recovered:${foundAt}`;
        for (let n = 2; backend.getItem(key) !== null && backend.getItem(key) !== raw; n++)
          key = `${name}:recovered:${foundAt}:${n}`;
        backend.setItem(key, raw);
        keptAs = key;
      } catch {
        keptAs = null;
      }
    }
    const state = stateOf(read);
    const salvaged = {
      notes: Object.keys(state.notes).length,
      imports: Object.keys(state.imports).length,
    };
    const id = keptAs ?? `${name}:unsaved:${foundAt}:${pending.length}`;
    if (!keptAs)
      blocks.set(
        id,
        'Saved data that could not be read is waiting to be downloaded; dismiss the message about it to save again.',
      );
    pending.push({
      id,
      message: recoveryMessage(read, keptAs, salvaged),
      problems: read.problems,
      raw,
      keptAs,
      foundAt,
      salvaged,
    });
    return keptAs !== null;
  };

  const persistStorage: PersistStorage<PersistedStateV2> = {
    getItem: (key) => {
      if (!backend) return null;
      let raw: string | null;
      try {
        raw = backend.getItem(key);
      } catch {
        return null;
      }
      if (raw === null) return null;
      const read = readStoredValue(raw);
      if (read.kind === 'ok') return read.value as StorageValue<PersistedStateV2>;
      // Not `ok`: keep the raw text aside first; only then replace it with what was salvaged, so
      // the next start does not find (and report) the same damage again. v1 is left to persist's
      // `migrate`, which rewrites the key itself.
      if (recover(raw, read) && read.value.version === STORE_VERSION)
        write(key, serializeState(stateOf(read)));
      // persist hands `state` to `migrate` when `version` differs (v1); the storage type cannot say so.
      return read.value as StorageValue<PersistedStateV2>;
    },
    setItem: (key, value) => {
      const blocked = blocks.values().next();
      last = blocked.done
        ? write(key, JSON.stringify(value))
        : { ok: false, reason: 'blocked', message: blocked.value };
    },
    removeItem: (key) => {
      try {
        backend?.removeItem(key);
      } catch {
        // Nothing stored is lost by failing to remove it.
      }
    },
  };

  return {
    persistStorage,
    lastWrite: () => last,
    takeRecoveries: () => {
      const out = pending;
      pending = [];
      return out;
    },
    readExternal: (raw) => {
      if (raw === null) return null;
      const read = readStoredValue(raw);
      if (read.kind === 'newer') {
        // Another tab runs a newer app. Writing our older format over its value would drop what we
        // cannot read, so this tab stops saving until it is reloaded (and updated).
        blocks.set(
          'newer',
          'Another tab saved notes with a newer version of this app. Reload this tab to keep working; changes here are not saved until then.',
        );
      } else if (read.kind !== 'ok') recover(raw, read);
      return stateOf(read);
    },
    releaseRecovery: (id) => {
      blocks.delete(id);
    },
    blockedReason: () => {
      const first = blocks.values().next();
      return first.done ? null : first.value;
    },
  };
}

/** A Storage in memory: the fallback when localStorage is unavailable, and the tests' backend. */
export function memoryStorage(
  initial: Record<string, string> = {},
): StorageLike & { readonly data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, String(value));
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}
