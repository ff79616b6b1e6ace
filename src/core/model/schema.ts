/**
 * The one schema for versions of the plan: bundled data files, imported JSON drafts, drafts carried
 * in links and persisted imports all pass through here, once, where they enter. zod/mini keeps the
 * initial bundle small (classic zod does not tree-shake: ../shared/brief/toolchain.md §7).
 */
import * as z from 'zod/mini';
import { evidenceErrors } from './evidence';
import { fail, ok, type Result } from './result';
import { CONTROL_CHARACTER, codePointName } from '../text/controls';
import { TOPICS } from './topics';
import {
  COMPLETENESS,
  DOCUMENT_KINDS,
  FLAG_KINDS,
  LINK_STATUSES,
  type Correspondence,
  type Dataset,
  type ProcessEvent,
  type Source,
  type Version,
} from './types';

/**
 * No control characters in any text (issue #19): in a terminal they are commands (ESC sequences
 * clear the screen or retitle the window), on a page they are invisible. Tab, line feed and
 * carriage return are layout. The text parser strips them (src/core/text/controls.ts); JSON
 * drafts and links carrying them are refused, naming the field and the character.
 */
const noControls = z.superRefine<string>((value, ctx) => {
  const found = CONTROL_CHARACTER.exec(value);
  if (found)
    ctx.addIssue({
      code: 'custom',
      input: value,
      message: `contains a control character (${codePointName(found[0])}) at character ${found.index + 1}; remove it`,
    });
});
const plain = z.string().check(noControls);
const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), noControls);
const isoDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date like 2025-11-20'));
/** External links are https only (excalidraw `common/src/url.ts` doctrine): no http, no javascript:. */
const httpsUrl = z.string().check(
  z.refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an https:// URL'),
);
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case (a-z, 0-9, -)'));
const sourceIds = z.array(z.string().check(z.minLength(1)));

export const sourceSchema = z.strictObject({
  id: z
    .string()
    .check(
      z.regex(/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/, 'must be an upper-case id like A1 or EU24-1'),
    ),
  outlet: text,
  site: z.optional(text),
  url: httpsUrl,
  date: isoDate,
  dateApproximate: z.optional(z.boolean()),
  holds: text,
  covers: z.optional(
    z.array(
      z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*:.+$/, 'must be a point id like us-28:6')),
    ),
  ),
});

const flagSchema = z.strictObject({
  kind: z.enum(FLAG_KINDS, { error: `must be one of: ${FLAG_KINDS.join(', ')}` }),
  note: text,
  sources: sourceIds,
});

/**
 * Two strictness levels. `data`: the bundled files, where every point is sourced and tagged.
 * `import`: a reader's own draft (pasted text, a JSON file, a draft carried in a link), whose
 * points may have no topics and cite only the sources the reader gave (`ownSources`), or none.
 */
export type SchemaLevel = 'data' | 'import';

function pointSchemaFor(level: SchemaLevel) {
  return z.strictObject({
    label: z
      .string()
      .check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(40), noControls),
    text: text.check(z.maxLength(20_000)),
    topics:
      level === 'data'
        ? z
            .array(z.enum(TOPICS, { error: `must be one of: ${TOPICS.join(', ')}` }))
            .check(z.minLength(1, 'must name at least one topic'))
        : z.array(z.enum(TOPICS, { error: `must be one of: ${TOPICS.join(', ')}` })),
    sources:
      level === 'data'
        ? sourceIds.check(z.minLength(1, 'must cite at least one source'))
        : sourceIds,
    flags: z.optional(z.array(flagSchema)),
    alternatives: z.optional(
      z.array(z.strictObject({ text, sources: sourceIds.check(z.minLength(1)) })),
    ),
  });
}

export const pointSchema = pointSchemaFor('data');

const changeSchema = z.strictObject({ from: text, to: text });

const fateSchema = z.strictObject({
  points: z.array(text).check(z.minLength(1)),
  readings: z
    .array(
      z.strictObject({
        status: z.enum(['dropped', 'changed', 'bracketed', 'kept']),
        note: text,
        sources: sourceIds.check(z.minLength(1, 'must cite at least one source')),
        change: z.optional(changeSchema),
      }),
    )
    .check(z.minLength(1)),
});

const documentKind = z.enum(DOCUMENT_KINDS, {
  error: `must be one of: ${DOCUMENT_KINDS.join(', ')}`,
});

function versionSchemaFor(level: SchemaLevel) {
  return z.strictObject({
    id,
    title: text.check(z.maxLength(300)),
    date: isoDate,
    dateLabel: z.optional(text),
    kind: level === 'data' ? documentKind : z.optional(documentKind),
    completeness: z.enum(COMPLETENESS, { error: `must be one of: ${COMPLETENESS.join(', ')}` }),
    claimedPoints: z.nullable(z.int().check(z.minimum(0))),
    claimedBy: sourceIds,
    reportedBy: sourceIds,
    summary: plain,
    basedOn: z.optional(id),
    points: z.array(pointSchemaFor(level)).check(z.maxLength(20_000)),
    fates: z.optional(z.array(fateSchema)),
    notes: z.optional(z.array(z.strictObject({ text, sources: sourceIds }))),
    ownSources: z.optional(z.array(sourceSchema)),
  });
}

export const versionSchema = versionSchemaFor('data');
export const importedVersionSchema = versionSchemaFor('import');

export const correspondenceSchema = z.strictObject({
  from: id,
  to: id,
  links: z.array(
    z.strictObject({
      left: z.array(text),
      right: z.array(text),
      status: z.enum(LINK_STATUSES, { error: `must be one of: ${LINK_STATUSES.join(', ')}` }),
      basis: z.enum(['reported', 'inferred']),
      sources: sourceIds,
      change: z.optional(changeSchema),
      note: z.optional(text),
    }),
  ),
});

export const eventSchema = z.strictObject({
  id,
  date: isoDate,
  dateLabel: z.optional(text),
  title: text,
  summary: text,
  sources: sourceIds.check(z.minLength(1, 'must cite at least one source')),
  versions: z.optional(z.array(id)),
});

/** Describe where an issue sits: `point 10a (points[11]) field "sources"`. */
function describePath(path: readonly PropertyKey[], input: unknown): string {
  const parts: string[] = [];
  let node: unknown = input;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next =
      node !== null && typeof node === 'object'
        ? (node as Record<PropertyKey, unknown>)[key as string]
        : undefined;
    if (key === 'points' && typeof path[i + 1] === 'number') {
      // "point 10a" says it better than "points › [11]".
    } else if (path[i - 1] === 'points' && typeof key === 'number') {
      const label =
        next !== null && typeof next === 'object' ? (next as { label?: unknown }).label : undefined;
      parts.push(typeof label === 'string' ? `point ${label}` : `point #${key + 1}`);
    } else if (typeof key === 'number') {
      parts.push(`[${key}]`);
    } else {
      parts.push(String(key));
    }
    node = next;
  }
  return parts.join(' › ');
}

/**
 * zod/mini ships no messages (a locale would weigh on the first load): where a rule has no message
 * of its own, say what is wrong in words, naming unknown keys ("Invalid input" named nothing).
 */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.message !== 'Invalid input') return issue.message;
  const unit = (origin: string) => (origin === 'string' ? 'characters' : 'items');
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'too_big':
      return `too long: at most ${Number(issue.maximum).toLocaleString('en')} ${unit(issue.origin)}`;
    case 'too_small':
      return `too short: at least ${Number(issue.minimum).toLocaleString('en')} ${unit(issue.origin)}`;
    case 'invalid_type':
      return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    default:
      return issue.message;
  }
}

function issuesOf(error: z.core.$ZodError, where: string, input: unknown): string[] {
  return error.issues.map((issue) => {
    const at = describePath(issue.path, input);
    return `${where}: ${at ? `${at}: ` : ''}${messageOf(issue)}`;
  });
}

function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown, where: string): Result<T> {
  const parsed = z.safeParse(schema, input);
  return parsed.success ? ok(parsed.data) : fail(issuesOf(parsed.error, where, input));
}

/** Validate one version: a data file (`data`), or a reader's import or a draft carried in a link (`import`). */
export function parseVersionJson(
  input: unknown,
  where: string,
  level: SchemaLevel = 'data',
): Result<Version> {
  const parsed = parseWith(level === 'data' ? versionSchema : importedVersionSchema, input, where);
  if (!parsed.ok) return parsed;
  const errors = checkVersionInternals(parsed.value, where);
  return errors.length ? fail(errors) : parsed;
}

function checkVersionInternals(version: Version, where: string): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  const own = new Set((version.ownSources ?? []).map((src) => src.id));
  for (const point of version.points) {
    for (const sid of point.sources)
      if (version.ownSources && !own.has(sid))
        errors.push(`${where}: point ${point.label}: sources: "${sid}" is not in ownSources`);
    if (seen.has(point.label)) errors.push(`${where}: point ${point.label}: label is used twice`);
    seen.add(point.label);
  }
  return errors;
}

export interface RawDataFiles {
  sources: { file: string; json: unknown };
  versions: ReadonlyArray<{ file: string; json: unknown }>;
  correspondences: { file: string; json: unknown };
}

/**
 * Validate the whole data set and cross-check it: unique ids, every source reference resolves,
 * every correspondence and fate names points that exist. Messages name file, point and field.
 */
export function parseDataset(files: RawDataFiles): Result<Dataset> {
  const errors: string[] = [];
  const sourcesParsed = parseWith(z.array(sourceSchema), files.sources.json, files.sources.file);
  const sources = new Map<string, Source>();
  if (sourcesParsed.ok) {
    for (const source of sourcesParsed.value) {
      if (sources.has(source.id))
        errors.push(`${files.sources.file}: source ${source.id}: id is used twice`);
      sources.set(source.id, source);
    }
  } else errors.push(...sourcesParsed.errors);

  const versions: Version[] = [];
  for (const { file, json } of files.versions) {
    const parsed = parseVersionJson(json, file);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      continue;
    }
    const expected = file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (parsed.value.id !== expected)
      errors.push(`${file}: id: "${parsed.value.id}" must match the file name "${expected}"`);
    if (versions.some((v) => v.id === parsed.value.id))
      errors.push(`${file}: id: "${parsed.value.id}" is used twice`);
    versions.push(parsed.value);
  }

  const corrParsed = parseWith(
    z.array(correspondenceSchema),
    files.correspondences.json,
    files.correspondences.file,
  );
  if (!corrParsed.ok) errors.push(...corrParsed.errors);
  const correspondences: Correspondence[] = corrParsed.ok ? corrParsed.value : [];

  if (sourcesParsed.ok) {
    const known = (ids: readonly string[], where: string) => {
      for (const sid of ids)
        if (!sources.has(sid))
          errors.push(`${where}: source "${sid}" is not in the source register`);
    };
    const byId = new Map(versions.map((v) => [v.id, v]));
    const vfile = (v: Version) =>
      files.versions.find((f) => f.file.endsWith(`/${v.id}.json`))?.file ?? v.id;
    for (const v of versions) {
      const where = vfile(v);
      known(v.claimedBy, `${where}: claimedBy`);
      known(v.reportedBy, `${where}: reportedBy`);
      if (v.reportedBy.length === 0)
        errors.push(`${where}: reportedBy: must cite at least one source`);
      for (const p of v.points) {
        known(p.sources, `${where}: point ${p.label}: sources`);
        for (const f of p.flags ?? []) known(f.sources, `${where}: point ${p.label}: flags`);
        for (const a of p.alternatives ?? [])
          known(a.sources, `${where}: point ${p.label}: alternatives`);
      }
      for (const n of v.notes ?? []) known(n.sources, `${where}: notes`);
      if (v.fates?.length) {
        const base = v.basedOn ? byId.get(v.basedOn) : undefined;
        if (!base)
          errors.push(
            `${where}: basedOn: fates need an existing basedOn version (got "${v.basedOn ?? ''}")`,
          );
        for (const fate of v.fates) {
          for (const r of fate.readings)
            known(r.sources, `${where}: fates ${fate.points.join(',')}`);
          for (const label of fate.points)
            if (base && !base.points.some((p) => p.label === label))
              errors.push(`${where}: fates: point ${label} does not exist in ${base.id}`);
        }
      }
    }
    for (const c of correspondences) {
      const where = `${files.correspondences.file}: ${c.from} → ${c.to}`;
      const from = byId.get(c.from);
      const to = byId.get(c.to);
      if (!from) errors.push(`${where}: from: unknown version "${c.from}"`);
      if (!to) errors.push(`${where}: to: unknown version "${c.to}"`);
      c.links.forEach((link, i) => {
        known(link.sources, `${where}: links[${i}]`);
        if (link.basis === 'reported' && link.sources.length === 0)
          errors.push(`${where}: links[${i}]: a reported link must cite at least one source`);
        if (link.left.length + link.right.length === 0)
          errors.push(`${where}: links[${i}]: both sides are empty`);
        for (const l of link.left)
          if (from && !from.points.some((p) => p.label === l))
            errors.push(`${where}: links[${i}] left: point ${l} does not exist in ${c.from}`);
        for (const r of link.right)
          if (to && !to.points.some((p) => p.label === r))
            errors.push(`${where}: links[${i}] right: point ${r} does not exist in ${c.to}`);
      });
    }
  }

  if (errors.length) return fail(errors);
  const evidence = evidenceErrors(
    { sources, versions, correspondences },
    { sources: files.sources.file, correspondences: files.correspondences.file },
  );
  if (evidence.length) return fail(evidence);
  return ok({ sources, versions, correspondences });
}

/**
 * Validate the dated process events (only the timeline needs them, so they load apart) against
 * the data set: every source and version they name must exist.
 */
export function parseEvents(
  file: { file: string; json: unknown },
  dataset: Dataset,
): Result<ProcessEvent[]> {
  const parsed = parseWith(z.array(eventSchema), file.json, file.file);
  if (!parsed.ok) return parsed;
  const errors: string[] = [];
  const ids = new Set(dataset.versions.map((v) => v.id));
  for (const e of parsed.value) {
    for (const sid of e.sources)
      if (!dataset.sources.has(sid))
        errors.push(
          `${file.file}: event ${e.id}: sources: source "${sid}" is not in the source register`,
        );
    for (const vid of e.versions ?? [])
      if (!ids.has(vid))
        errors.push(`${file.file}: event ${e.id}: versions: unknown version "${vid}"`);
    if (parsed.value.filter((x) => x.id === e.id).length > 1)
      errors.push(`${file.file}: event ${e.id}: id is used twice`);
  }
  return errors.length ? fail([...new Set(errors)]) : ok(parsed.value);
}
