/**
 * A draft that did not come from the bundled data (a reader's import, a draft carried in a link)
 * may cite only the sources it carries itself (`ownSources`). Its citations are data from whoever
 * made the draft: a link titled "US 29-point draft" with `reportedBy: ["A1"]` must never be shown
 * as reported by the outlet that A1 names in the register (issue #19, "spoofed attribution").
 *
 * `isolateSources` enforces that once, where such a draft enters the viewer:
 * - an own source whose id is already taken (by the register or by another draft the viewer holds)
 *   is renamed, and every citation of it follows, so a lookup can never find the register's source;
 * - a citation of an id the draft does not carry is removed (it could only ever resolve to somebody
 *   else's source);
 * - a reading that the schema requires to cite a source (a fate reading, another reading of a
 *   point) and that is left with none is removed with it, so the draft stays valid.
 * Pure and idempotent: isolating an isolated draft against the same ids changes nothing.
 */
import type { Point, SourceId, Version } from './types';

export interface SourceIsolation {
  /** The draft as the viewer may show it; the same object when nothing had to change. */
  version: Version;
  /** Own sources renamed because their id was taken, in order. */
  renamed: Array<{ from: SourceId; to: SourceId }>;
  /** Ids the draft cited without carrying them: their citations were removed. Sorted, no repeats. */
  refused: SourceId[];
  /** Readings (of fates, or other readings of a point) removed because they cited only refused ids. */
  removedReadings: number;
}

/** A fresh id for a renamed source: `<id>X`, then `<id>X2`, `<id>X3`, … (still a valid source id). */
function freshId(id: SourceId, taken: (id: SourceId) => boolean, own: ReadonlySet<SourceId>) {
  const free = (candidate: string) => !taken(candidate) && !own.has(candidate);
  const base = `${id}X`;
  if (free(base)) return base;
  for (let n = 2; ; n++) if (free(`${base}${n}`)) return `${base}${n}`;
}

/**
 * The draft with its own sources renamed where `taken` claims their id, and every citation of an
 * id it does not carry removed (see the module comment).
 */
export function isolateSources(
  version: Version,
  taken: (id: SourceId) => boolean,
): SourceIsolation {
  const ownIds = new Set((version.ownSources ?? []).map((s) => s.id));
  const renames = new Map<SourceId, SourceId>();
  const assigned = new Set(ownIds);
  for (const id of ownIds) {
    if (!taken(id)) continue;
    const to = freshId(id, taken, assigned);
    assigned.add(to);
    renames.set(id, to);
  }
  const refused = new Set<SourceId>();
  let changed = renames.size > 0;
  let removedReadings = 0;

  const cite = (ids: readonly SourceId[]): SourceId[] => {
    const out: SourceId[] = [];
    for (const id of ids) {
      if (!ownIds.has(id)) {
        refused.add(id);
        changed = true;
      } else out.push(renames.get(id) ?? id);
    }
    return out;
  };

  const point = (p: Point): Point => {
    const next: Point = { ...p, sources: cite(p.sources) };
    if (p.flags) next.flags = p.flags.map((f) => ({ ...f, sources: cite(f.sources) }));
    if (p.alternatives) {
      const kept = p.alternatives
        .map((a) => ({ ...a, sources: cite(a.sources) }))
        .filter((a) => a.sources.length > 0);
      removedReadings += p.alternatives.length - kept.length;
      if (kept.length) next.alternatives = kept;
      else delete next.alternatives;
    }
    return next;
  };

  const next: Version = {
    ...version,
    claimedBy: cite(version.claimedBy),
    reportedBy: cite(version.reportedBy),
    points: version.points.map(point),
  };
  if (version.notes) next.notes = version.notes.map((n) => ({ ...n, sources: cite(n.sources) }));
  if (version.fates) {
    const fates = version.fates
      .map((fate) => {
        const readings = fate.readings
          .map((r) => ({ ...r, sources: cite(r.sources) }))
          .filter((r) => r.sources.length > 0);
        removedReadings += fate.readings.length - readings.length;
        return { ...fate, readings };
      })
      .filter((fate) => fate.readings.length > 0);
    if (fates.length) next.fates = fates;
    else delete next.fates;
  }
  if (version.ownSources)
    next.ownSources = version.ownSources.map((s) => {
      const to = renames.get(s.id);
      return to ? { ...s, id: to } : s;
    });

  return {
    version: changed ? next : version,
    renamed: [...renames].map(([from, to]) => ({ from, to })),
    refused: [...refused].sort(),
    removedReadings,
  };
}
