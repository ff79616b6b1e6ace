import { describe, expect, it } from 'vitest';
import { contentKey, dedupeNotes, mergeIncomingNotes } from './import-merge';
import { note } from './test-fixtures';

const now = new Date('2025-12-01T00:00:00.000Z');

describe('mergeIncomingNotes', () => {
  it('adds new notes, updates older copies and skips older incoming ones', () => {
    const kept = note({ id: 'a', text: 'mine, newer', updatedAt: '2025-11-22T00:00:00.000Z' });
    const stale = note({ id: 'b', text: 'mine, older', updatedAt: '2025-11-20T00:00:00.000Z' });
    const out = mergeIncomingNotes(
      { items: { a: kept, b: stale }, tombstones: {} },
      [
        note({ id: 'a', text: 'file, older', updatedAt: '2025-11-21T00:00:00.000Z' }),
        note({ id: 'b', text: 'file, newer', updatedAt: '2025-11-21T00:00:00.000Z' }),
        note({ id: 'c', text: 'file only' }),
      ],
      now,
    );
    expect(out).toMatchObject({ added: 1, updated: 1, older: 1, duplicates: 0, restored: 0 });
    expect(Object.values(out.notes.items).map((n) => n.text)).toEqual([
      'mine, newer',
      'file, newer',
      'file only',
    ]);
  });

  it('skips a note with another id but the same version, label and text', () => {
    const mine = note({ id: 'a', text: 'Same words.' });
    const out = mergeIncomingNotes(
      { items: { a: mine }, tombstones: {} },
      [note({ id: 'z', text: ' Same words.\n' })],
      now,
    );
    expect(out.duplicates).toBe(1);
    expect(Object.keys(out.notes.items)).toEqual(['a']);
  });

  it('skips duplicates within the incoming list too', () => {
    const out = mergeIncomingNotes(
      { items: {}, tombstones: {} },
      [note({ id: 'x' }), note({ id: 'y' })],
      now,
    );
    expect(out).toMatchObject({ added: 1, duplicates: 1 });
  });

  it('restores a note deleted here: an explicit import is newer than the deletion', () => {
    const n = note({ id: 'a' });
    const out = mergeIncomingNotes(
      { items: {}, tombstones: { a: { deletedAt: '2025-11-30T00:00:00.000Z' } } },
      [n],
      now,
    );
    expect(out.restored).toBe(1);
    expect(out.notes.items.a).toEqual(n);
    expect(out.notes.tombstones.a).toEqual({
      deletedAt: '2025-11-30T00:00:00.000Z',
      restoredAt: now.toISOString(),
    });
  });
});

describe('dedupeNotes', () => {
  it('keeps the newer of one id and the first of one content', () => {
    const older = note({ id: 'a', text: 'v1', updatedAt: '2025-11-21T00:00:00.000Z' });
    const newer = note({ id: 'a', text: 'v2', updatedAt: '2025-11-22T00:00:00.000Z' });
    const twin = note({ id: 'b', text: 'v2' });
    expect(dedupeNotes([older, newer, twin])).toEqual([newer]);
  });

  it('keys content by version, label and trimmed text', () => {
    expect(contentKey(note({ id: 'a', text: ' x ' }))).toBe(
      contentKey(note({ id: 'b', text: 'x' })),
    );
    expect(contentKey(note({ id: 'a', label: '2' }))).not.toBe(
      contentKey(note({ id: 'a', label: '3' })),
    );
  });
});
