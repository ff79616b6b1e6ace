import { describe, expect, it } from 'vitest';
import { version } from '../core/notes/test-fixtures';
import { memoryStorage } from './guarded-storage';
import { selectImportedVersions, selectImports } from './selectors';
import { fillableStorage, storedJson, testStore } from './test-helpers';

describe('imports slice', () => {
  it('keeps an imported version under a unique imported- id, validated and persisted', () => {
    const storage = memoryStorage();
    const { store } = testStore(storage);
    const result = store
      .getState()
      .addImport(version({ id: 'us-28', title: 'Leaked draft' }), { sourceText: 'pasted text' });
    expect(result).toEqual({ ok: true, id: 'imported-leaked-draft' });
    const draft = {
      version: version({ id: 'imported-leaked-draft', title: 'Leaked draft' }),
      importedAt: '2025-11-21T09:00:00.000Z',
      sourceText: 'pasted text',
    };
    expect(selectImports(store.getState())).toEqual([draft]);
    expect(storedJson(storage)).toEqual({
      state: {
        notes: {},
        noteTombstones: {},
        imports: { 'imported-leaked-draft': draft },
        importTombstones: {},
        decisions: {},
        decisionTombstones: {},
      },
      version: 2,
    });
    expect(store.getState().addImport(version({ title: 'Leaked draft' }))).toEqual({
      ok: true,
      id: 'imported-leaked-draft-2',
    });
    expect(selectImportedVersions(store.getState()).map((v) => v.id)).toEqual([
      'imported-leaked-draft',
      'imported-leaked-draft-2',
    ]);
  });

  it('refuses an invalid version with the schema messages', () => {
    const { store } = testStore(memoryStorage());
    const point = { label: '1', text: 'x', topics: [], sources: [] };
    const bad = version({ points: [point, point] });
    const result = store.getState().addImport(bad);
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: 'This draft is not a valid version.',
    });
    expect(!result.ok && 'errors' in result && result.errors).toEqual([
      'imported draft: point 1: label is used twice',
    ]);
    expect(store.getState().imports).toEqual({});
  });

  it('renames a draft, keeping its id', () => {
    const storage = memoryStorage();
    const { store, deps } = testStore(storage);
    store.getState().addImport(version({ title: 'Draft A' }));
    deps.tick();
    expect(store.getState().renameImport('imported-draft-a', '  Draft A (Reuters copy) ')).toEqual({
      ok: true,
    });
    const draft = store.getState().imports['imported-draft-a'];
    expect(draft?.version.title).toBe('Draft A (Reuters copy)');
    expect(draft?.renamedAt).toBe('2025-11-21T09:01:00.000Z');
    expect(testStore(storage).store.getState().imports['imported-draft-a']?.version.title).toBe(
      'Draft A (Reuters copy)',
    );
    expect(store.getState().renameImport('imported-draft-a', ' ')).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'A title cannot be empty.',
    });
    expect(store.getState().renameImport('imported-nope', 'X')).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
  });

  it('deletes a draft undoably; its id stays taken meanwhile', () => {
    const { store, deps } = testStore(memoryStorage());
    store.getState().addImport(version({ title: 'Draft A' }));
    const before = store.getState().imports['imported-draft-a'];
    deps.tick();
    const deleted = store.getState().deleteImport('imported-draft-a');
    expect(deleted).toMatchObject({ ok: true });
    expect(store.getState().imports).toEqual({});
    expect(store.getState().addImport(version({ title: 'Draft A' }))).toEqual({
      ok: true,
      id: 'imported-draft-a-2',
    });
    deps.tick();
    expect(deleted.ok && store.getState().undoDelete(deleted.token)).toEqual({ ok: true });
    expect(store.getState().imports['imported-draft-a']).toEqual(before);
    expect(store.getState().importTombstones['imported-draft-a']).toEqual({
      deletedAt: '2025-11-21T09:01:00.000Z',
      restoredAt: '2025-11-21T09:02:00.000Z',
    });
  });

  it('reports a full storage and keeps nothing unsaved', () => {
    const storage = fillableStorage();
    const { store } = testStore(storage);
    storage.full = true;
    expect(store.getState().addImport(version())).toMatchObject({ ok: false, reason: 'quota' });
    expect(store.getState().imports).toEqual({});
    expect(store.getState().storageError).toMatch(/full/);
  });
});
