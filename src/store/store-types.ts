/**
 * The shape of the one app store: slices for notes, imported drafts and status (recovery, storage
 * errors, undo, cross-tab sync). Each slice is a `StateCreator` over the whole store, declaring the
 * persist mutator, and middleware is applied only at the root (style brief §1.3).
 *
 * The view (which versions are compared, focused point, mode) is NOT here: the URL owns it (§3.1).
 */
import type { StateCreator } from 'zustand';
import type { ImportedDraft } from '../core/notes/imported-drafts';
import type { Tombstones } from '../core/notes/merge';
import type { Note, NoteId } from '../core/notes/note';
import type { NotesFileError } from '../core/notes/notes-file';
import type { Version, VersionId } from '../core/model/types';
import type { GuardedStorage, Recovery, WriteFailure, WriteResult } from './guarded-storage';
import type { PersistedStateV2 } from './persisted-state';

/** What the store needs from outside: storage, a clock and an id source (fixed in tests). */
export interface StoreDeps {
  guard: GuardedStorage;
  now: () => Date;
  newId: () => string;
}

/** A change the caller made that was refused before any write (empty note, bad title, …). */
export interface InvalidInput {
  ok: false;
  reason: 'invalid';
  message: string;
}

export interface NotFound {
  ok: false;
  reason: 'not-found';
  message: string;
}

/** What the note editor sends: no id for a new note. */
export interface NoteInput {
  id?: NoteId;
  version: VersionId;
  label: string;
  text: string;
  /** The point's text as shown while writing, to detect later changes (`pointTextStatus`). */
  pointText: string;
}

export type SaveNoteResult = { ok: true; note: Note } | InvalidInput | WriteFailure;
export type DeleteResult = { ok: true; token: string } | NotFound | WriteFailure;

export interface NotesImportCounts {
  added: number;
  updated: number;
  restored: number;
  duplicates: number;
  older: number;
}
export type ImportNotesResult = ({ ok: true } & NotesImportCounts) | WriteFailure;
export type ImportNotesFileResult = ImportNotesResult & {
  errors: NotesFileError[];
  /** The whole file was refused unread (empty, too deep, not JSON, not a notes file): `errors` says why. */
  refused?: true;
};

export type AddImportResult =
  { ok: true; id: VersionId } | (InvalidInput & { errors: string[] }) | WriteFailure;
export type RenameResult = WriteResult | InvalidInput | NotFound;
export type UndoResult = WriteResult | { ok: false; reason: 'nothing-to-undo'; message: string };

/** A deletion that can still be undone (in memory only; not kept across reloads). */
export type UndoEntry =
  | { token: string; kind: 'note'; note: Note; deletedAt: string }
  | { token: string; kind: 'import'; draft: ImportedDraft; deletedAt: string };

export type PersistedSlice = PersistedStateV2;

export interface NotesSlice {
  notes: Record<NoteId, Note>;
  noteTombstones: Tombstones;
  /** Create (no `id`) or update a note. On a failed write nothing changes and the result says why. */
  saveNote: (input: NoteInput) => SaveNoteResult;
  /** Delete a note; the token (also on the undo stack) undoes it with `undoDelete`. */
  deleteNote: (id: NoteId) => DeleteResult;
  /** Merge validated notes (e.g. from a file): same id → newer wins; same version+label+text → skipped. */
  importNotes: (notes: readonly Note[]) => ImportNotesResult;
  /** Read a notes file and merge its valid notes; `errors` lists the invalid entries by line. */
  importNotesFile: (text: string) => ImportNotesFileResult;
}

export interface ImportsSlice {
  imports: Record<VersionId, ImportedDraft>;
  importTombstones: Tombstones;
  /** Validate and keep an imported version under a new unique `imported-…` id. */
  addImport: (version: Version, options?: { sourceText?: string }) => AddImportResult;
  /** Retitle an imported draft; its id (and so its notes and links) stays. */
  renameImport: (id: VersionId, title: string) => RenameResult;
  /** Delete an imported draft (its notes stay, listed as not in the current data); undoable. */
  deleteImport: (id: VersionId) => DeleteResult;
}

export interface StatusSlice {
  /** Stored values that could not be read in full, oldest first; the UI shows the first. */
  recoveries: readonly Recovery[];
  /** The last failed save, for a banner; cleared by the next successful save or `dismissStorageError`. */
  storageError: string | null;
  /** Deletions that can be undone, most recent last (at most `UNDO_LIMIT`). */
  undoStack: readonly UndoEntry[];
  dismissRecovery: (id: string) => void;
  dismissStorageError: () => void;
  /** Undo the deletion with this token, or the most recent one. */
  undoDelete: (token?: string) => UndoResult;
  /** Merge what another tab wrote (a `storage` event's `newValue`) into this tab's state. */
  syncFromStorage: (raw: string | null) => void;
}

export type AppState = NotesSlice & ImportsSlice & StatusSlice;

export type SliceCreator<Slice> = StateCreator<AppState, [['zustand/persist', unknown]], [], Slice>;

export type SetState = Parameters<SliceCreator<AppState>>[0];
export type GetState = Parameters<SliceCreator<AppState>>[1];

export const UNDO_LIMIT = 20;
