/**
 * The store's interface for components: narrow hooks, never the whole store (style brief §1.3),
 * plus the action groups. Actions are stable functions, so the action hooks never cause renders.
 */
import { useShallow } from 'zustand/react/shallow';
import type { ImportedDraft } from '../core/notes/imported-drafts';
import type { Note } from '../core/notes/note';
import { exportNotesJson } from '../core/notes/notes-file';
import type { Version } from '../core/model/types';
import { appStore, useAppStore } from './app-store';
import type { Recovery } from './guarded-storage';
import {
  selectAllNotes,
  selectImportedVersions,
  selectImports,
  selectLastDeleted,
  selectNoteCount,
  selectNotesFor,
  selectRecovery,
  selectStorageError,
} from './selectors';
import type { AppState, UndoEntry } from './store-types';

export function useNotesFor(version: string, label: string): Note[] {
  return useAppStore(useShallow(selectNotesFor(version, label)));
}

export function useAllNotes(): Note[] {
  return useAppStore(useShallow(selectAllNotes));
}

export function useNoteCount(version: string): number {
  return useAppStore(selectNoteCount(version));
}

export function useImports(): ImportedDraft[] {
  return useAppStore(useShallow(selectImports));
}

export function useImportedVersions(): Version[] {
  return useAppStore(useShallow(selectImportedVersions));
}

export function useRecovery(): Recovery | null {
  return useAppStore(selectRecovery);
}

export function useStorageError(): string | null {
  return useAppStore(selectStorageError);
}

export function useLastDeleted(): UndoEntry | null {
  return useAppStore(selectLastDeleted);
}

type Pick2<K extends keyof AppState> = Pick<AppState, K>;

export function useNoteActions(): Pick2<
  'saveNote' | 'deleteNote' | 'importNotes' | 'importNotesFile'
> {
  return useAppStore(
    useShallow((s) => ({
      saveNote: s.saveNote,
      deleteNote: s.deleteNote,
      importNotes: s.importNotes,
      importNotesFile: s.importNotesFile,
    })),
  );
}

export function useImportActions(): Pick2<'addImport' | 'renameImport' | 'deleteImport'> {
  return useAppStore(
    useShallow((s) => ({
      addImport: s.addImport,
      renameImport: s.renameImport,
      deleteImport: s.deleteImport,
    })),
  );
}

export function useStatusActions(): Pick2<
  'dismissRecovery' | 'dismissStorageError' | 'undoDelete'
> {
  return useAppStore(
    useShallow((s) => ({
      dismissRecovery: s.dismissRecovery,
      dismissStorageError: s.dismissStorageError,
      undoDelete: s.undoDelete,
    })),
  );
}

/** The notes file of every note, for a download button (reads the store when called, no render). */
export function exportAllNotes(): string {
  return exportNotesJson(selectAllNotes(appStore.getState()));
}

/** The reader's decisions on possible matches, by decision id (the record changes only on a decision). */
export function useDecisions(): AppState['decisions'] {
  return useAppStore((s) => s.decisions);
}
