// @vitest-environment node
/**
 * Note ids are data: no id is special (issue #19: notes with ids `constructor`, `toString`,
 * `hasOwnProperty`, `valueOf` were reported as "id used twice" and moved aside; issue #18: a notes
 * file with `__proto__` ids threw). Every path a note id takes — storage, the store's actions, undo,
 * another tab, a notes file — keeps such notes as notes, and nothing reaches `Object.prototype`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mergeItems } from '../core/notes/merge';
import type { Note } from '../core/notes/note';
import { exportNotesJson } from '../core/notes/notes-file';
import { note } from '../core/notes/test-fixtures';
import { memoryStorage } from './guarded-storage';
import { checkStateV2, emptyPersistedState, noteStamp, serializeState } from './persisted-state';
import { selectAllNotes } from './selectors';
import { testDeps, testStore } from './test-helpers';

const SPECIAL = [
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__proto__',
  'prototype',
  'isPrototypeOf',
  '__defineGetter__',
];

const notes: Note[] = SPECIAL.map((id, i) =>
  note({ id, label: String(i + 1), text: `Note ${id}.` }),
);

/** A stored state holding one note under each special id, written as JSON like the store does. */
function storedWithSpecialIds(): string {
  const body = SPECIAL.map((id, i) => `${JSON.stringify(id)}: ${JSON.stringify(notes[i])}`);
  return `{"state":{"notes":{${body.join(',')}},"noteTombstones":{},"imports":{},"importTombstones":{}},"version":2}`;
}

const ids = (list: readonly Note[]) => list.map((n) => n.id).sort();

afterEach(() => {
  // Nothing may have been written onto the prototype every object shares.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(typeof Object.prototype.toString).toBe('function');
});

describe('no note id is special', () => {
  it('storage: every note loads, none is "used twice" or moved aside', () => {
    const checked = checkStateV2((JSON.parse(storedWithSpecialIds()) as { state: unknown }).state);
    expect(checked.problems).toEqual([]);
    expect(Object.keys(checked.state.notes).sort()).toEqual([...SPECIAL].sort());

    const { store } = testStore(memoryStorage({ 'peace-plan-diff': storedWithSpecialIds() }));
    expect(store.getState().recoveries).toEqual([]);
    expect(ids(selectAllNotes(store.getState()))).toEqual([...SPECIAL].sort());
  });

  it('the store: save, edit, delete and undo notes under these ids', () => {
    let next = 0;
    const deps = { ...testDeps(), newId: () => SPECIAL[next++ % SPECIAL.length] ?? 'x' };
    const storage = memoryStorage();
    const { store } = testStore(storage, deps);
    // Absent ids are absent, not Object.prototype's members.
    expect(store.getState().deleteNote('constructor')).toMatchObject({ reason: 'not-found' });
    for (let i = 0; i < SPECIAL.length; i++)
      store
        .getState()
        .saveNote({ version: 'us-28', label: String(i + 1), text: `T${i}`, pointText: '' });
    expect(ids(selectAllNotes(store.getState()))).toEqual([...SPECIAL].sort());

    const edited = store
      .getState()
      .saveNote({ id: '__proto__', version: 'us-28', label: '5', text: 'Edited.', pointText: '' });
    expect(edited).toMatchObject({ ok: true, note: { id: '__proto__', text: 'Edited.' } });
    expect(selectAllNotes(store.getState())).toHaveLength(SPECIAL.length);

    const deleted = store.getState().deleteNote('__proto__');
    expect(deleted.ok).toBe(true);
    expect(ids(selectAllNotes(store.getState()))).not.toContain('__proto__');
    expect(store.getState().undoDelete()).toEqual({ ok: true });
    expect(ids(selectAllNotes(store.getState()))).toContain('__proto__');

    // What was stored reads back the same in a new tab.
    const again = testStore(storage).store;
    expect(ids(selectAllNotes(again.getState()))).toEqual([...SPECIAL].sort());
    expect(again.getState().recoveries).toEqual([]);
  });

  it('a notes file: every note is added, in one report, without an error', () => {
    const { store } = testStore(memoryStorage());
    const result = store.getState().importNotesFile(exportNotesJson(notes));
    expect(result).toMatchObject({ ok: true, added: SPECIAL.length, errors: [] });
    expect(ids(selectAllNotes(store.getState()))).toEqual([...SPECIAL].sort());
    // Importing the same file again: all already here, none "updated" from the prototype.
    expect(store.getState().importNotesFile(exportNotesJson(notes))).toMatchObject({
      ok: true,
      added: 0,
      updated: 0,
      older: SPECIAL.length,
    });
  });

  it('another tab: its notes under these ids merge in', () => {
    const { store } = testStore(memoryStorage());
    store.getState().syncFromStorage(storedWithSpecialIds());
    expect(ids(selectAllNotes(store.getState()))).toEqual([...SPECIAL].sort());
    expect(store.getState().recoveries).toEqual([]);
  });

  it('the merge: an id present on one side only is taken, never looked up on the prototype', () => {
    const one = checkStateV2(JSON.parse(serializeState(emptyPersistedState()))).state;
    const other = checkStateV2(
      (JSON.parse(storedWithSpecialIds()) as { state: unknown }).state,
    ).state;
    const merged = mergeItems(
      { items: one.notes, tombstones: one.noteTombstones },
      { items: other.notes, tombstones: other.noteTombstones },
      noteStamp,
    );
    expect(Object.keys(merged.items).sort()).toEqual([...SPECIAL].sort());
    expect(Object.getPrototypeOf(merged.items)).toBeNull();
  });
});
