/**
 * Bringing notes from a file into the notes the reader already has, without duplicates:
 * - same id: the newer `updatedAt` wins (the older copy is counted as `older`, not an error);
 * - same id, deleted here: an explicit import is a restore (see `merge.ts`: `restoredAt`);
 * - a different id but the same version, label and text: the same note imported twice from two
 *   exports (or typed twice), counted as `duplicates` and skipped.
 */
import { canonicalNote, timeOf, type Note } from './note';
import { own, recordOf } from './id-record';
import { isDeletedBy, restoreTombstone, sortedRecord, type ItemSet } from './merge';

export interface NotesImportOutcome {
  notes: ItemSet<Note>;
  added: number;
  updated: number;
  restored: number;
  duplicates: number;
  older: number;
}

/** Version, label and text: two notes with the same key say the same thing about the same point. */
export function contentKey(note: Pick<Note, 'version' | 'label' | 'text'>): string {
  return JSON.stringify([note.version, note.label, note.text.trim()]);
}

/** Drop notes that repeat an earlier one by id (keeping the newer) or by content (keeping the first). */
export function dedupeNotes(notes: readonly Note[]): Note[] {
  const byId = new Map<string, Note>();
  for (const n of notes) {
    const seen = byId.get(n.id);
    if (!seen || timeOf(n.updatedAt) > timeOf(seen.updatedAt)) byId.set(n.id, n);
  }
  const keys = new Set<string>();
  const out: Note[] = [];
  for (const n of byId.values()) {
    const key = contentKey(n);
    if (keys.has(key)) continue;
    keys.add(key);
    out.push(n);
  }
  return out;
}

/** Merge `incoming` (already validated) into `current`, in file order. Pure: `now` is the restore time. */
export function mergeIncomingNotes(
  current: ItemSet<Note>,
  incoming: readonly Note[],
  now: Date,
): NotesImportOutcome {
  const items = recordOf(Object.entries(current.items));
  const tombstones = recordOf(Object.entries(current.tombstones));
  const keys = new Map<string, string>(Object.values(items).map((n) => [contentKey(n), n.id]));
  const outcome = { added: 0, updated: 0, restored: 0, duplicates: 0, older: 0 };

  for (const raw of incoming) {
    const note = canonicalNote(raw);
    const existing = own(items, note.id);
    if (existing) {
      if (timeOf(note.updatedAt) > timeOf(existing.updatedAt)) {
        keys.delete(contentKey(existing));
        items[note.id] = note;
        keys.set(contentKey(note), note.id);
        outcome.updated++;
      } else outcome.older++;
      continue;
    }
    const twin = keys.get(contentKey(note));
    if (twin !== undefined) {
      outcome.duplicates++;
      continue;
    }
    const tomb = own(tombstones, note.id);
    if (tomb && isDeletedBy(tomb, note.updatedAt)) {
      tombstones[note.id] = restoreTombstone(tomb, now);
      outcome.restored++;
    } else outcome.added++;
    items[note.id] = note;
    keys.set(contentKey(note), note.id);
  }
  return {
    notes: { items: sortedRecord(items), tombstones: sortedRecord(tombstones) },
    ...outcome,
  };
}
