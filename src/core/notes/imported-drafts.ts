/**
 * Drafts the reader imported (a JSON version or a pasted text turned into one). They live in the
 * reader's browser beside their notes, not in the bundled data, and get ids prefixed `imported-`
 * so they can never take the id of a bundled version (whose ids are kebab-case without the prefix)
 * and a link or a note can tell them apart.
 *
 * Pure logic only; the store (src/store/imports-slice.ts) wires it.
 */
import { parseVersionJson } from '../model/schema';
import { fail, ok, type Result } from '../model/result';
import type { Version } from '../model/types';
import { timeOf } from './note';

export interface ImportedDraft {
  /** The validated version; `version.id` starts with `imported-`. */
  version: Version;
  /** ISO date-time of the import. */
  importedAt: string;
  /** The text the draft was made from, when it was pasted or parsed from text. */
  sourceText?: string;
  /**
   * ISO date-time of the last rename. With `importedAt` it is the draft's clock for merges between
   * tabs (a rename is the only edit of an imported draft).
   */
  renamedAt?: string;
}

export const IMPORTED_PREFIX = 'imported-';

/** The clock of an imported draft for last-writer-wins merges (see `merge.ts`). */
export function importStamp(draft: ImportedDraft): string {
  return draft.renamedAt ?? draft.importedAt;
}

export function isImportedId(id: string): boolean {
  return id.startsWith(IMPORTED_PREFIX);
}

/** Longest slug kept from a title, so ids stay readable in a link. */
const SLUG_MAX = 48;

/**
 * A unique id for a draft imported under `title`: `imported-<slug>`, then `-2`, `-3`, … when
 * taken. The slug keeps ASCII letters and digits (accents are stripped); a title with none (for
 * example all Cyrillic) gives `imported-draft`. Pass every id in use, including deleted drafts
 * that can still be undone, and bundled ids.
 */
export function importedDraftId(title: string, taken: ReadonlySet<string>): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+/, '')
      .slice(0, SLUG_MAX)
      .replace(/-+$/, '') || 'draft';
  const base = `${IMPORTED_PREFIX}${slug}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Why `title` cannot name a draft, or `null`. Mirrors `versionSchema.title` (trimmed, 1–300). */
export function draftTitleProblem(title: string): string | null {
  const t = title.trim();
  if (!t) return 'A title cannot be empty.';
  if (t.length > 300) return 'A title can be at most 300 characters.';
  return null;
}

/** Validate a persisted imported draft: its version through the one schema, and its own fields. */
export function parseImportedDraft(input: unknown, where: string): Result<ImportedDraft> {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return fail([`${where}: not an object`]);
  const raw = input as Record<string, unknown>;
  const errors: string[] = [];
  const isoTime = (key: string, optional: boolean) => {
    const v = raw[key];
    if (v === undefined && optional) return;
    if (typeof v !== 'string' || !Number.isFinite(timeOf(v)))
      errors.push(`${where}: ${key}: must be an ISO date-time`);
  };
  isoTime('importedAt', false);
  isoTime('renamedAt', true);
  if (raw.sourceText !== undefined && typeof raw.sourceText !== 'string')
    errors.push(`${where}: sourceText: must be text`);
  const version = parseVersionJson(raw.version, `${where}: version`, 'import');
  if (!version.ok) errors.push(...version.errors);
  else if (!isImportedId(version.value.id))
    errors.push(`${where}: version id "${version.value.id}" must start with "${IMPORTED_PREFIX}"`);
  if (errors.length || !version.ok) return fail(errors);
  const draft: ImportedDraft = { version: version.value, importedAt: raw.importedAt as string };
  if (typeof raw.sourceText === 'string') draft.sourceText = raw.sourceText;
  if (typeof raw.renamedAt === 'string') draft.renamedAt = raw.renamedAt;
  return ok(draft);
}
