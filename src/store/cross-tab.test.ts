/**
 * Notes written in another tab appear in this one, without either overwriting the other. Another
 * tab is simulated the way the browser shows it: its value is written into localStorage, then a
 * `storage` event for our key is dispatched on window.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../core/notes/note';
import { connectStorageEvents, type AppStore } from './create-app-store';
import { memoryStorage } from './guarded-storage';
import { emptyPersistedState, serializeState, type PersistedStateV2 } from './persisted-state';
import { storedJson, testDeps, testStore } from './test-helpers';

const KEY = 'peace-plan-diff';
const n = (id: string, text: string, minute: number, extra: Partial<Note> = {}): Note => {
  const at = new Date(Date.UTC(2025, 10, 21, 9, minute)).toISOString();
  return {
    id,
    version: 'us-28',
    label: '1',
    text,
    pointText: 'P',
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
};

/** What another tab does: write its whole state, and the browser tells the other tabs. */
function otherTabWrites(state: PersistedStateV2 | string) {
  const oldValue = localStorage.getItem(KEY);
  const newValue = typeof state === 'string' ? state : serializeState(state);
  localStorage.setItem(KEY, newValue);
  window.dispatchEvent(
    new StorageEvent('storage', { key: KEY, oldValue, newValue, storageArea: localStorage }),
  );
}

let disconnect: () => void = () => undefined;
function tab(deps = testDeps()): AppStore {
  const { store } = testStore(localStorage, deps);
  disconnect = connectStorageEvents(store, window, localStorage);
  return store;
}

beforeEach(() => localStorage.clear());
afterEach(() => disconnect());

describe('cross-tab sync', () => {
  it("adds the other tab's notes and writes back this tab's, so neither is lost", () => {
    const deps = testDeps();
    const store = tab(deps);
    store.getState().saveNote({ version: 'us-28', label: '1', text: 'Mine.', pointText: 'P' });
    const mine = store.getState().notes['id-1'] as Note;

    // The other tab had loaded before this tab saved, so its value lacks "mine".
    const theirs = n('theirs', 'Theirs.', 5);
    otherTabWrites({ ...emptyPersistedState(), notes: { theirs } });

    expect(store.getState().notes).toEqual({ 'id-1': mine, theirs });
    expect(storedJson(localStorage)).toMatchObject({ state: { notes: { 'id-1': mine, theirs } } });
  });

  it('takes the newer version of a note edited in both tabs, in either direction', () => {
    const store = tab();
    store.setState({ notes: { a: n('a', 'mine, newer', 10), b: n('b', 'mine, older', 1) } });

    otherTabWrites({
      ...emptyPersistedState(),
      notes: { a: n('a', 'theirs, older', 5), b: n('b', 'theirs, newer', 6) },
    });

    expect(store.getState().notes.a?.text).toBe('mine, newer');
    expect(store.getState().notes.b?.text).toBe('theirs, newer');
    expect(storedJson(localStorage)).toMatchObject({
      state: { notes: { a: { text: 'mine, newer' }, b: { text: 'theirs, newer' } } },
    });
  });

  it("applies the other tab's deletion, but not to an edit made after it", () => {
    const store = tab();
    store.setState({
      notes: {
        old: n('old', 'edited before the deletion', 1),
        fresh: n('fresh', 'edited after the deletion', 9),
      },
    });

    otherTabWrites({
      ...emptyPersistedState(),
      noteTombstones: {
        old: { deletedAt: n('', '', 5).updatedAt },
        fresh: { deletedAt: n('', '', 5).updatedAt },
      },
    });

    expect(Object.keys(store.getState().notes)).toEqual(['fresh']);
    expect(Object.keys(store.getState().noteTombstones)).toEqual(['fresh', 'old']);
  });

  it('shows an undo made in the other tab', () => {
    const store = tab();
    const note = n('a', 'back again', 1);
    store.setState({ notes: {}, noteTombstones: { a: { deletedAt: n('', '', 2).updatedAt } } });
    otherTabWrites({
      ...emptyPersistedState(),
      notes: { a: note },
      noteTombstones: {
        a: { deletedAt: n('', '', 2).updatedAt, restoredAt: n('', '', 3).updatedAt },
      },
    });
    expect(store.getState().notes.a).toEqual(note);
  });

  it("merges the other tab's imported drafts and renames too", () => {
    const store = tab();
    store.getState().addImport({
      id: 'x',
      title: 'Draft',
      date: '2025-11-20',
      completeness: 'count-only',
      claimedPoints: 3,
      claimedBy: [],
      reportedBy: ['A1'],
      summary: '',
      points: [],
    });
    const draft = store.getState().imports['imported-draft'];
    if (!draft) throw new Error('no draft');
    const renamed = {
      ...draft,
      version: { ...draft.version, title: 'Renamed there' },
      renamedAt: n('', '', 30).updatedAt,
    };
    otherTabWrites({ ...emptyPersistedState(), imports: { 'imported-draft': renamed } });
    expect(store.getState().imports['imported-draft']?.version.title).toBe('Renamed there');
  });

  it('ignores events for other keys and removals', () => {
    const store = tab();
    store.setState({ notes: { a: n('a', 'x', 1) } });
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: 'something-else',
        newValue: serializeState(emptyPersistedState()),
        storageArea: localStorage,
      }),
    );
    window.dispatchEvent(
      new StorageEvent('storage', { key: KEY, newValue: null, storageArea: localStorage }),
    );
    window.dispatchEvent(
      new StorageEvent('storage', { key: null, newValue: null, storageArea: localStorage }),
    );
    expect(Object.keys(store.getState().notes)).toEqual(['a']);
  });

  it("keeps a damaged value from the other tab aside, keeps this tab's notes and rewrites storage", () => {
    const store = tab();
    store.getState().saveNote({ version: 'us-28', label: '1', text: 'Mine.', pointText: 'P' });
    otherTabWrites('{"state": oops');
    expect(localStorage.getItem('peace-plan-diff:recovered:2025-11-21T09:00:00.000Z')).toBe(
      '{"state": oops',
    );
    expect(store.getState().recoveries).toHaveLength(1);
    expect(Object.keys(store.getState().notes)).toEqual(['id-1']);
    expect(storedJson(localStorage)).toMatchObject({
      version: 2,
      state: { notes: { 'id-1': { text: 'Mine.' } } },
    });
  });

  it('stops saving when another tab runs a newer app version, rather than overwrite its format', () => {
    const store = tab();
    const newer = JSON.stringify({
      state: { notes: { a: n('a', 'from the future', 1) }, tags: {} },
      version: 3,
    });
    otherTabWrites(newer);
    expect(store.getState().notes.a?.text).toBe('from the future');
    expect(store.getState().storageError).toMatch(/newer version of this app. Reload this tab/);
    expect(
      store.getState().saveNote({ version: 'us-28', label: '2', text: 'x', pointText: '' }),
    ).toMatchObject({ ok: false, reason: 'blocked' });
    expect(localStorage.getItem(KEY)).toBe(newer);
  });

  it('keeps two live tabs in step both ways (a shared storage and the events between them)', () => {
    const shared = memoryStorage();
    const a = testStore(shared, testDeps(undefined, 'a')).store;
    const b = testStore(shared, testDeps(Date.parse('2025-11-21T09:00:30.000Z'), 'b')).store;
    // What the browser does: a write by one tab is an event in the other.
    const deliverTo = (target: AppStore) => target.getState().syncFromStorage(shared.getItem(KEY));

    a.getState().saveNote({ version: 'us-28', label: '1', text: 'From A.', pointText: 'P' });
    b.getState().saveNote({
      version: 'us-28',
      label: '2',
      text: 'From B (overwrote A in storage).',
      pointText: 'P',
    });
    expect(
      Object.keys((storedJson(shared) as { state: PersistedStateV2 }).state.notes),
    ).toHaveLength(1);

    deliverTo(a); // A hears B's write: merges and writes both back
    deliverTo(b); // B hears A's merged write
    expect(a.getState().notes).toEqual(b.getState().notes);
    expect(
      Object.values(a.getState().notes)
        .map((x) => x.text)
        .sort(),
    ).toEqual(['From A.', 'From B (overwrote A in storage).']);
    expect(storedJson(shared)).toEqual({
      state: {
        notes: a.getState().notes,
        noteTombstones: {},
        imports: {},
        importTombstones: {},
        decisions: {},
        decisionTombstones: {},
      },
      version: 2,
    });

    const idA = Object.values(a.getState().notes).find((x) => x.text === 'From A.')?.id ?? '';
    b.getState().deleteNote(idA);
    deliverTo(a);
    expect(a.getState().notes[idA]).toBeUndefined();
    b.getState().undoDelete();
    deliverTo(a);
    expect(a.getState().notes[idA]?.text).toBe('From A.');
  });
});
