/** Notes slice: the reader's notes on points, with deletions kept as tombstones (core/notes/merge.ts). */
import { mergeIncomingNotes } from '../core/notes/import-merge';
import { emptyRecord, own, withEntry, withoutEntry } from '../core/notes/id-record';
import { deletionTombstone, tombstonesAfterWrite } from '../core/notes/merge';
import { noteTextProblem, type Note } from '../core/notes/note';
import { importNotesJson } from '../core/notes/notes-file';
import { commit } from './commit';
import type { NotesSlice, SliceCreator, StoreDeps } from './store-types';
import { pushUndo } from './undo';

export const createNotesSlice =
  (deps: StoreDeps): SliceCreator<NotesSlice> =>
  (set, get) => ({
    notes: emptyRecord(),
    noteTombstones: emptyRecord(),

    saveNote: (input) => {
      const problem =
        noteTextProblem(input.text) ??
        (!input.version || !input.label ? 'A note needs a version and a point.' : null);
      if (problem) return { ok: false, reason: 'invalid', message: problem };
      const now = deps.now().toISOString();
      const { notes, noteTombstones } = get();
      const existing = input.id === undefined ? undefined : own(notes, input.id);
      const id = input.id ?? deps.newId();
      const note: Note = {
        id,
        version: input.version,
        label: input.label,
        text: input.text,
        pointText: input.pointText,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      // Saving a note another tab deleted meanwhile: the edit is newer and wins (merge.ts).
      const written = commit(set, get, deps, {
        notes: withEntry(notes, id, note),
        noteTombstones: tombstonesAfterWrite(noteTombstones, id, note.updatedAt, deps.now()),
      });
      return written.ok ? { ok: true, note } : written;
    },

    deleteNote: (id) => {
      const { notes, noteTombstones } = get();
      const note = own(notes, id);
      if (!note) return { ok: false, reason: 'not-found', message: 'This note no longer exists.' };
      const rest = withoutEntry(notes, id);
      const tomb = deletionTombstone(own(noteTombstones, id), deps.now());
      const token = deps.newId();
      const written = commit(
        set,
        get,
        deps,
        { notes: rest, noteTombstones: withEntry(noteTombstones, id, tomb) },
        {
          undoStack: pushUndo(get().undoStack, {
            token,
            kind: 'note',
            note,
            deletedAt: tomb.deletedAt,
          }),
        },
      );
      return written.ok ? { ok: true, token } : written;
    },

    importNotes: (incoming) => {
      const { notes, noteTombstones } = get();
      const outcome = mergeIncomingNotes(
        { items: notes, tombstones: noteTombstones },
        incoming,
        deps.now(),
      );
      const { added, updated, restored, duplicates, older } = outcome;
      const changed = added + updated + restored > 0;
      const written = changed
        ? commit(set, get, deps, {
            notes: outcome.notes.items,
            noteTombstones: outcome.notes.tombstones,
          })
        : ({ ok: true } as const);
      return written.ok ? { ok: true, added, updated, restored, duplicates, older } : written;
    },

    importNotesFile: (text) => {
      const file = importNotesJson(text);
      const merged = { ...get().importNotes(file.notes), errors: file.errors };
      return file.refused ? { ...merged, refused: true } : merged;
    },
  });
