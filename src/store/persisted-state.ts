/**
 * What the store keeps in localStorage, per format version, and how a stored value is read back:
 * validated entry by entry, so one bad note costs that note (kept aside with the raw value, see
 * guarded-storage.ts), not all of them. Pure: no zustand, no storage.
 *
 * v2 (current), under the key `peace-plan-diff`:
 * ```json
 * { "version": 2,
 *   "state": {
 *     "notes":            { "<note id>": Note },
 *     "noteTombstones":   { "<note id>": { "deletedAt": "…", "restoredAt"?: "…" } },
 *     "imports":          { "imported-…": ImportedDraft },
 *     "importTombstones": { "imported-…": { "deletedAt": "…", "restoredAt"?: "…" } },
 *     "decisions":        { "<decision id>": MatchDecision },
 *     "decisionTombstones": { "<decision id>": { "deletedAt": "…", "restoredAt"?: "…" } } } }
 * ```
 * `decisions` and `decisionTombstones` (the reader's decisions on possible matches,
 * core/compare/decisions.ts) were added within v2: a stored value without them reads as none, and
 * an older app that writes the state drops them (nothing else is lost).
 * v1 (older app): `{ "version": 1, "state": { "notes": { "<version>:<label>": { "body": "…", "at": <epoch ms> } } } }`,
 * one note per point and no imported drafts.
 */
import { importStamp, parseImportedDraft, type ImportedDraft } from '../core/notes/imported-drafts';
import { emptyRecord, own } from '../core/notes/id-record';
import { sortedRecord, type Tombstone, type Tombstones } from '../core/notes/merge';
import { NOTE_TEXT_MAX, canonicalNote, parseNote, timeOf, type Note } from '../core/notes/note';
import type { MatchDecision } from '../core/compare/decisions';
import { parseMatchDecision } from '../core/compare/decision-schema';

export { STORE_NAME } from './store-name';
export const STORE_VERSION = 2;

export interface PersistedStateV2 {
  notes: Record<string, Note>;
  noteTombstones: Tombstones;
  imports: Record<string, ImportedDraft>;
  importTombstones: Tombstones;
  decisions: Record<string, MatchDecision>;
  decisionTombstones: Tombstones;
}

export interface NoteV1 {
  body: string;
  /** Epoch milliseconds of the last save. */
  at: number;
}

export interface PersistedStateV1 {
  /** Keyed by `"<version>:<label>"` (a PointId); one note per point. */
  notes: Record<string, NoteV1>;
}

export const emptyPersistedState = (): PersistedStateV2 => ({
  notes: emptyRecord(),
  noteTombstones: emptyRecord(),
  imports: emptyRecord(),
  importTombstones: emptyRecord(),
  decisions: emptyRecord(),
  decisionTombstones: emptyRecord(),
});

/** Entries that validated, and a sentence for each one that did not. */
export interface Checked<S> {
  state: S;
  problems: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Entries of a field that should be an object keyed by id; arrays are accepted when salvaging. */
function entriesOf(
  container: Record<string, unknown>,
  field: string,
  problems: string[],
  allowArray: boolean,
): Array<[string | null, unknown]> {
  const value = container[field];
  if (value === undefined) return [];
  if (isRecord(value)) return Object.entries(value);
  if (allowArray && Array.isArray(value)) return value.map((v) => [null, v]);
  problems.push(`"${field}" is not a set of entries`);
  return [];
}

function checkTombstones(
  container: Record<string, unknown>,
  field: string,
  problems: string[],
): Tombstones {
  const out: Tombstones = emptyRecord();
  for (const [id, value] of entriesOf(container, field, problems, false)) {
    if (id === null) continue;
    const t = isRecord(value) ? value : {};
    const okTime = (v: unknown): v is string => typeof v === 'string' && Number.isFinite(timeOf(v));
    if (!okTime(t.deletedAt) || (t.restoredAt !== undefined && !okTime(t.restoredAt))) {
      problems.push(`${field} › ${id}: not a valid deletion record`);
      continue;
    }
    const tomb: Tombstone = { deletedAt: t.deletedAt };
    if (t.restoredAt !== undefined) tomb.restoredAt = t.restoredAt;
    out[id] = tomb;
  }
  return sortedRecord(out);
}

/**
 * Validate a v2 `state`, entry by entry. With `lenient` (salvaging a value of an unknown or newer
 * format) notes and imports may also come as arrays.
 */
export function checkStateV2(state: unknown, lenient = false): Checked<PersistedStateV2> {
  const problems: string[] = [];
  if (!isRecord(state))
    return { state: emptyPersistedState(), problems: ['the stored state is not an object'] };

  const notes = emptyRecord<Note>();
  entriesOf(state, 'notes', problems, lenient).forEach(([key, value], i) => {
    const parsed = parseNote(value);
    const name = key ?? `#${i + 1}`;
    if (!parsed.ok) problems.push(`note ${name}: ${parsed.errors.join('; ')}`);
    else if (key !== null && key !== parsed.value.id)
      problems.push(`note ${name}: stored under a different id (${parsed.value.id})`);
    else if (own(notes, parsed.value.id)) problems.push(`note ${name}: id used twice`);
    else notes[parsed.value.id] = parsed.value;
  });

  const imports = emptyRecord<ImportedDraft>();
  entriesOf(state, 'imports', problems, lenient).forEach(([key, value], i) => {
    const name = key ?? `#${i + 1}`;
    const parsed = parseImportedDraft(value, `imported draft ${name}`);
    if (!parsed.ok) problems.push(...parsed.errors);
    else if (key !== null && key !== parsed.value.version.id)
      problems.push(
        `imported draft ${name}: stored under a different id (${parsed.value.version.id})`,
      );
    else if (own(imports, parsed.value.version.id))
      problems.push(`imported draft ${name}: id used twice`);
    else imports[parsed.value.version.id] = parsed.value;
  });

  const decisions = emptyRecord<MatchDecision>();
  entriesOf(state, 'decisions', problems, lenient).forEach(([key, value], i) => {
    const name = key ?? `#${i + 1}`;
    const parsed = parseMatchDecision(value, `match decision ${name}`);
    if (!parsed.ok) problems.push(...parsed.errors);
    else if (key !== null && key !== parsed.value.id)
      problems.push(`match decision ${name}: stored under a different id (${parsed.value.id})`);
    else if (own(decisions, parsed.value.id))
      problems.push(`match decision ${name}: id used twice`);
    else decisions[parsed.value.id] = parsed.value;
  });

  return {
    state: {
      notes: sortedRecord(notes),
      noteTombstones: checkTombstones(state, 'noteTombstones', problems),
      imports: sortedRecord(imports),
      importTombstones: checkTombstones(state, 'importTombstones', problems),
      decisions: sortedRecord(decisions),
      decisionTombstones: checkTombstones(state, 'decisionTombstones', problems),
    },
    problems,
  };
}

/** Split a v1 key `"<version>:<label>"` at its first colon (version ids are kebab-case, without colons). */
export function splitV1Key(key: string): { version: string; label: string } | null {
  const at = key.indexOf(':');
  if (at <= 0 || at === key.length - 1) return null;
  return { version: key.slice(0, at), label: key.slice(at + 1) };
}

/** Validate a v1 `state`, entry by entry, with the rules a v2 note will have to pass after migration. */
export function checkStateV1(state: unknown): Checked<PersistedStateV1> {
  const problems: string[] = [];
  if (!isRecord(state))
    return { state: { notes: emptyRecord() }, problems: ['the stored state is not an object'] };
  const notes = emptyRecord<NoteV1>();
  for (const [key, value] of entriesOf(state, 'notes', problems, false)) {
    if (key === null) continue;
    const entry = isRecord(value) ? value : {};
    const { body, at } = entry;
    if (!splitV1Key(key)) problems.push(`note ${key}: the key is not "<version>:<label>"`);
    else if (typeof body !== 'string' || body.trim() === '') problems.push(`note ${key}: no text`);
    else if (body.length > NOTE_TEXT_MAX)
      problems.push(`note ${key}: longer than ${NOTE_TEXT_MAX} characters`);
    else if (typeof at !== 'number' || !Number.isFinite(new Date(at).getTime()))
      problems.push(`note ${key}: no valid time`);
    else notes[key] = { body, at };
  }
  return { state: { notes: sortedRecord(notes) }, problems };
}

/**
 * The same state with records in key order and entries in field order: equal states serialise to
 * equal strings in every tab, which lets the storage wrapper skip writes that change nothing.
 */
export function canonicalState(state: PersistedStateV2): PersistedStateV2 {
  const notes = emptyRecord<Note>();
  for (const [id, note] of Object.entries(sortedRecord(state.notes)))
    notes[id] = canonicalNote(note);
  const imports = emptyRecord<ImportedDraft>();
  for (const [id, d] of Object.entries(sortedRecord(state.imports))) {
    const draft: ImportedDraft = { version: d.version, importedAt: d.importedAt };
    if (d.sourceText !== undefined) draft.sourceText = d.sourceText;
    if (d.renamedAt !== undefined) draft.renamedAt = d.renamedAt;
    imports[id] = draft;
  }
  const decisions = emptyRecord<MatchDecision>();
  for (const [id, d] of Object.entries(sortedRecord(state.decisions))) {
    decisions[id] = { id: d.id, a: d.a, b: d.b, verdict: d.verdict, decidedAt: d.decidedAt };
  }
  return {
    notes,
    noteTombstones: sortedRecord(state.noteTombstones),
    imports,
    importTombstones: sortedRecord(state.importTombstones),
    decisions,
    decisionTombstones: sortedRecord(state.decisionTombstones),
  };
}

/** The stored text of a v2 state, exactly as the persist middleware writes it. */
export function serializeState(state: PersistedStateV2): string {
  return JSON.stringify({ state: canonicalState(state), version: STORE_VERSION });
}

export const noteStamp = (n: Note): string => n.updatedAt;
export { importStamp };
