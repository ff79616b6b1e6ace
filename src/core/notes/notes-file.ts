/**
 * The notes file: every note as pretty-printed JSON, so the reader can keep a copy, move notes to
 * another browser, or read them without the app.
 *
 * ```json
 * {
 *   "format": "peace-plan-diff/notes",
 *   "version": 1,
 *   "notes": [ { "id": "…", "version": "us-28", "label": "10a", "text": "…", … } ]
 * }
 * ```
 * A bare array of notes is accepted too (a hand-made file). Import never throws: it returns the
 * valid notes and, for each problem, the line of the file it starts on.
 */
import { arrayEntryLines, depthProblem, jsonSyntaxError, valueLine } from './json-lines';
import { canonicalNote, compareNotes, parseNote, type Note } from './note';

export const NOTES_FILE_FORMAT = 'peace-plan-diff/notes';
export const NOTES_FILE_VERSION = 1;

/**
 * Largest notes file read: 2,000 notes of the longest text (10,000 characters each) with their
 * point texts fit in about 20 MB; a file past this is not a notes file this app wrote.
 */
export const MAX_NOTES_FILE_BYTES = 25 * 1024 * 1024;
/** A notes file nests four levels (file, list, note, value); deeper files are refused unread. */
export const MAX_NOTES_FILE_DEPTH = 16;

/** Why a notes file of this many bytes is not read, or `null`. Checked before reading the file. */
export function notesFileSizeProblem(bytes: number): string | null {
  return bytes > MAX_NOTES_FILE_BYTES
    ? `This file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a notes file is at most ${MAX_NOTES_FILE_BYTES / 1024 / 1024} MB.`
    : null;
}

export interface NotesFileError {
  /** 1-based line in the file where the problem starts (for an entry: the line of its `{`). */
  line: number;
  message: string;
}

export interface NotesFileImport {
  notes: Note[];
  errors: NotesFileError[];
  /** The whole file was refused before any entry was read (its one error says why). */
  refused?: true;
}

/** All notes as a notes file: sorted by version, point and age; two-space indent; final newline. */
export function exportNotesJson(notes: readonly Note[]): string {
  const sorted = [...notes].sort(compareNotes).map(canonicalNote);
  return `${JSON.stringify({ format: NOTES_FILE_FORMAT, version: NOTES_FILE_VERSION, notes: sorted }, null, 2)}\n`;
}

/** A file name for an export made at `now`: `peace-plan-notes-2025-11-21.json`. */
export function notesFileName(now: Date): string {
  return `peace-plan-notes-${now.toISOString().slice(0, 10)}.json`;
}

/** Read a notes file. Valid entries are returned in file order; invalid ones are reported by line. */
export function importNotesJson(input: string): NotesFileImport {
  // A byte-order mark (Notepad) is not JSON but is not the reader's mistake either; it is not a line.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Size, emptiness and depth before parsing: the parser and the line finder never see a file
  // that would exhaust memory or the stack (issue #18).
  const tooBig = notesFileSizeProblem(text.length);
  if (tooBig) return refuse(1, tooBig);
  if (text.trim() === '') return refuse(1, 'This file is empty: it holds no notes.');
  const deep = depthProblem(text, MAX_NOTES_FILE_DEPTH);
  if (deep)
    return refuse(
      deep.line,
      `This is not a notes file: it is nested more than ${MAX_NOTES_FILE_DEPTH} levels deep (a notes file has 4).`,
    );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const where = jsonSyntaxError(text);
    const detail = where
      ? `${where.message} at column ${where.column}`
      : e instanceof Error
        ? e.message
        : String(e);
    return refuse(where?.line ?? 1, `This file is not valid JSON: ${detail}.`);
  }

  let entries: unknown[];
  let entriesPath: Array<string | number>;
  if (Array.isArray(data)) {
    entries = data;
    entriesPath = [];
  } else if (data !== null && typeof data === 'object') {
    const file = data as Record<string, unknown>;
    const lineOf = (key: string) => valueLine(text, [key]) ?? 1;
    if (file.format !== NOTES_FILE_FORMAT)
      return refuse(
        lineOf('format'),
        `This is not a notes file: "format" should be "${NOTES_FILE_FORMAT}".`,
      );
    if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1)
      return refuse(lineOf('version'), '"version" should be a whole number (1).');
    if (file.version > NOTES_FILE_VERSION)
      return refuse(
        lineOf('version'),
        `This notes file was written by a newer version of the app (file version ${file.version}, this app reads ${NOTES_FILE_VERSION}). Reload the app to update it, then import again.`,
      );
    if (!Array.isArray(file.notes))
      return refuse(lineOf('notes'), '"notes" should be a list of notes.');
    entries = file.notes;
    entriesPath = ['notes'];
  } else {
    return refuse(
      1,
      'This is not a notes file: expected an object with "format", "version" and "notes".',
    );
  }

  const lines = arrayEntryLines(text, entriesPath);
  const notes: Note[] = [];
  const errors: NotesFileError[] = [];
  entries.forEach((entry, i) => {
    const line = lines[i] ?? 1;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      errors.push({ line, message: `Note ${i + 1} is not a note (expected an object).` });
      return;
    }
    const parsed = parseNote(entry);
    if (parsed.ok) notes.push(parsed.value);
    else errors.push({ line, message: `Note ${i + 1}: ${parsed.errors.join('; ')}.` });
  });
  return { notes, errors };
}

function refuse(line: number, message: string): NotesFileImport {
  return { notes: [], errors: [{ line, message }], refused: true };
}
