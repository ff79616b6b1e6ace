import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migratePersistedState, migrateV1ToV2, salvageState } from './migrations';
import { checkStateV2, emptyPersistedState } from './persisted-state';

const v1 = {
  notes: {
    'us-28:10a': { body: 'Compare with Geneva point 7.', at: 1763715600000 },
    'geneva-19:IV': { body: 'Second\nline.', at: 1763802000500 },
  },
};

describe('migrateV1ToV2', () => {
  it('turns each "<version>:<label>" entry into a note with a derived id and ISO times', () => {
    expect(migrateV1ToV2(v1)).toEqual({
      notes: {
        'v1:geneva-19:IV': {
          id: 'v1:geneva-19:IV',
          version: 'geneva-19',
          label: 'IV',
          text: 'Second\nline.',
          pointText: '',
          createdAt: '2025-11-22T09:00:00.500Z',
          updatedAt: '2025-11-22T09:00:00.500Z',
        },
        'v1:us-28:10a': {
          id: 'v1:us-28:10a',
          version: 'us-28',
          label: '10a',
          text: 'Compare with Geneva point 7.',
          pointText: '',
          createdAt: '2025-11-21T09:00:00.000Z',
          updatedAt: '2025-11-21T09:00:00.000Z',
        },
      },
      noteTombstones: {},
      imports: {},
      importTombstones: {},
      decisions: {},
      decisionTombstones: {},
    });
  });

  it('splits the key at the first colon (labels may contain one)', () => {
    const out = migrateV1ToV2({ notes: { 'us-28:Annex:2': { body: 'x', at: 0 } } });
    expect(out.notes['v1:us-28:Annex:2']).toMatchObject({ version: 'us-28', label: 'Annex:2' });
  });

  it('gives a state the v2 validator accepts unchanged', () => {
    const out = migrateV1ToV2(v1);
    expect(checkStateV2(out)).toEqual({ state: out, problems: [] });
  });
});

describe('migratePersistedState (persist `migrate`)', () => {
  it('migrates v1, and drops v1 entries that are not notes', () => {
    expect(migratePersistedState(v1, 1)).toEqual(migrateV1ToV2(v1));
    expect(
      migratePersistedState(
        { notes: { ...v1.notes, nocolon: { body: 'x', at: 0 }, 'a:b': { body: '', at: 0 } } },
        1,
      ),
    ).toEqual(migrateV1ToV2(v1));
  });

  it('salvages v0 and unknown versions instead of throwing', () => {
    expect(migratePersistedState(undefined, 0)).toEqual(emptyPersistedState());
    expect(migratePersistedState('garbage', 7)).toEqual(emptyPersistedState());
    expect(migratePersistedState(v1, 0)).toEqual(migrateV1ToV2(v1));
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.integer({ min: -1, max: 5 }), (state, version) => {
        expect(() => migratePersistedState(state, version)).not.toThrow();
      }),
    );
  });
});

describe('salvageState', () => {
  it('reads notes given as an array (a shape an unknown version might use)', () => {
    const n = {
      id: 'n',
      version: 'us-28',
      label: '1',
      text: 't',
      pointText: '',
      createdAt: '2025-11-21T09:00:00.000Z',
      updatedAt: '2025-11-21T09:00:00.000Z',
    };
    expect(salvageState({ notes: [n, { id: 'bad' }] }).notes).toEqual({ n });
  });
});
