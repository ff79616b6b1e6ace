/**
 * The bundled data set. It is validated once where it enters: in Node (tests, CLI, bench) and in
 * the dev server on load, and for production by the build itself (vite.config.ts refuses to build
 * invalid data). The production page therefore trusts it and ships no schema code up front.
 */
import { parseDataset } from '../core/model/schema';
import type { Correspondence, Dataset, Source, Version } from '../core/model/types';
import { bundledFiles } from './bundled-files';

function validated(): Dataset {
  const parsed = parseDataset(bundledFiles);
  if (!parsed.ok) throw new Error(`The bundled data is invalid:\n${parsed.errors.join('\n')}`);
  return parsed.value;
}

/** Already validated by the build: only shape the files into a Dataset. */
function trusted(): Dataset {
  const sources = bundledFiles.sources.json as Source[];
  return {
    sources: new Map(sources.map((s) => [s.id, s])),
    versions: bundledFiles.versions.map((v) => v.json as Version),
    correspondences: bundledFiles.correspondences.json as Correspondence[],
  };
}

// `import.meta.env` exists only under Vite; Node always validates.
export const bundled: Dataset = import.meta.env?.PROD ? trusted() : validated();

/** Versions in date order (oldest first), then by id for a stable order on equal dates. */
export function versionsByDate(versions: readonly Version[]): Version[] {
  return [...versions].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
