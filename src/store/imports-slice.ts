/** Imported drafts slice: versions the reader brought in, under `imported-…` ids. */
import { parseVersionJson } from '../core/model/schema';
import {
  draftTitleProblem,
  importedDraftId,
  type ImportedDraft,
} from '../core/notes/imported-drafts';
import { emptyRecord, own, withEntry, withoutEntry } from '../core/notes/id-record';
import { deletionTombstone } from '../core/notes/merge';
import { commit } from './commit';
import type { ImportsSlice, SliceCreator, StoreDeps } from './store-types';
import { pushUndo } from './undo';

export const createImportsSlice =
  (deps: StoreDeps): SliceCreator<ImportsSlice> =>
  (set, get) => ({
    imports: emptyRecord(),
    importTombstones: emptyRecord(),

    addImport: (version, options) => {
      const { imports, importTombstones } = get();
      // Deleted ids stay taken while their deletion can be undone or merged from another tab.
      const taken = new Set([...Object.keys(imports), ...Object.keys(importTombstones)]);
      const id = importedDraftId(version.title, taken);
      const parsed = parseVersionJson({ ...version, id }, 'imported draft', 'import');
      if (!parsed.ok)
        return {
          ok: false,
          reason: 'invalid',
          message: 'This draft is not a valid version.',
          errors: parsed.errors,
        };
      const draft: ImportedDraft = { version: parsed.value, importedAt: deps.now().toISOString() };
      if (options?.sourceText !== undefined) draft.sourceText = options.sourceText;
      const written = commit(set, get, deps, { imports: withEntry(imports, id, draft) });
      return written.ok ? { ok: true, id } : written;
    },

    renameImport: (id, title) => {
      const draft = own(get().imports, id);
      if (!draft)
        return { ok: false, reason: 'not-found', message: 'This imported draft no longer exists.' };
      const problem = draftTitleProblem(title);
      if (problem) return { ok: false, reason: 'invalid', message: problem };
      const renamed: ImportedDraft = {
        ...draft,
        version: { ...draft.version, title: title.trim() },
        renamedAt: deps.now().toISOString(),
      };
      return commit(set, get, deps, { imports: withEntry(get().imports, id, renamed) });
    },

    deleteImport: (id) => {
      const { imports, importTombstones } = get();
      const draft = own(imports, id);
      if (!draft)
        return { ok: false, reason: 'not-found', message: 'This imported draft no longer exists.' };
      const rest = withoutEntry(imports, id);
      const tomb = deletionTombstone(own(importTombstones, id), deps.now());
      const token = deps.newId();
      const written = commit(
        set,
        get,
        deps,
        { imports: rest, importTombstones: withEntry(importTombstones, id, tomb) },
        {
          undoStack: pushUndo(get().undoStack, {
            token,
            kind: 'import',
            draft,
            deletedAt: tomb.deletedAt,
          }),
        },
      );
      return written.ok ? { ok: true, token } : written;
    },
  });
