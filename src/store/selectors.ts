/**
 * Narrow selectors over the app store. Selectors that build arrays return fresh arrays of the
 * same note objects; the hooks wrap them in `useShallow` so a component re-renders only when an
 * element changes (zustand `docs/learn/guides/prevent-rerenders-with-use-shallow.md`).
 */
import type { ImportedDraft } from '../core/notes/imported-drafts';
import { compareByCreation, compareNotes, timeOf, type Note } from '../core/notes/note';
import type { Version } from '../core/model/types';
import type { Recovery } from './guarded-storage';
import type { AppState, UndoEntry } from './store-types';

/** Notes on one point, oldest first. */
export const selectNotesFor =
  (version: string, label: string) =>
  (s: AppState): Note[] =>
    Object.values(s.notes)
      .filter((n) => n.version === version && n.label === label)
      .sort(compareByCreation);

/** Every note, by version, point and age (the export order). */
export const selectAllNotes = (s: AppState): Note[] => Object.values(s.notes).sort(compareNotes);

/** How many notes a version has (for badges in the version picker). */
export const selectNoteCount =
  (version: string) =>
  (s: AppState): number =>
    Object.values(s.notes).reduce((n, note) => n + (note.version === version ? 1 : 0), 0);

/** Imported drafts, oldest import first. */
export const selectImports = (s: AppState): ImportedDraft[] =>
  Object.values(s.imports).sort(
    (a, b) => timeOf(a.importedAt) - timeOf(b.importedAt) || (a.version.id < b.version.id ? -1 : 1),
  );

/** The imported versions, for merging into the version list beside the bundled ones. */
export const selectImportedVersions = (s: AppState): Version[] =>
  selectImports(s).map((d) => d.version);

/** The first recovery still to show, or `null`. */
export const selectRecovery = (s: AppState): Recovery | null => s.recoveries[0] ?? null;

export const selectStorageError = (s: AppState): string | null => s.storageError;

/** The most recent deletion that can be undone (for an "Undo" toast), or `null`. */
export const selectLastDeleted = (s: AppState): UndoEntry | null =>
  s.undoStack[s.undoStack.length - 1] ?? null;
