/**
 * The evidence checks of the data set (issue #11): a link or a fate may only claim what its sources
 * say. Run by `parseDataset` once the files are valid and every reference resolves.
 *
 * - A link's `status` fits its sides: `dropped` has only a left side, `added` only a right one,
 *   `kept` and `changed` both; a stated `change` belongs to a `changed` link.
 * - Every source a `reported` link or a fate cites lists the points it `covers`, and covers a point
 *   of that link (of its later side; of its earlier side when the point was dropped) or fate.
 * - A source with `covers` covers every point that cites it, so the list stays complete.
 */
import type { Correspondence, Dataset, Source, SourceId, Version } from './types';
import { pointId } from './types';

export function evidenceErrors(
  data: Pick<Dataset, 'sources' | 'versions' | 'correspondences'>,
  files: { sources: string; correspondences: string },
): string[] {
  const errors: string[] = [];
  const byId = new Map(data.versions.map((v) => [v.id, v]));
  const exists = (id: string): boolean => {
    const colon = id.indexOf(':');
    const v = byId.get(id.slice(0, colon));
    return Boolean(v?.points.some((p) => p.label === id.slice(colon + 1)));
  };
  for (const s of data.sources.values())
    for (const id of s.covers ?? [])
      if (!exists(id))
        errors.push(`${files.sources}: source ${s.id}: covers: no point "${id}" in the data`);

  /** `source` must cover one of `ids`; says what is wrong and where otherwise. */
  const mustCover = (sid: SourceId, ids: readonly string[], where: string): void => {
    const s = data.sources.get(sid);
    if (!s) return;
    if (!s.covers) {
      errors.push(
        `${where}: source ${sid} is cited for what it reports, so it must list the points it covers (sources.json "covers")`,
      );
      return;
    }
    if (!ids.some((id) => s.covers!.includes(id)))
      errors.push(`${where}: source ${sid} does not cover ${ids.join(', ')}`);
  };

  for (const c of data.correspondences) checkLinks(c, files.correspondences, mustCover, errors);
  for (const v of data.versions) {
    if (!v.fates?.length || !v.basedOn) continue;
    for (const fate of v.fates)
      for (const r of fate.readings) {
        const where = `data/versions/${v.id}.json: fates ${fate.points.join(',')} (${r.status})`;
        for (const sid of r.sources)
          mustCover(
            sid,
            fate.points.map((l) => pointId(v.basedOn!, l)),
            where,
          );
        if (r.change && r.status !== 'changed' && r.status !== 'dropped')
          errors.push(`${where}: change: only a changed or dropped reading states a change`);
      }
  }
  errors.push(...coverageGaps(data.sources, data.versions));
  return errors;
}

function checkLinks(
  c: Correspondence,
  file: string,
  mustCover: (sid: SourceId, ids: readonly string[], where: string) => void,
  errors: string[],
): void {
  c.links.forEach((link, i) => {
    const where = `${file}: ${c.from} → ${c.to}: links[${i}] (${link.left.join(',') || '—'} → ${link.right.join(',') || '—'})`;
    const [l, r] = [link.left.length > 0, link.right.length > 0];
    const fits =
      link.status === 'dropped'
        ? l && !r
        : link.status === 'added'
          ? !l && r
          : link.status === 'unknown'
            ? l || r
            : l && r;
    if (!fits)
      errors.push(
        `${where}: status "${link.status}" does not fit its sides (dropped: left only; added: right only; kept and changed: both)`,
      );
    if (link.change && link.status !== 'changed')
      errors.push(`${where}: change: only a changed link states a change`);
    if (link.basis !== 'reported') return;
    const ids = r
      ? link.right.map((label) => pointId(c.to, label))
      : link.left.map((label) => pointId(c.from, label));
    for (const sid of link.sources) mustCover(sid, ids, where);
  });
}

/** Points that cite a source with `covers` the source does not list. */
function coverageGaps(sources: ReadonlyMap<SourceId, Source>, versions: readonly Version[]) {
  const errors: string[] = [];
  for (const v of versions)
    for (const p of v.points)
      for (const sid of p.sources) {
        const covers = sources.get(sid)?.covers;
        if (covers && !covers.includes(pointId(v.id, p.label)))
          errors.push(
            `data/sources.json: source ${sid}: covers: must list ${pointId(v.id, p.label)}, which cites it`,
          );
      }
  return errors;
}
