/**
 * The data's claims check (issue #11): between two versions that data/ links (recorded
 * correspondences, a fate's base, or two sets of links joined through a third version), every row
 * that claims a change (changed, dropped, added, merged, split) must rest on a link or a fate, never
 * on the engine's word match of two of our summaries. Run by the data test and by
 * `scripts/check-data.ts` before every build, so a new version cannot slip in an unsupported claim.
 */
import { compareVersions, pairLinks } from './compare';
import { isChange, type Row } from './rows';
import { formatLabels } from './labels';
import type { Dataset, Version } from '../model/types';

/** The two versions are linked in data/ (so the engine must not decide any change between them). */
export function linkedInData(
  left: Version,
  right: Version,
  data: Pick<Dataset, 'versions' | 'correspondences'>,
): boolean {
  if (left.basedOn === right.id || right.basedOn === left.id) return true;
  if (!left.points.length || !right.points.length) return false;
  return pairLinks(left, right, data).links.length > 0;
}

function names(row: Row): string {
  return `${formatLabels(row.left.map((p) => p.label))} → ${formatLabels(row.right.map((p) => p.label))}`;
}

/** One message per row of a linked pair that claims a change no link or fate supports. */
export function unsupportedClaims(data: Pick<Dataset, 'versions' | 'correspondences'>): string[] {
  const out: string[] = [];
  for (const left of data.versions)
    for (const right of data.versions) {
      if (left === right || !linkedInData(left, right, data)) continue;
      for (const row of compareVersions(left, right, data).rows) {
        if (!isChange(row) || row.kind === 'open') continue;
        if (row.basis.kind === 'reported' || row.basis.kind === 'inferred') continue;
        out.push(
          `${left.id} → ${right.id}: ${names(row)} would be "${row.kind}" by ${
            row.basis.kind === 'engine' ? "the engine's text match" : 'no evidence'
          }; record a link (data/correspondences.json) or a fate that says so`,
        );
      }
    }
  return out;
}
