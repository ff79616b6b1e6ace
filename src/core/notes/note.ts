/**
 * A reader's note on one point of one version. Plain data, validated by `noteSchema` wherever a note
 * enters from outside the running app (localStorage, another tab, an imported notes file).
 *
 * Notes are user items, so their ids are random (`crypto.randomUUID`, made by the store), not
 * derived from data; the point they belong to is `version` + `label`, the data-derived `PointId`.
 */
import * as z from 'zod/mini';
import { fail, ok, type Result } from '../model/result';
import type { VersionId } from '../model/types';

export type NoteId = string;

export interface Note {
  id: NoteId;
  version: VersionId;
  label: string;
  /** Plain text, at most `NOTE_TEXT_MAX` characters. Never rendered as HTML or Markdown. */
  text: string;
  /**
   * The point's text when the note was last saved, to tell the reader the point has changed since
   * (anchors.md §2.6: hypothesis annotations silently re-anchoring onto different text). Empty when
   * unknown: notes migrated from storage v1, which did not record it.
   */
  pointText: string;
  /** ISO date-time (UTC, `toISOString()`). */
  createdAt: string;
  /** ISO date-time; the per-note clock for merges: the newer `updatedAt` wins. */
  updatedAt: string;
}

export const NOTE_TEXT_MAX = 10_000;

/** Same bound as a point's text in `schema.ts`: a note's copy of the point text fits wherever the point fit. */
const POINT_TEXT_MAX = 20_000;

const isoDateTime = z.iso.datetime({
  message: 'must be an ISO date-time like 2025-11-21T09:30:00.000Z',
});

/**
 * Unknown keys are dropped rather than refused, so a note written by a newer app version that adds
 * a field still loads here (the raw value is kept aside by the store before anything is dropped).
 */
function buildNoteSchema() {
  return z.object({
    id: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(200)),
    version: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(200)),
    label: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(40)),
    text: z.string().check(
      z.refine((t) => t.trim().length > 0, 'must not be empty'),
      z.maxLength(
        NOTE_TEXT_MAX,
        `must be at most ${NOTE_TEXT_MAX.toLocaleString('en')} characters`,
      ),
    ),
    pointText: z.string().check(z.maxLength(POINT_TEXT_MAX)),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  });
}

let noteSchema: ReturnType<typeof buildNoteSchema> | null = null;

/** Validate one note from outside. Messages name the field: `text: must not be empty`. */
export function parseNote(input: unknown): Result<Note> {
  // Built on first use: the page loads this module with the notes store, which a reader with
  // no notes never asks to validate anything (issue #14).
  noteSchema ??= buildNoteSchema();
  const parsed = z.safeParse(noteSchema, input);
  if (parsed.success) return ok(canonicalNote(parsed.data));
  return fail(
    parsed.error.issues.map(
      (issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ` : '') + issue.message,
    ),
  );
}

/**
 * The same note with its fields in one fixed order, so two tabs holding equal notes serialise them
 * to equal strings (the storage wrapper skips writes that would not change the stored text).
 */
export function canonicalNote(note: Note): Note {
  return {
    id: note.id,
    version: note.version,
    label: note.label,
    text: note.text,
    pointText: note.pointText,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
  };
}

/** Why a note's text cannot be saved, or `null` when it can. Mirrors the schema's rules for `text`. */
export function noteTextProblem(text: string): string | null {
  if (text.trim().length === 0) return 'A note cannot be empty.';
  if (text.length > NOTE_TEXT_MAX)
    return `A note can be at most ${NOTE_TEXT_MAX.toLocaleString('en')} characters (this one has ${text.length.toLocaleString('en')}).`;
  return null;
}

/**
 * Whether the point a note was written on still reads the same.
 * - `unchanged`: same text (ignoring runs of whitespace, which data fixes often touch).
 * - `changed`: the point's text differs from the text the note was written against.
 * - `unknown`: the note does not record the text (migrated from storage v1).
 * - `missing`: the point is not in the current data (`currentText` undefined).
 */
export type PointTextStatus = 'unchanged' | 'changed' | 'unknown' | 'missing';

export function pointTextStatus(
  note: Pick<Note, 'pointText'>,
  currentText: string | undefined,
): PointTextStatus {
  if (currentText === undefined) return 'missing';
  if (note.pointText === '') return 'unknown';
  return squash(note.pointText) === squash(currentText) ? 'unchanged' : 'changed';
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Milliseconds since the epoch of an ISO date-time; lexical order is wrong for mixed precision. */
export function timeOf(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
}

/** Notes on one point in the order they were written (ties by id, so the order is total). */
export function compareByCreation(a: Note, b: Note): number {
  return timeOf(a.createdAt) - timeOf(b.createdAt) || (a.id < b.id ? -1 : 1);
}

/** Order notes for display and export: by version, point label (numeric-aware: 2 < 10 < 10a), then age. */
export function compareNotes(a: Note, b: Note): number {
  return (
    compareText(a.version, b.version) ||
    compareLabels(a.label, b.label) ||
    timeOf(a.createdAt) - timeOf(b.createdAt) ||
    compareText(a.id, b.id)
  );
}

// Made on first use, not when the notes code loads: the first collator sets up ICU (~140 ms at a
// phone's CPU speed), which a page without notes need not pay (issue #14).
let collator: Intl.Collator | undefined;

/** Numeric-aware label order: "2" < "10" < "10a" < "11". */
export function compareLabels(a: string, b: string): number {
  collator ??= new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });
  return collator.compare(a, b) || compareText(a, b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
