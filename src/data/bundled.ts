/**
 * The whole data set, read from data/ at once: for Node (tests, CLI, bench), where it is validated
 * on load. The page never imports it: it fetches one file per version on demand (issue #12,
 * scripts/vite-data-plugin.ts, which validates everything at build time).
 */
import { parseDataset } from '../core/model/schema';
import type { Dataset } from '../core/model/types';
import { bundledFiles } from './bundled-files';

function validated(): Dataset {
  const parsed = parseDataset(bundledFiles);
  if (!parsed.ok) throw new Error(`The bundled data is invalid:\n${parsed.errors.join('\n')}`);
  return parsed.value;
}

export const bundled: Dataset = validated();
