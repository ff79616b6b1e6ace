import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTE_TEXT_MAX, type Note } from './note';
import {
  exportNotesJson,
  importNotesJson,
  MAX_NOTES_FILE_BYTES,
  notesFileName,
  notesFileSizeProblem,
} from './notes-file';
import { note } from './test-fixtures';

const a = note({ id: 'a', version: 'us-28', label: '10', text: 'Ten.' });
const b = note({ id: 'b', version: 'us-28', label: '2', text: 'Two,\nwith "quotes".' });
const c = note({ id: 'c', version: 'geneva-19', label: '1', text: 'Geneva.', pointText: '' });

describe('exportNotesJson', () => {
  it('writes the format marker, the version and the notes sorted by version and point, pretty-printed', () => {
    expect(exportNotesJson([a, b])).toBe(
      [
        '{',
        '  "format": "peace-plan-diff/notes",',
        '  "version": 1,',
        '  "notes": [',
        '    {',
        '      "id": "b",',
        '      "version": "us-28",',
        '      "label": "2",',
        '      "text": "Two,\\nwith \\"quotes\\".",',
        '      "pointText": "Ukraine’s sovereignty will be confirmed.",',
        '      "createdAt": "2025-11-21T09:00:00.000Z",',
        '      "updatedAt": "2025-11-21T09:00:00.000Z"',
        '    },',
        '    {',
        '      "id": "a",',
        '      "version": "us-28",',
        '      "label": "10",',
        '      "text": "Ten.",',
        '      "pointText": "Ukraine’s sovereignty will be confirmed.",',
        '      "createdAt": "2025-11-21T09:00:00.000Z",',
        '      "updatedAt": "2025-11-21T09:00:00.000Z"',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('names the file by date', () => {
    expect(notesFileName(new Date('2025-11-21T23:59:00Z'))).toBe(
      'peace-plan-notes-2025-11-21.json',
    );
  });
});

describe('importNotesJson', () => {
  it('reads back exactly what was exported', () => {
    expect(importNotesJson(exportNotesJson([a, b, c]))).toEqual({ notes: [c, b, a], errors: [] });
  });

  it('round-trips any valid notes (property)', () => {
    const arbNote: fc.Arbitrary<Note> = fc.record({
      id: fc.uuid(),
      version: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
      label: fc.string({ minLength: 1, maxLength: 40 }),
      text: fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim().length > 0),
      pointText: fc.string({ maxLength: 200 }),
      createdAt: fc
        .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      updatedAt: fc
        .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbNote, { selector: (n) => n.id, maxLength: 8 }), (notes) => {
        const back = importNotesJson(exportNotesJson(notes));
        expect(back.errors).toEqual([]);
        expect(new Set(back.notes.map((n) => JSON.stringify(n)))).toEqual(
          new Set(notes.map((n) => JSON.stringify(n))),
        );
      }),
    );
  });

  it('reports each invalid entry by the line it starts on, and keeps the valid ones', () => {
    const text = [
      '{', //                                                      1
      '  "format": "peace-plan-diff/notes",', //                  2
      '  "version": 1,', //                                        3
      '  "notes": [', //                                           4
      `    ${JSON.stringify(a)},`, //                              5
      '    {', //                                                  6
      '      "id": "bad",', //                                     7
      '      "version": "us-28", "label": "1", "text": "",', //    8
      '      "pointText": "", "createdAt": "today",', //          9
      '      "updatedAt": "2025-11-21T09:00:00.000Z"', //          10
      '    },', //                                                 11
      '    "just a string",', //                                   12
      `    ${JSON.stringify({ ...b, text: 'x'.repeat(NOTE_TEXT_MAX + 1) })}`, // 13
      '  ]', //                                                    14
      '}', //                                                      15
    ].join('\n');
    expect(importNotesJson(text)).toEqual({
      notes: [a],
      errors: [
        {
          line: 6,
          message:
            'Note 2: text: must not be empty; createdAt: must be an ISO date-time like 2025-11-21T09:30:00.000Z.',
        },
        { line: 12, message: 'Note 3 is not a note (expected an object).' },
        { line: 13, message: 'Note 4: text: must be at most 10,000 characters.' },
      ],
    });
  });

  it('reports invalid JSON at the line of the error', () => {
    const text = exportNotesJson([a, b]).replace('"label": "2",', '"label": "2"');
    expect(importNotesJson(text)).toEqual({
      notes: [],
      errors: [{ line: 9, message: 'This file is not valid JSON: expected "}" at column 7.' }],
      refused: true,
    });
  });

  it('refuses another kind of file, and a notes file from a newer app, at the right line', () => {
    expect(importNotesJson('{\n  "format": "something-else",\n  "notes": []\n}').errors).toEqual([
      { line: 2, message: 'This is not a notes file: "format" should be "peace-plan-diff/notes".' },
    ]);
    const newer = importNotesJson(
      '{\n  "format": "peace-plan-diff/notes",\n  "version": 2,\n  "notes": []\n}',
    );
    expect(newer.errors).toEqual([
      {
        line: 3,
        message:
          'This notes file was written by a newer version of the app (file version 2, this app reads 1). Reload the app to update it, then import again.',
      },
    ]);
    expect(importNotesJson('"notes"').errors).toEqual([
      {
        line: 1,
        message:
          'This is not a notes file: expected an object with "format", "version" and "notes".',
      },
    ]);
    expect(
      importNotesJson('{"format": "peace-plan-diff/notes", "version": 1, "notes": {}}').errors,
    ).toEqual([{ line: 1, message: '"notes" should be a list of notes.' }]);
  });

  it('refuses a file too large to be a notes file before reading it', () => {
    expect(notesFileSizeProblem(26 * 1024 * 1024)).toBe(
      'This file is 26.0 MB; a notes file is at most 25 MB.',
    );
    expect(notesFileSizeProblem(MAX_NOTES_FILE_BYTES)).toBeNull();
  });

  it('refuses an empty file, saying it is empty', () => {
    for (const text of ['', '  \n\t', '\uFEFF'])
      expect(importNotesJson(text)).toEqual({
        notes: [],
        errors: [{ line: 1, message: 'This file is empty: it holds no notes.' }],
        refused: true,
      });
  });

  it('measures nesting before parsing: 100,000 levels, valid or not, are refused without a throw', () => {
    const deep = 100_000;
    const cases = [
      '['.repeat(deep) + ']'.repeat(deep), // valid JSON
      '['.repeat(deep), // not closed
      `{\n"format": "peace-plan-diff/notes", "version": 1,\n"notes": [{"id": "a", "text": ${'{"a":'.repeat(deep)}1${'}'.repeat(deep)}}]}`,
    ];
    for (const text of cases) {
      const result = importNotesJson(text);
      expect(result.notes).toEqual([]);
      expect(result.refused).toBe(true);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.message).toBe(
        'This is not a notes file: it is nested more than 16 levels deep (a notes file has 4).',
      );
    }
    // The line of the bracket that goes too deep.
    expect(importNotesJson(cases[2] ?? '').errors[0]?.line).toBe(3);
    // Brackets inside strings are text, not nesting.
    expect(importNotesJson(`[${JSON.stringify({ ...a, text: '['.repeat(500) })}]`).notes).toEqual([
      { ...a, text: '['.repeat(500) },
    ]);
  });

  it('reads notes whose ids are names of Object.prototype as ordinary notes', () => {
    const special = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    const text = exportNotesJson(special.map((id) => ({ ...a, id, text: id })));
    const result = importNotesJson(text);
    expect(result.errors).toEqual([]);
    expect(result.notes.map((n) => n.id).sort()).toEqual([...special].sort());
  });

  it('accepts a bare array of notes and a leading byte-order mark', () => {
    expect(importNotesJson(`\uFEFF[\n${JSON.stringify(a)}\n]`)).toEqual({ notes: [a], errors: [] });
  });
});
