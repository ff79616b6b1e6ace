import { describe, expect, it } from 'vitest';
import { memoryStorage } from './guarded-storage';
import { serializeState, emptyPersistedState } from './persisted-state';
import { fillableStorage, storedJson, testDeps, testStore } from './test-helpers';

const AT = '2025-11-21T09:00:00.000Z';
const decision = {
  id: 'imported-a:4|us-28:6',
  a: ['imported-a:4'],
  b: ['us-28:6'],
  verdict: 'confirmed',
  decidedAt: AT,
};

describe('decisions slice', () => {
  it('stores a decision under its derived id, with the notes, and a reload keeps it', () => {
    const storage = memoryStorage();
    const { store } = testStore(storage);
    // Given in the view's order (us-28 on the left): kept in version order.
    expect(store.getState().decideMatch(['us-28:6'], ['imported-a:4'], 'confirmed')).toEqual({
      ok: true,
      decision,
    });
    expect(storedJson(storage)).toEqual({
      state: {
        notes: {},
        noteTombstones: {},
        imports: {},
        importTombstones: {},
        decisions: { [decision.id]: decision },
        decisionTombstones: {},
      },
      version: 2,
    });
    expect(testStore(storage).store.getState().decisions).toEqual({ [decision.id]: decision });
  });

  it('a new decision on the same pairing replaces the old one', () => {
    const deps = testDeps();
    const { store } = testStore(memoryStorage(), deps);
    store.getState().decideMatch(['us-28:6'], ['imported-a:4'], 'confirmed');
    deps.tick();
    store.getState().decideMatch(['imported-a:4'], ['us-28:6'], 'rejected');
    expect(Object.values(store.getState().decisions)).toEqual([
      { ...decision, verdict: 'rejected', decidedAt: '2025-11-21T09:01:00.000Z' },
    ]);
  });

  it('taking a decision back leaves a tombstone, so an older copy in another tab does not return', () => {
    const storage = memoryStorage();
    const deps = testDeps();
    const { store } = testStore(storage, deps);
    store.getState().decideMatch(['us-28:6'], ['imported-a:4'], 'confirmed');
    const older = serializeState({
      ...emptyPersistedState(),
      decisions: { [decision.id]: decision as never },
    });
    deps.tick();
    expect(store.getState().forgetDecision(decision.id)).toMatchObject({ ok: true });
    store.getState().syncFromStorage(older);
    expect(store.getState().decisions).toEqual({});
    expect(store.getState().decisionTombstones[decision.id]).toEqual({
      deletedAt: '2025-11-21T09:01:00.000Z',
    });
    expect(store.getState().forgetDecision(decision.id)).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
  });

  it('refuses a pairing of one version with itself, and a failed write changes nothing', () => {
    const storage = fillableStorage();
    const { store } = testStore(storage);
    expect(store.getState().decideMatch(['us-28:6'], ['us-28:7'], 'confirmed')).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'This decision: both sides are points of us-28',
    });
    storage.full = true;
    const failed = store.getState().decideMatch(['us-28:6'], ['imported-a:4'], 'rejected');
    expect(failed.ok).toBe(false);
    expect(store.getState().decisions).toEqual({});
    expect(store.getState().storageError).not.toBeNull();
  });

  it('reads a stored decision entry by entry: a damaged one is set aside, the rest kept', () => {
    const bad = { ...decision, id: 'imported-a:4|us-28:7' };
    const raw = JSON.stringify({
      state: {
        ...emptyPersistedState(),
        decisions: { [decision.id]: decision, [bad.id]: bad },
      },
      version: 2,
    });
    const { store } = testStore(memoryStorage({ 'peace-plan-diff': raw }));
    expect(Object.keys(store.getState().decisions)).toEqual([decision.id]);
    expect(store.getState().recoveries).toHaveLength(1);
  });
});
