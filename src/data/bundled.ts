/**
 * The bundled data set, validated once where it enters. The data test guarantees this never
 * fails for a committed tree; if it does (a hand-edited deploy), fail loudly with every message.
 */
import { parseDataset } from '../core/model/schema';
import type { Dataset, Version } from '../core/model/types';
import { bundledFiles } from './bundled-files';

function load(): Dataset {
  const parsed = parseDataset(bundledFiles);
  if (!parsed.ok) throw new Error(`The bundled data is invalid:\n${parsed.errors.join('\n')}`);
  return parsed.value;
}

export const bundled: Dataset = load();

/** Versions in date order (oldest first), then by id for a stable order on equal dates. */
export function versionsByDate(versions: readonly Version[]): Version[] {
  return [...versions].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
