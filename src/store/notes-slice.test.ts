import { describe, expect, it } from 'vitest';
import { exportNotesJson } from '../core/notes/notes-file';
import { memoryStorage } from './guarded-storage';
import { selectAllNotes, selectNotesFor } from './selectors';
import { fillableStorage, storedJson, testDeps, testStore } from './test-helpers';

const input = {
  version: 'us-28',
  label: '10a',
  text: 'Compare with Geneva 7.',
  pointText: 'Point 10a text.',
};

describe('notes slice', () => {
  it('creates a note and persists exactly the v2 shape (notes and imports only, nothing of the view)', () => {
    const storage = memoryStorage();
    const { store } = testStore(storage);
    const result = store.getState().saveNote(input);
    const note = {
      id: 'id-1',
      ...input,
      createdAt: '2025-11-21T09:00:00.000Z',
      updatedAt: '2025-11-21T09:00:00.000Z',
    };
    expect(result).toEqual({ ok: true, note });
    expect(store.getState().notes).toEqual({ 'id-1': note });
    expect(storedJson(storage)).toEqual({
      state: {
        notes: { 'id-1': note },
        noteTombstones: {},
        imports: {},
        importTombstones: {},
        decisions: {},
        decisionTombstones: {},
      },
      version: 2,
    });
  });

  it('updates a note: same id and createdAt, new text and updatedAt', () => {
    const { store, deps } = testStore(memoryStorage());
    store.getState().saveNote(input);
    deps.tick();
    const result = store.getState().saveNote({ ...input, id: 'id-1', text: 'Edited.' });
    expect(result.ok && result.note).toMatchObject({
      id: 'id-1',
      text: 'Edited.',
      createdAt: '2025-11-21T09:00:00.000Z',
      updatedAt: '2025-11-21T09:01:00.000Z',
    });
    expect(Object.keys(store.getState().notes)).toEqual(['id-1']);
  });

  it('refuses empty and overlong notes without changing or writing anything', () => {
    const storage = memoryStorage();
    const { store } = testStore(storage);
    expect(store.getState().saveNote({ ...input, text: '  ' })).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'A note cannot be empty.',
    });
    expect(store.getState().saveNote({ ...input, text: 'x'.repeat(10_001) })).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(store.getState().notes).toEqual({});
    expect(storage.getItem('peace-plan-diff')).toBeNull();
  });

  it('keeps notes across a reload (a new store over the same storage)', () => {
    const storage = memoryStorage();
    testStore(storage).store.getState().saveNote(input);
    const { store } = testStore(storage);
    expect(selectNotesFor('us-28', '10a')(store.getState())).toHaveLength(1);
    expect(store.getState().recoveries).toEqual([]);
  });

  it('deletes with a tombstone and undoes to exactly the same note', () => {
    const storage = memoryStorage();
    const { store, deps } = testStore(storage);
    const saved = store.getState().saveNote(input);
    deps.tick();
    const deleted = store.getState().deleteNote('id-1');
    expect(deleted).toEqual({ ok: true, token: 'id-2' });
    expect(store.getState().notes).toEqual({});
    expect(store.getState().noteTombstones).toEqual({
      'id-1': { deletedAt: '2025-11-21T09:01:00.000Z' },
    });
    expect(store.getState().undoStack).toHaveLength(1);

    deps.tick();
    expect(store.getState().undoDelete()).toEqual({ ok: true });
    expect(saved.ok && store.getState().notes['id-1']).toEqual(saved.ok && saved.note);
    expect(store.getState().noteTombstones['id-1']).toEqual({
      deletedAt: '2025-11-21T09:01:00.000Z',
      restoredAt: '2025-11-21T09:02:00.000Z',
    });
    expect(store.getState().undoStack).toEqual([]);
    expect(testStore(storage).store.getState().notes['id-1']).toBeDefined();
  });

  it('undoes a given deletion by token, and says when there is nothing to undo', () => {
    const { store } = testStore(memoryStorage());
    store.getState().saveNote(input);
    store.getState().saveNote({ ...input, label: '11', text: 'Other.' });
    const first = store.getState().deleteNote('id-1');
    store.getState().deleteNote('id-2');
    expect(first.ok && store.getState().undoDelete(first.token)).toEqual({ ok: true });
    expect(Object.keys(store.getState().notes)).toEqual(['id-1']);
    expect(store.getState().undoDelete()).toEqual({ ok: true });
    expect(store.getState().undoDelete()).toEqual({
      ok: false,
      reason: 'nothing-to-undo',
      message: 'There is nothing to undo.',
    });
    expect(store.getState().deleteNote('nope')).toMatchObject({ ok: false, reason: 'not-found' });
  });

  describe('when storage is full', () => {
    it('returns the failure, keeps memory equal to storage and reports storageError', () => {
      const storage = fillableStorage();
      const { store } = testStore(storage);
      store.getState().saveNote(input);
      const before = storage.getItem('peace-plan-diff');
      storage.full = true;

      const result = store
        .getState()
        .saveNote({ ...input, id: 'id-1', text: 'An edit that does not fit.' });
      expect(result).toMatchObject({ ok: false, reason: 'quota' });
      expect(store.getState().notes['id-1']?.text).toBe(input.text);
      expect(store.getState().storageError).toMatch(/storage for this site is full/);
      expect(storage.getItem('peace-plan-diff')).toBe(before);

      expect(store.getState().saveNote({ ...input, label: '12', text: 'New.' })).toMatchObject({
        ok: false,
        reason: 'quota',
      });
      expect(Object.keys(store.getState().notes)).toEqual(['id-1']);

      storage.full = false;
      expect(store.getState().saveNote({ ...input, id: 'id-1', text: 'Fits now.' })).toMatchObject({
        ok: true,
      });
      expect(store.getState().storageError).toBeNull();
      expect(testStore(storage).store.getState().notes['id-1']?.text).toBe('Fits now.');
    });

    it('does not delete (no undo entry) when the deletion cannot be saved', () => {
      const storage = fillableStorage();
      const { store } = testStore(storage);
      store.getState().saveNote(input);
      storage.full = true;
      expect(store.getState().deleteNote('id-1')).toMatchObject({ ok: false, reason: 'quota' });
      expect(store.getState().notes['id-1']).toBeDefined();
      expect(store.getState().undoStack).toEqual([]);
    });
  });

  describe('notes files', () => {
    const seed = (store: ReturnType<typeof testStore>['store'], tick: () => void) => {
      for (const [label, text] of [
        ['1', 'One.'],
        ['10a', 'Ten a.'],
        ['2', 'Two.\nLines.'],
      ] as const) {
        store.getState().saveNote({ ...input, label, text });
        tick();
      }
      store.getState().saveNote({ ...input, version: 'geneva-19', label: 'IV', text: 'Four.' });
    };

    it('export → empty store → import gives back exactly the same notes', () => {
      const a = testStore(memoryStorage());
      seed(a.store, a.deps.tick);
      const notes = selectAllNotes(a.store.getState());
      const file = exportNotesJson(notes);

      const b = testStore(memoryStorage());
      expect(b.store.getState().importNotesFile(file)).toEqual({
        ok: true,
        added: 4,
        updated: 0,
        restored: 0,
        duplicates: 0,
        older: 0,
        errors: [],
      });
      expect(selectAllNotes(b.store.getState())).toEqual(notes);
    });

    it('export → delete all → import restores exactly the same notes', () => {
      const { store, deps } = testStore(memoryStorage());
      seed(store, deps.tick);
      const notes = selectAllNotes(store.getState());
      const file = exportNotesJson(notes);
      deps.tick();
      for (const n of notes) store.getState().deleteNote(n.id);
      expect(store.getState().notes).toEqual({});
      deps.tick();
      expect(store.getState().importNotesFile(file)).toMatchObject({ ok: true, restored: 4 });
      expect(selectAllNotes(store.getState())).toEqual(notes);
    });

    it('importing the same file twice adds nothing; a copy with new ids is skipped as duplicates', () => {
      const { store, deps } = testStore(memoryStorage());
      seed(store, deps.tick);
      const notes = selectAllNotes(store.getState());
      const file = exportNotesJson(notes);
      expect(store.getState().importNotesFile(file)).toMatchObject({
        ok: true,
        added: 0,
        older: 4,
      });
      const renumbered = exportNotesJson(notes.map((n, i) => ({ ...n, id: `copy-${i}` })));
      expect(store.getState().importNotesFile(renumbered)).toMatchObject({
        ok: true,
        added: 0,
        duplicates: 4,
      });
      expect(Object.keys(store.getState().notes)).toHaveLength(4);
    });

    it('imports the valid entries and reports the others by line', () => {
      const { store } = testStore(memoryStorage());
      const good = {
        id: 'g',
        ...input,
        createdAt: '2025-11-21T09:00:00.000Z',
        updatedAt: '2025-11-21T09:00:00.000Z',
      };
      const text = `{\n "format": "peace-plan-diff/notes",\n "version": 1,\n "notes": [\n  ${JSON.stringify(good)},\n  {"id": "b"}\n ]\n}`;
      const result = store.getState().importNotesFile(text);
      expect(result).toMatchObject({ ok: true, added: 1 });
      expect(result.errors).toEqual([
        { line: 6, message: expect.stringMatching(/^Note 2: version: /) as unknown },
      ]);
      expect(store.getState().notes.g).toEqual(good);
    });

    it('reports a full storage on import and imports nothing', () => {
      const storage = fillableStorage();
      const { store } = testStore(storage);
      storage.full = true;
      const file = exportNotesJson([
        {
          id: 'g',
          ...input,
          createdAt: '2025-11-21T09:00:00.000Z',
          updatedAt: '2025-11-21T09:00:00.000Z',
        },
      ]);
      expect(store.getState().importNotesFile(file)).toMatchObject({
        ok: false,
        reason: 'quota',
        errors: [],
      });
      expect(store.getState().notes).toEqual({});
    });
  });

  it('starts with nothing persisted for an untouched store', () => {
    const deps = testDeps();
    const storage = memoryStorage();
    testStore(storage, deps);
    expect(storage.data.size).toBe(0);
  });
});
