import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TOMBSTONE_TTL_MS,
  deletionTombstone,
  isDeletedBy,
  mergeItems,
  pruneTombstones,
  restoreTombstone,
  type ItemSet,
} from './merge';
import type { Note } from './note';
import { note } from './test-fixtures';

const stamp = (n: Note) => n.updatedAt;
const t = (minute: number) => new Date(Date.UTC(2025, 10, 21, 9, minute)).toISOString();
const set = (items: Note[], tombstones: ItemSet<Note>['tombstones'] = {}): ItemSet<Note> => ({
  items: Object.fromEntries(items.map((n) => [n.id, n])),
  tombstones,
});

describe('mergeItems', () => {
  it('keeps the notes of both sides', () => {
    const a = note({ id: 'a' });
    const b = note({ id: 'b' });
    expect(mergeItems(set([a]), set([b]), stamp)).toEqual(set([a, b]));
  });

  it('takes the newer updatedAt for the same id, whichever side it is on', () => {
    const old = note({ id: 'n', text: 'old', updatedAt: t(1) });
    const fresh = note({ id: 'n', text: 'new', updatedAt: t(2) });
    expect(mergeItems(set([old]), set([fresh]), stamp).items.n).toBe(fresh);
    expect(mergeItems(set([fresh]), set([old]), stamp).items.n).toBe(fresh);
  });

  it('compares times, not strings (mixed precision)', () => {
    const a = note({ id: 'n', text: 'later', updatedAt: '2025-11-21T09:00:00.5Z' });
    const b = note({ id: 'n', text: 'earlier', updatedAt: '2025-11-21T09:00:00.100Z' });
    expect(mergeItems(set([a]), set([b]), stamp).items.n?.text).toBe('later');
  });

  it('applies a deletion made after the last edit', () => {
    const n = note({ id: 'n', updatedAt: t(1) });
    const merged = mergeItems(set([n]), set([], { n: { deletedAt: t(2) } }), stamp);
    expect(merged).toEqual({ items: {}, tombstones: { n: { deletedAt: t(2) } } });
  });

  it('lets an edit made after a deletion survive it', () => {
    const n = note({ id: 'n', updatedAt: t(3) });
    const merged = mergeItems(set([n]), set([], { n: { deletedAt: t(2) } }), stamp);
    expect(merged.items.n).toBe(n);
  });

  it('gives a tie between edit and deletion to the deletion', () => {
    expect(isDeletedBy({ deletedAt: t(2) }, t(2))).toBe(true);
  });

  it('brings back a deleted note restored (undo) on the other side', () => {
    const n = note({ id: 'n', updatedAt: t(1) });
    const deleted = set([], { n: { deletedAt: t(2) } });
    const restored = set([n], { n: { deletedAt: t(2), restoredAt: t(3) } });
    expect(mergeItems(deleted, restored, stamp)).toEqual(restored);
    expect(mergeItems(restored, deleted, stamp)).toEqual(restored);
  });

  it('deletes again when the deletion is newer than the restore', () => {
    const n = note({ id: 'n', updatedAt: t(1) });
    const restored = set([n], { n: { deletedAt: t(2), restoredAt: t(3) } });
    const deletedAgain = set([], { n: { deletedAt: t(4), restoredAt: t(3) } });
    expect(mergeItems(restored, deletedAgain, stamp).items).toEqual({});
  });

  const arbSet = fc
    .record({
      items: fc.array(
        fc.record({
          id: fc.constantFrom('a', 'b', 'c'),
          minute: fc.integer({ min: 0, max: 5 }),
        }),
        { maxLength: 4 },
      ),
      tombs: fc.array(
        fc.record({
          id: fc.constantFrom('a', 'b', 'c'),
          del: fc.integer({ min: 0, max: 5 }),
          res: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
        }),
        { maxLength: 3 },
      ),
    })
    .map(({ items, tombs }) => {
      const raw = set(
        // One text per id and time: two tabs do not save different texts in the same millisecond.
        items.map((i) => note({ id: i.id, text: `${i.id}@${i.minute}`, updatedAt: t(i.minute) })),
        Object.fromEntries(
          tombs.map((x) => [
            x.id,
            x.res === undefined
              ? { deletedAt: t(x.del) }
              : { deletedAt: t(x.del), restoredAt: t(x.res) },
          ]),
        ),
      );
      // Only states a tab can reach: a restore puts the body back with the `restoredAt` that
      // outdates the deletion, so a side holding such a tombstone holds the item too.
      for (const [id, tomb] of Object.entries(raw.tombstones))
        if (tomb.restoredAt !== undefined && tomb.restoredAt > tomb.deletedAt && !raw.items[id])
          raw.items[id] = note({ id, text: `${id}@0`, updatedAt: t(0) });
      // …and none of its items is deleted by its own tombstones.
      return mergeItems(raw, set([]), stamp);
    });

  it('is commutative and idempotent, and absorbs what it already merged', () => {
    fc.assert(
      fc.property(arbSet, arbSet, (a, b) => {
        const ab = mergeItems(a, b, stamp);
        expect(ab).toEqual(mergeItems(b, a, stamp));
        expect(mergeItems(a, a, stamp)).toEqual(a);
        expect(mergeItems(ab, b, stamp)).toEqual(ab);
        expect(mergeItems(ab, a, stamp)).toEqual(ab);
      }),
      { numRuns: 500 },
    );
  });

  // Tabs share one localStorage value: each writes its whole state (without reading first) and
  // the others get it as a `storage` event, merge, and write back if that changed anything. This
  // simulates three tabs with random edits, deletions and event timing, then lets all events
  // arrive: every tab must end equal to the stored value, and for each id the last operation in
  // time must have won (an edit keeps its text, a deletion removes the note). Nothing is lost.
  it('converges across three tabs sharing one stored value, the last operation on each id winning', () => {
    const op = fc.record({
      tab: fc.integer({ min: 0, max: 2 }),
      kind: fc.constantFrom('edit', 'edit', 'delete', 'deliver', 'deliver'),
      id: fc.constantFrom('a', 'b', 'c'),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const tabs: ItemSet<Note>[] = [set([]), set([]), set([])];
        const inbox: ItemSet<Note>[][] = [[], [], []];
        let stored: ItemSet<Note> = set([]);
        const last = new Map<string, { kind: 'edit' | 'delete'; text: string }>();
        const write = (tab: number) => {
          stored = tabs[tab] as ItemSet<Note>;
          inbox.forEach((queue, other) => other !== tab && queue.push(stored));
        };
        const deliver = (tab: number) => {
          const value = inbox[tab]?.shift();
          if (!value) return;
          const merged = mergeItems(tabs[tab] as ItemSet<Note>, value, stamp);
          tabs[tab] = merged;
          if (JSON.stringify(merged) !== JSON.stringify(stored)) write(tab);
        };
        ops.forEach(({ tab, kind, id }, time) => {
          const state = tabs[tab] as ItemSet<Note>;
          if (kind === 'deliver') return deliver(tab);
          if (kind === 'edit') {
            const text = `${id}@${time}`;
            tabs[tab] = {
              ...state,
              items: { ...state.items, [id]: note({ id, text, updatedAt: t(time) }) },
            };
            last.set(id, { kind, text });
          } else {
            if (!state.items[id]) return;
            const items = { ...state.items };
            delete items[id];
            tabs[tab] = {
              items,
              tombstones: {
                ...state.tombstones,
                [id]: deletionTombstone(state.tombstones[id], new Date(t(time))),
              },
            };
            last.set(id, { kind, text: '' });
          }
          write(tab);
        });
        for (let guard = 0; inbox.some((q) => q.length) && guard < 10_000; guard++)
          [0, 1, 2].forEach(deliver);

        for (const tab of tabs) expect(tab).toEqual(stored);
        for (const [id, outcome] of last)
          expect(stored.items[id]?.text).toBe(outcome.kind === 'edit' ? outcome.text : undefined);
      }),
      { numRuns: 300 },
    );
  });
});

describe('tombstones', () => {
  it('a deletion keeps an earlier restore time; a restore is strictly after the deletion', () => {
    const now = new Date(t(5));
    expect(deletionTombstone({ deletedAt: t(1), restoredAt: t(2) }, now)).toEqual({
      deletedAt: t(5),
      restoredAt: t(2),
    });
    expect(restoreTombstone({ deletedAt: t(5) }, now)).toEqual({
      deletedAt: t(5),
      restoredAt: '2025-11-21T09:05:00.001Z',
    });
    expect(restoreTombstone({ deletedAt: t(5) }, new Date(t(6)))).toEqual({
      deletedAt: t(5),
      restoredAt: t(6),
    });
  });

  it('prunes tombstones older than the TTL', () => {
    const now = new Date(Date.parse(t(0)) + TOMBSTONE_TTL_MS);
    const kept = pruneTombstones(
      {
        old: { deletedAt: new Date(Date.parse(t(0)) - 1).toISOString() },
        recent: { deletedAt: t(0) },
      },
      now,
    );
    expect(Object.keys(kept)).toEqual(['recent']);
  });
});
