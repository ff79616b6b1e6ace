/**
 * The one schema for versions of the plan: bundled data files, imported JSON drafts, drafts carried
 * in links and persisted imports all pass through here, once, where they enter. zod/mini keeps the
 * initial bundle small (classic zod does not tree-shake: ../shared/brief/toolchain.md §7).
 */
import * as z from 'zod/mini';
import { fail, type Result } from './result';
import { parseWith } from './schema-issues';
import { CONTROL_CHARACTER, codePointName } from '../text/controls';
import { TOPICS } from './topics';
import { COMPLETENESS, DOCUMENT_KINDS, FLAG_KINDS, LINK_STATUSES, type Version } from './types';

/**
 * Two strictness levels. `data`: the bundled files, where every point is sourced and tagged.
 * `import`: a reader's own draft (pasted text, a JSON file, a draft carried in a link), whose
 * points may have no topics and cite only the sources the reader gave (`ownSources`), or none.
 */
export type SchemaLevel = 'data' | 'import';

function buildSchemas() {
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

  const sourceSchema = z.strictObject({
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

  const versionSchema = versionSchemaFor('data');
  const importedVersionSchema = versionSchemaFor('import');

  const correspondenceSchema = z.strictObject({
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

  const eventSchema = z.strictObject({
    id,
    date: isoDate,
    dateLabel: z.optional(text),
    title: text,
    summary: text,
    sources: sourceIds.check(z.minLength(1, 'must cite at least one source')),
    versions: z.optional(z.array(id)),
  });

  return { sourceSchema, versionSchema, importedVersionSchema, correspondenceSchema, eventSchema };
}

let built: ReturnType<typeof buildSchemas> | null = null;

/**
 * The schemas, built on first use: building them is about 150 ms at a phone's CPU speed, which
 * the page paid when the notes store loaded, although a reader with nothing stored and no
 * import never validates anything (issue #14).
 */
export function schemas(): ReturnType<typeof buildSchemas> {
  built ??= buildSchemas();
  return built;
}

/** Validate one version: a data file (`data`), or a reader's import or a draft carried in a link (`import`). */
export function parseVersionJson(
  input: unknown,
  where: string,
  level: SchemaLevel = 'data',
): Result<Version> {
  const { versionSchema, importedVersionSchema } = schemas();
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
