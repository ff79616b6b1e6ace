/**
 * The bundled data set, validated and cross-checked where it enters (the build's check-data
 * script and the page's loaders): each file against the one schema (schema.ts), then every id,
 * source reference, correspondence and fate against the rest, then the evidence rules
 * (evidence.ts).
 */
import * as z from 'zod/mini';
import { evidenceErrors } from './evidence';
import { fail, ok, type Result } from './result';
import { parseVersionJson, schemas } from './schema';
import { parseWith } from './schema-issues';
import type { Correspondence, Dataset, ProcessEvent, Source, Version } from './types';

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
  const sourcesParsed = parseWith(
    z.array(schemas().sourceSchema),
    files.sources.json,
    files.sources.file,
  );
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
    z.array(schemas().correspondenceSchema),
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
  const parsed = parseWith(z.array(schemas().eventSchema), file.json, file.file);
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
