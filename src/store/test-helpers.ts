/** Test helpers for the store: a controllable clock and ids, and storage that can be made full. */
import { createAppStore, type AppStoreOptions } from './create-app-store';
import { memoryStorage, type StorageLike } from './guarded-storage';

export const T0 = Date.parse('2025-11-21T09:00:00.000Z');

/** A clock that advances only when told, and ids `id-1`, `id-2`, … (another prefix per simulated tab). */
export function testDeps(start = T0, idPrefix = 'id') {
  let clock = start;
  let next = 0;
  return {
    now: () => new Date(clock),
    newId: () => `${idPrefix}-${++next}`,
    tick: (ms = 60_000) => {
      clock += ms;
    },
    iso: () => new Date(clock).toISOString(),
  };
}

/** Memory storage whose `setItem` throws a QuotaExceededError while `full` is true. */
export function fillableStorage(initial: Record<string, string> = {}) {
  const inner = memoryStorage(initial);
  const storage = {
    full: false,
    data: inner.data,
    getItem: (key: string) => inner.getItem(key),
    setItem: (key: string, value: string) => {
      if (storage.full)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      inner.setItem(key, value);
    },
    removeItem: (key: string) => inner.removeItem(key),
  };
  return storage;
}

/** A fresh store over `storage` with the test clock and ids. */
export function testStore(
  storage: StorageLike | null,
  deps = testDeps(),
  options: AppStoreOptions = {},
) {
  return { store: createAppStore(storage, { now: deps.now, newId: deps.newId, ...options }), deps };
}

/** The parsed value stored under `key`. */
export function storedJson(storage: StorageLike, key = 'peace-plan-diff'): unknown {
  const raw = storage.getItem(key);
  return raw === null ? null : JSON.parse(raw);
}
