/**
 * Apply a change to the persisted part of the store so that memory never claims more than storage
 * holds: persist writes synchronously inside `set`, so right after it the storage wrapper knows
 * whether the write went through. If not, the change is rolled back, `storageError` says why, and
 * the failure is returned to the caller (the note editor keeps the unsaved text).
 */
import type { WriteResult } from './guarded-storage';
import type { PersistedStateV2 } from './persisted-state';
import type { AppState, GetState, SetState, StoreDeps } from './store-types';

export function persistedPart(state: AppState): PersistedStateV2 {
  return {
    notes: state.notes,
    noteTombstones: state.noteTombstones,
    imports: state.imports,
    importTombstones: state.importTombstones,
    decisions: state.decisions,
    decisionTombstones: state.decisionTombstones,
  };
}

/**
 * Set `patch`; on a failed write restore the previous persisted part. `after` (not persisted, e.g.
 * the undo stack) is applied only when the write succeeded.
 */
export function commit(
  set: SetState,
  get: GetState,
  deps: StoreDeps,
  patch: Partial<PersistedStateV2>,
  after?: Partial<AppState>,
): WriteResult {
  const before = persistedPart(get());
  set(patch);
  const written = deps.guard.lastWrite();
  if (!written.ok) {
    set({ ...before, storageError: written.message });
    return written;
  }
  const clear = get().storageError !== null ? { storageError: null } : {};
  if (after || 'storageError' in clear) set({ ...after, ...clear });
  return written;
}
