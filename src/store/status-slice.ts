/**
 * Status slice: what the UI must tell the reader about storage (recoveries of unreadable data,
 * failed saves), undo of deletions, and merging what other tabs wrote. Cross-slice actions live
 * here and reach the other slices through `get()` (zustand slices guide).
 */
import { importStamp, type ImportedDraft } from '../core/notes/imported-drafts';
import { own, withEntry } from '../core/notes/id-record';
import { mergeItems, restoreTombstone, type Tombstones } from '../core/notes/merge';
import type { Note } from '../core/notes/note';
import { commit } from './commit';
import { noteStamp } from './persisted-state';
import type {
  AppState,
  SliceCreator,
  StatusSlice,
  StoreDeps,
  UndoEntry,
  UndoResult,
} from './store-types';

function restored<T>(
  items: Record<string, T>,
  tombstones: Tombstones,
  id: string,
  item: T,
  now: Date,
) {
  const tomb = own(tombstones, id);
  return {
    items: withEntry(items, id, item),
    tombstones: tomb ? withEntry(tombstones, id, restoreTombstone(tomb, now)) : tombstones,
  };
}

export const createStatusSlice =
  (deps: StoreDeps): SliceCreator<StatusSlice> =>
  (set, get) => {
    const reportWrite = () => {
      const written = deps.guard.lastWrite();
      if (!written.ok) set({ storageError: written.message });
      else if (get().storageError !== null) set({ storageError: null });
    };

    const undo = (entry: UndoEntry, rest: UndoEntry[]): UndoResult => {
      const s = get();
      if (entry.kind === 'note') {
        // Already back (another tab restored or re-saved it): nothing to put back.
        if (own(s.notes, entry.note.id)) {
          set({ undoStack: rest });
          return { ok: true };
        }
        const next = restored<Note>(
          s.notes,
          s.noteTombstones,
          entry.note.id,
          entry.note,
          deps.now(),
        );
        return commit(
          set,
          get,
          deps,
          { notes: next.items, noteTombstones: next.tombstones },
          { undoStack: rest },
        );
      }
      const id = entry.draft.version.id;
      if (own(s.imports, id)) {
        set({ undoStack: rest });
        return { ok: true };
      }
      const next = restored<ImportedDraft>(
        s.imports,
        s.importTombstones,
        id,
        entry.draft,
        deps.now(),
      );
      return commit(
        set,
        get,
        deps,
        { imports: next.items, importTombstones: next.tombstones },
        { undoStack: rest },
      );
    };

    return {
      recoveries: [],
      storageError: null,
      undoStack: [],

      dismissRecovery: (id) => {
        deps.guard.releaseRecovery(id);
        // This set also retries the write that a recovery waiting for download had held back.
        set({ recoveries: get().recoveries.filter((r) => r.id !== id) });
        reportWrite();
      },

      dismissStorageError: () => set({ storageError: null }),

      undoDelete: (token) => {
        const stack = get().undoStack;
        const entry =
          token === undefined ? stack[stack.length - 1] : stack.find((e) => e.token === token);
        if (!entry)
          return { ok: false, reason: 'nothing-to-undo', message: 'There is nothing to undo.' };
        return undo(
          entry,
          stack.filter((e) => e !== entry),
        );
      },

      syncFromStorage: (raw) => {
        const incoming = deps.guard.readExternal(raw);
        const recoveries = deps.guard.takeRecoveries();
        const s: AppState = get();
        const patch: Partial<AppState> = recoveries.length
          ? { recoveries: [...s.recoveries, ...recoveries] }
          : {};
        if (incoming) {
          const notes = mergeItems(
            { items: s.notes, tombstones: s.noteTombstones },
            { items: incoming.notes, tombstones: incoming.noteTombstones },
            noteStamp,
          );
          const imports = mergeItems(
            { items: s.imports, tombstones: s.importTombstones },
            { items: incoming.imports, tombstones: incoming.importTombstones },
            importStamp,
          );
          Object.assign(patch, {
            notes: notes.items,
            noteTombstones: notes.tombstones,
            imports: imports.items,
            importTombstones: imports.tombstones,
          });
        }
        // Always set, even with nothing new here: the write (skipped when the stored text is
        // already equal) gives the other tab whatever it lacked of ours.
        set(patch);
        reportWrite();
      },
    };
  };
