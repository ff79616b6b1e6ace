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
import type { PersistStorage } from 'zustand/middleware';
import { STORE_VERSION, serializeState, type PersistedStateV2 } from './persisted-state';
import {
  recoveryMessage,
  storageUnavailable,
  writeFailure,
  type Recovery,
  type WriteResult,
} from './storage-messages';
import { readStoredValue, stateOf, type StoredRead, type StoredValue } from './stored-value';

export type { Recovery, WriteFailure, WriteResult } from './storage-messages';

/** The part of the Web Storage API the store uses (localStorage, or `memoryStorage()` in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface GuardedStorage {
  /** For persist's `storage` option: it reads either format (v1 goes to `migrate`) and writes v2. */
  persistStorage: PersistStorage<StoredValue['state']>;
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

interface GuardedStorageOptions {
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

  const write = (key: string, text: string): WriteResult => {
    if (!backend) return storageUnavailable();
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

  const persistStorage: PersistStorage<StoredValue['state']> = {
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
      if (read.kind === 'ok') return read.value;
      // Not `ok`: keep the raw text aside first; only then replace it with what was salvaged, so
      // the next start does not find (and report) the same damage again. v1 is left to persist's
      // `migrate`, which rewrites the key itself.
      if (recover(raw, read) && read.value.version === STORE_VERSION)
        write(key, serializeState(stateOf(read)));
      // persist hands `state` to `migrate` when `version` differs (v1).
      return read.value;
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
