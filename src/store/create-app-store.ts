/**
 * The store creator, in a plain module so each test builds a fresh store over its own storage
 * (zustand `docs/learn/guides/testing.md`). The app's singleton is in app-store.ts.
 */
import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { pruneTombstones } from '../core/notes/merge';
import { persistedPart } from './commit';
import { createGuardedStorage, type StorageLike } from './guarded-storage';
import { createImportsSlice } from './imports-slice';
import { migratePersistedState } from './migrations';
import { createDecisionsSlice } from './decisions-slice';
import { createNotesSlice } from './notes-slice';
import {
  STORE_NAME,
  STORE_VERSION,
  canonicalState,
  type PersistedStateV2,
} from './persisted-state';
import { createStatusSlice } from './status-slice';
import type { AppState, StoreDeps } from './store-types';

export interface AppStoreOptions {
  /** Storage key (default `peace-plan-diff`). */
  name?: string;
  now?: () => Date;
  newId?: () => string;
}

/**
 * Build the store over `storage` (localStorage in the app; `memoryStorage()` or jsdom's
 * localStorage in tests; `null` when the browser refuses storage: every save then fails with
 * `unavailable`). Hydration is synchronous: the returned store already holds what was stored.
 */
export function createAppStore(storage: StorageLike | null, options: AppStoreOptions = {}) {
  const name = options.name ?? STORE_NAME;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const guard = createGuardedStorage(storage, { name, now });
  const deps: StoreDeps = { guard, now, newId };

  const store = createStore<AppState>()(
    persist(
      (...a) => ({
        ...createNotesSlice(deps)(...a),
        ...createImportsSlice(deps)(...a),
        ...createDecisionsSlice(deps)(...a),
        ...createStatusSlice(deps)(...a),
      }),
      {
        name,
        version: STORE_VERSION,
        storage: guard.persistStorage,
        // Only the reader's own items. The view (versions compared, focus, mode) lives in the URL;
        // recoveries, errors and the undo stack are about this session.
        partialize: (s): PersistedStateV2 => canonicalState(persistedPart(s)),
        migrate: migratePersistedState,
        merge: (persisted, current) => {
          if (!persisted) return current;
          const p = persisted as PersistedStateV2;
          return {
            ...current,
            notes: p.notes,
            noteTombstones: pruneTombstones(p.noteTombstones, now()),
            imports: p.imports,
            importTombstones: pruneTombstones(p.importTombstones, now()),
            decisions: p.decisions,
            decisionTombstones: pruneTombstones(p.decisionTombstones, now()),
          };
        },
      },
    ),
  );

  const recoveries = guard.takeRecoveries();
  const written = guard.lastWrite();
  const storageError = !written.ok
    ? written.message
    : storage === null
      ? 'This browser does not let the app save notes (storage is disabled). Notes last until this tab closes; export them to keep them.'
      : guard.blockedReason();
  if (recoveries.length || storageError) store.setState({ recoveries, storageError });
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;

/**
 * Merge what other tabs write into `store`: listens to `storage` events for the store's key on
 * `target` (the window). Returns the function that stops listening.
 */
export function connectStorageEvents(
  store: AppStore,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  storageArea: StorageLike | null,
): () => void {
  const name = store.persist.getOptions().name ?? STORE_NAME;
  const onStorage = (event: StorageEvent) => {
    if (event.key !== name) return; // also skips `localStorage.clear()` (key null)
    if (event.storageArea !== null && storageArea !== null && event.storageArea !== storageArea)
      return;
    store.getState().syncFromStorage(event.newValue);
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
