import { describe, expect, it } from 'vitest';
import { NOTE_TEXT_MAX, compareLabels, noteTextProblem, parseNote, pointTextStatus } from './note';
import { note } from './test-fixtures';

describe('parseNote', () => {
  it('accepts a valid note and returns its fields in canonical order', () => {
    const { updatedAt, ...rest } = note({ id: 'n1' });
    const input = { updatedAt, ...rest };
    const parsed = parseNote(input);
    expect(parsed).toEqual({ ok: true, value: note({ id: 'n1' }) });
    expect(parsed.ok && Object.keys(parsed.value)).toEqual([
      'id',
      'version',
      'label',
      'text',
      'pointText',
      'createdAt',
      'updatedAt',
    ]);
  });

  it('drops unknown fields (a newer app may add some)', () => {
    expect(parseNote({ ...note({ id: 'n1' }), colour: 'red' })).toEqual({
      ok: true,
      value: note({ id: 'n1' }),
    });
  });

  it('names each bad field', () => {
    const parsed = parseNote({ ...note({ id: 'n1' }), text: '   ', createdAt: 'yesterday' });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toEqual([
      'text: must not be empty',
      'createdAt: must be an ISO date-time like 2025-11-21T09:30:00.000Z',
    ]);
  });

  it('refuses text over the limit and accepts text at it', () => {
    expect(parseNote(note({ id: 'n1', text: 'x'.repeat(NOTE_TEXT_MAX) })).ok).toBe(true);
    const over = parseNote(note({ id: 'n1', text: 'x'.repeat(NOTE_TEXT_MAX + 1) }));
    expect(!over.ok && over.errors).toEqual(['text: must be at most 10,000 characters']);
  });

  it('refuses what is not an object', () => {
    expect(parseNote('note').ok).toBe(false);
    expect(parseNote(null).ok).toBe(false);
  });
});

describe('noteTextProblem', () => {
  it('explains empty and overlong text, and accepts the rest', () => {
    expect(noteTextProblem(' \n ')).toBe('A note cannot be empty.');
    expect(noteTextProblem('x'.repeat(10_001))).toBe(
      'A note can be at most 10,000 characters (this one has 10,001).',
    );
    expect(noteTextProblem('fine')).toBeNull();
  });
});

describe('pointTextStatus', () => {
  it('tells unchanged, changed, unknown and missing apart', () => {
    const n = { pointText: 'Ukraine will not join  NATO.' };
    expect(pointTextStatus(n, 'Ukraine will not join NATO.\n')).toBe('unchanged');
    expect(pointTextStatus(n, 'Ukraine will not join NATO for 10 years.')).toBe('changed');
    expect(pointTextStatus({ pointText: '' }, 'anything')).toBe('unknown');
    expect(pointTextStatus(n, undefined)).toBe('missing');
  });
});

describe('compareLabels', () => {
  it('orders point labels numerically, then by suffix', () => {
    expect(['10a', '2', '10', '1', '11', 'IV'].sort(compareLabels)).toEqual([
      '1',
      '2',
      '10',
      '10a',
      '11',
      'IV',
    ]);
  });
});
