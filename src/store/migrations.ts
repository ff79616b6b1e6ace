/**
 * Migrations of the persisted state, as pure functions (style brief §1.3: persist `version` +
 * `migrate`, one test per past version). The persist middleware calls `migratePersistedState`
 * when the stored `version` is not `STORE_VERSION`; the storage wrapper has already validated the
 * value entry by entry and kept aside the raw text of anything it had to drop.
 */
import { emptyRecord, recordOf } from '../core/notes/id-record';
import { sortedRecord } from '../core/notes/merge';
import type { Note } from '../core/notes/note';
import {
  STORE_VERSION,
  checkStateV1,
  checkStateV2,
  emptyPersistedState,
  splitV1Key,
  type PersistedStateV1,
  type PersistedStateV2,
} from './persisted-state';

/**
 * The id a v1 note gets: derived from its v1 key, not random, so two tabs migrating the same
 * stored value at once make the same notes (random ids would make every note twice after the
 * cross-tab merge).
 */
export function v1NoteId(key: string): string {
  return `v1:${key}`;
}

/**
 * v1 → v2. Each `"<version>:<label>": { body, at }` becomes a note with `text: body`, both times
 * `at` as an ISO date-time, and `pointText: ''` (v1 did not record the point's text; the viewer
 * shows "unknown" rather than "unchanged"). v1 had no deletions and no imported drafts.
 */
export function migrateV1ToV2(v1: PersistedStateV1): PersistedStateV2 {
  const notes = emptyRecord<Note>();
  for (const [key, entry] of Object.entries(v1.notes)) {
    const point = splitV1Key(key);
    if (!point) continue;
    const at = new Date(entry.at).toISOString();
    const id = v1NoteId(key);
    notes[id] = {
      id,
      version: point.version,
      label: point.label,
      text: entry.body,
      pointText: '',
      createdAt: at,
      updatedAt: at,
    };
  }
  return { ...emptyPersistedState(), notes: sortedRecord(notes) };
}

/**
 * Whatever can be read from a state of an unknown or newer format: v2-shaped notes and drafts
 * (objects or arrays), else v1-shaped notes. Never throws.
 */
export function salvageState(state: unknown): PersistedStateV2 {
  const v2 = checkStateV2(state, true).state;
  const fromV1 = migrateV1ToV2(checkStateV1(state).state);
  return {
    ...v2,
    notes: sortedRecord(recordOf([...Object.entries(fromV1.notes), ...Object.entries(v2.notes)])),
  };
}

/**
 * The persist `migrate` option. Version 1 is migrated; the current version is only revalidated;
 * anything else (0: written before versioning; a newer version; not a number) is salvaged. Never
 * throws: a throwing migrate leaves the store at its initial state (zustand
 * `tests/persistSync.test.tsx` "can throw migrate error"), hiding every note.
 */
export function migratePersistedState(persisted: unknown, fromVersion: number): PersistedStateV2 {
  if (fromVersion === 1) return migrateV1ToV2(checkStateV1(persisted).state);
  if (fromVersion === STORE_VERSION) return checkStateV2(persisted).state;
  return salvageState(persisted);
}
