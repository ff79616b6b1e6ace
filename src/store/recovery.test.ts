/**
 * Stored values that cannot be read in full: kept aside, never deleted; the store starts with what
 * could be salvaged and a recovery for the UI.
 */
import { describe, expect, it } from 'vitest';
import { version } from '../core/notes/test-fixtures';
import { memoryStorage } from './guarded-storage';
import { serializeState } from './persisted-state';
import { fillableStorage, storedJson, testStore } from './test-helpers';

const KEY = 'peace-plan-diff';
const KEPT = 'peace-plan-diff:recovered:2025-11-21T09:00:00.000Z';
const at = '2025-11-21T08:00:00.000Z';
const good = {
  id: 'good',
  version: 'us-28',
  label: '1',
  text: 'Kept.',
  pointText: 'P1',
  createdAt: at,
  updatedAt: at,
};
const bad = {
  id: 'bad',
  version: 'us-28',
  label: '2',
  text: '',
  pointText: 'P2',
  createdAt: at,
  updatedAt: at,
};
const v2 = (state: object, version: unknown = 2) => JSON.stringify({ state, version });

function open(raw: string) {
  const storage = memoryStorage({ [KEY]: raw });
  return { storage, ...testStore(storage) };
}

describe('reading the stored value', () => {
  it('loads a valid v2 value as it is, without a recovery', () => {
    const raw = serializeState({
      notes: { good },
      noteTombstones: {},
      imports: {},
      importTombstones: {},
      decisions: {},
      decisionTombstones: {},
    });
    const { store, storage } = open(raw);
    expect(store.getState().notes).toEqual({ good });
    expect(store.getState().recoveries).toEqual([]);
    expect(storage.getItem(KEY)).toBe(raw);
    expect(storage.data.size).toBe(1);
  });

  it('migrates a v1 value and rewrites it as v2', () => {
    const raw = JSON.stringify({
      state: { notes: { 'us-28:10a': { body: 'Old note.', at: Date.parse(at) } } },
      version: 1,
    });
    const { store, storage } = open(raw);
    const note = {
      id: 'v1:us-28:10a',
      version: 'us-28',
      label: '10a',
      text: 'Old note.',
      pointText: '',
      createdAt: at,
      updatedAt: at,
    };
    expect(store.getState().notes).toEqual({ [note.id]: note });
    expect(store.getState().recoveries).toEqual([]);
    expect(storedJson(storage)).toEqual({
      state: {
        notes: { [note.id]: note },
        noteTombstones: {},
        imports: {},
        importTombstones: {},
        decisions: {},
        decisionTombstones: {},
      },
      version: 2,
    });
  });

  it('keeps invalid JSON aside, starts empty and tells the UI', () => {
    const raw = '{"state": {"notes": {"good": ';
    const { store, storage } = open(raw);
    expect(storage.getItem(KEPT)).toBe(raw);
    expect(store.getState().notes).toEqual({});
    const [recovery] = store.getState().recoveries;
    expect(recovery).toEqual({
      id: KEPT,
      message: `Your saved notes could not be read: the stored data is damaged. The stored data, exactly as found, is kept in this browser under "${KEPT}"; you can also download it.`,
      problems: ['the stored text is not valid JSON'],
      raw,
      keptAs: KEPT,
      foundAt: '2025-11-21T09:00:00.000Z',
      salvaged: { notes: 0, imports: 0 },
    });
    // The damaged value was replaced (it is kept aside), so the next start does not report it again.
    expect(storedJson(storage)).toEqual({
      state: {
        notes: {},
        noteTombstones: {},
        imports: {},
        importTombstones: {},
        decisions: {},
        decisionTombstones: {},
      },
      version: 2,
    });
    expect(testStore(storage).store.getState().recoveries).toEqual([]);
  });

  it('keeps a value of the wrong shape aside and salvages the notes it holds', () => {
    const raw = JSON.stringify({ notes: { good } });
    const { store, storage } = open(raw);
    expect(storage.getItem(KEPT)).toBe(raw);
    expect(store.getState().notes).toEqual({ good });
    expect(store.getState().recoveries[0]).toMatchObject({
      problems: ['the stored value has no "state" and "version"'],
      salvaged: { notes: 1, imports: 0 },
    });
    for (const shape of ['[1, 2]', '42', 'null']) {
      const other = open(shape);
      expect(other.storage.getItem(KEPT)).toBe(shape);
      expect(other.store.getState().recoveries).toHaveLength(1);
    }
  });

  it('keeps a v2 value with a damaged note aside and loads the valid notes', () => {
    const raw = v2({
      notes: { good, bad },
      noteTombstones: { gone: { deletedAt: 'never' } },
      imports: {},
      importTombstones: {},
      decisions: {},
      decisionTombstones: {},
    });
    const { store, storage } = open(raw);
    expect(storage.getItem(KEPT)).toBe(raw);
    expect(store.getState().notes).toEqual({ good });
    expect(store.getState().recoveries[0]).toMatchObject({
      problems: [
        'note bad: text: must not be empty',
        'noteTombstones › gone: not a valid deletion record',
      ],
      salvaged: { notes: 1, imports: 0 },
    });
    expect(store.getState().recoveries[0]?.message).toMatch(
      /^Some of your saved notes could not be read \(2 damaged entries\)\. Recovered 1 note and 0 imported drafts\./,
    );
  });

  it('keeps a v2 value with a damaged imported draft aside and loads the rest', () => {
    const draft = { version: version({ id: 'imported-a' }), importedAt: at };
    const broken = {
      version: { ...version({ id: 'imported-b' }), completeness: 'rumour' },
      importedAt: at,
    };
    const { store, storage } = open(
      v2({
        notes: {},
        noteTombstones: {},
        imports: { 'imported-a': draft, 'imported-b': broken },
        importTombstones: {},
        decisions: {},
        decisionTombstones: {},
      }),
    );
    expect(Object.keys(store.getState().imports)).toEqual(['imported-a']);
    expect(storage.getItem(KEPT)).not.toBeNull();
    expect(store.getState().recoveries[0]?.problems[0]).toMatch(
      /^imported draft imported-b: version: completeness/,
    );
  });

  it('keeps a v1 value with a damaged entry aside and migrates the rest', () => {
    const raw = JSON.stringify({
      state: { notes: { 'us-28:1': { body: 'Fine.', at: 0 }, 'us-28:2': { body: 42, at: 0 } } },
      version: 1,
    });
    const { store, storage } = open(raw);
    expect(Object.keys(store.getState().notes)).toEqual(['v1:us-28:1']);
    expect(storage.getItem(KEPT)).toBe(raw);
    expect(store.getState().recoveries[0]?.problems).toEqual(['note us-28:2: no text']);
    expect(storedJson(storage)).toMatchObject({ version: 2 });
  });

  it('keeps a value from a newer app version aside and salvages the notes it can read', () => {
    const raw = v2(
      { notes: { good, other: { ...good, id: 'other', mood: 'new field' } }, extra: {} },
      3,
    );
    const { store, storage } = open(raw);
    expect(storage.getItem(KEPT)).toBe(raw);
    expect(Object.keys(store.getState().notes)).toEqual(['good', 'other']);
    expect(store.getState().recoveries[0]?.message).toMatch(
      /^Your notes were saved by a newer version of this app \(format 3\)/,
    );
  });

  it('keeps a value with version 0 or no version aside (unknown format) and salvages', () => {
    for (const stored of [0, undefined, 'two']) {
      const raw = JSON.stringify({ state: { notes: { good } }, version: stored });
      const { store, storage } = open(raw);
      expect(storage.getItem(KEPT)).toBe(raw);
      expect(store.getState().notes).toEqual({ good });
      expect(store.getState().recoveries[0]?.message).toMatch(
        /^Your saved notes are in a format this app does not know\./,
      );
    }
  });

  it('when the raw value cannot be kept aside (storage full), holds all writes until the reader dismisses it', () => {
    const raw = '{broken';
    const storage = fillableStorage({ [KEY]: raw });
    storage.full = true;
    const { store } = testStore(storage);
    const [recovery] = store.getState().recoveries;
    expect(recovery).toMatchObject({ keptAs: null, raw });
    expect(recovery?.message).toMatch(
      /could not be kept aside because storage is full: download it now/,
    );
    expect(store.getState().storageError).toMatch(/dismiss the message/);

    storage.full = false; // room again, but the raw text must still not be overwritten unseen
    const input = { version: 'us-28', label: '1', text: 'New.', pointText: '' };
    expect(store.getState().saveNote(input)).toMatchObject({ ok: false, reason: 'blocked' });
    expect(storage.getItem(KEY)).toBe(raw);

    store.getState().dismissRecovery(recovery?.id ?? '');
    expect(store.getState().recoveries).toEqual([]);
    expect(store.getState().saveNote(input)).toMatchObject({ ok: true });
    expect(storedJson(storage)).toMatchObject({ version: 2 });
  });

  it('dismisses a recovery without touching the copy kept aside', () => {
    const { store, storage } = open('nope');
    store.getState().dismissRecovery(KEPT);
    expect(store.getState().recoveries).toEqual([]);
    expect(storage.getItem(KEPT)).toBe('nope');
  });

  it('prunes old tombstones on load', () => {
    const raw = serializeState({
      notes: {},
      noteTombstones: { old: { deletedAt: '2025-01-01T00:00:00.000Z' }, recent: { deletedAt: at } },
      imports: {},
      importTombstones: {},
      decisions: {},
      decisionTombstones: {},
    });
    expect(Object.keys(open(raw).store.getState().noteTombstones)).toEqual(['recent']);
  });
});

describe('without storage', () => {
  it('works in memory, says notes cannot be saved, and refuses saves', () => {
    const { store } = testStore(null);
    expect(store.getState().storageError).toMatch(/does not let the app save notes/);
    expect(
      store.getState().saveNote({ version: 'us-28', label: '1', text: 'x', pointText: '' }),
    ).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('treats a storage whose reads throw as empty', () => {
    const storage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    const { store } = testStore(storage);
    expect(store.getState().notes).toEqual({});
  });
});
