/**
 * Compare two versions into rows. Recorded correspondences (data/correspondences.json) win; the
 * rest is matched by the alignment engine. A version with no public text never gets guessed text:
 * its rows carry the fates outlets reported, or "not reported".
 */
import { alignPoints, type AlignedGroup } from '../diff/align';
import { wordDiff } from '../diff/word-diff';
import type {
  Correspondence,
  CorrespondenceLink,
  Dataset,
  FateReading,
  Point,
  Version,
} from '../model/types';
import { COMPLETENESS_NAMES, pointId } from '../model/types';
import { rowKey, summarize, type Comparison, type LinkBasis, type Row, type RowKind } from './rows';
import { mirrorRow } from './mirror';

export type CompareContext = Pick<Dataset, 'correspondences'>;

/** The recorded links between two versions, oriented left → right (either direction in the data). */
export function recordedLinks(
  left: Version,
  right: Version,
  correspondences: readonly Correspondence[],
): CorrespondenceLink[] {
  const out: CorrespondenceLink[] = [];
  for (const c of correspondences) {
    if (c.from === left.id && c.to === right.id) out.push(...c.links);
    else if (c.from === right.id && c.to === left.id)
      out.push(...c.links.map((l) => ({ ...l, left: l.right, right: l.left })));
  }
  return out;
}

export function compareVersions(left: Version, right: Version, ctx: CompareContext): Comparison {
  const notices = noticesFor(left, right);
  let rows: Row[];
  if (left.points.length > 0 && right.points.length > 0) rows = alignedRows(left, right, ctx);
  else if (left.points.length > 0) rows = fateRows(left, right, ctx);
  else if (right.points.length > 0) rows = fateRows(right, left, ctx).map(mirrorRow);
  else rows = [];
  return { left, right, rows, summary: summarize(rows), notices };
}

function noticesFor(left: Version, right: Version): string[] {
  const notices: string[] = [];
  for (const v of [left, right]) {
    if (v.points.length === 0) {
      notices.push(
        `${v.title}: no text is public (${COMPLETENESS_NAMES[v.completeness].toLowerCase()}` +
          `${v.claimedPoints === null ? '' : `; ${v.claimedPoints} points claimed`}). ` +
          'Rows show only what outlets reported about individual points; nothing else is guessed.',
      );
    } else if (v.claimedPoints !== null && v.points.length < v.claimedPoints) {
      notices.push(`${v.title}: ${v.points.length} of ${v.claimedPoints} points are known.`);
    }
  }
  if (left.id === right.id) notices.push('Both sides show the same version.');
  return notices;
}

function alignedRows(left: Version, right: Version, ctx: CompareContext): Row[] {
  const leftIndex = new Map(left.points.map((p, i) => [p.label, i]));
  const rightIndex = new Map(right.points.map((p, i) => [p.label, i]));
  const links = recordedLinks(left, right, ctx.correspondences);
  const fixed = links.map((l) => ({
    left: l.left.map((label) => leftIndex.get(label)).filter((i): i is number => i !== undefined),
    right: l.right
      .map((label) => rightIndex.get(label))
      .filter((i): i is number => i !== undefined),
  }));
  const linkOf = new Map<string, CorrespondenceLink>();
  fixed.forEach((f, i) => linkOf.set(groupSignature(f.left, f.right), links[i]!));

  const alignment = alignPoints(
    left.points.map((p) => ({ id: pointId(left.id, p.label), label: p.label, text: p.text })),
    right.points.map((p) => ({ id: pointId(right.id, p.label), label: p.label, text: p.text })),
    { fixed },
  );
  return alignment.groups.map((group) =>
    rowOf(group, left, right, linkOf.get(groupSignature(group.left, group.right))),
  );
}

function groupSignature(left: readonly number[], right: readonly number[]): string {
  return `${[...left].sort((a, b) => a - b).join(',')}|${[...right].sort((a, b) => a - b).join(',')}`;
}

/** Not every point of the version is known: a missing counterpart may just be unreported. */
export function isIncomplete(v: Version): boolean {
  return (
    v.completeness !== 'full-text' ||
    (v.claimedPoints !== null && v.points.length < v.claimedPoints)
  );
}

function kindOf(lefts: readonly Point[], rights: readonly Point[]): RowKind {
  if (lefts.length === 0) return 'added';
  if (rights.length === 0) return 'removed';
  if (lefts.length > 1 || rights.length > 1)
    return lefts.length >= rights.length ? 'merged' : 'split';
  return lefts[0]!.text === rights[0]!.text ? 'unchanged' : 'changed';
}

function rowOf(
  group: AlignedGroup,
  left: Version,
  right: Version,
  link: CorrespondenceLink | undefined,
): Row {
  const lefts = group.left.map((i) => left.points[i]!);
  const rights = group.right.map((i) => right.points[i]!);
  let kind = kindOf(lefts, rights);
  const explain =
    link?.note && !group.explain.includes(link.note)
      ? [link.note, ...group.explain]
      : [...group.explain];
  // Without a recorded link, "removed" or "added" is only true when the other side is fully known.
  const unknownOther = kind === 'removed' ? right : kind === 'added' ? left : null;
  if (!link && unknownOther && isIncomplete(unknownOther)) {
    kind = 'not-reported';
    explain.push(
      `no counterpart among the ${unknownOther.points.length} known points of ${unknownOther.title}`,
    );
  }
  const basis: LinkBasis = link
    ? link.basis === 'reported'
      ? { kind: 'reported', sources: link.sources, ...(link.note ? { note: link.note } : {}) }
      : { kind: 'inferred', ...(link.note ? { note: link.note } : {}) }
    : lefts.length && rights.length
      ? { kind: 'engine', similarity: group.similarity ?? 0 }
      : { kind: 'none' };
  const row: Row = {
    key: rowKey(
      lefts.map((p) => pointId(left.id, p.label)),
      rights.map((p) => pointId(right.id, p.label)),
    ),
    kind,
    moved: group.moved,
    left: lefts,
    right: rights,
    link: basis,
    explain,
  };
  if (group.similarity !== undefined && lefts.length && rights.length)
    row.similarity = group.similarity;
  if (lefts.length && rights.length && kind !== 'unchanged') {
    row.words = wordDiff(lefts.map((p) => p.text).join(' '), rights.map((p) => p.text).join(' '));
  }
  return row;
}

/**
 * Rows for a version with text (`withText`) against one without (`withoutText`): each point gets
 * the fate outlets reported (directly, or through a recorded correspondence to the version the
 * fates refer to), or "not reported".
 */
function fateRows(withText: Version, withoutText: Version, ctx: CompareContext): Row[] {
  const fates = fatesByLabel(withText, withoutText, ctx);
  return withText.points.map((point): Row => {
    const readings = fates.get(point.label);
    const base = {
      key: rowKey([pointId(withText.id, point.label)], []),
      moved: false,
      left: [point],
      right: [],
    };
    if (!readings) return { ...base, kind: 'not-reported', link: { kind: 'none' }, explain: [] };
    return {
      ...base,
      kind: fateKind(readings),
      link: { kind: 'fate' },
      fate: readings,
      explain: readings.length > 1 ? ['outlets disagree; every reading is shown'] : [],
    };
  });
}

function fateKind(readings: readonly FateReading[]): RowKind {
  if (readings.every((r) => r.status === 'dropped')) return 'removed';
  if (readings.every((r) => r.status === 'kept')) return 'unchanged';
  return 'changed';
}

function fatesByLabel(
  withText: Version,
  withoutText: Version,
  ctx: CompareContext,
): Map<string, FateReading[]> {
  const out = new Map<string, FateReading[]>();
  if (!withoutText.fates?.length || !withoutText.basedOn) return out;
  const direct = new Map<string, FateReading[]>();
  for (const fate of withoutText.fates)
    for (const label of fate.points)
      direct.set(label, [...(direct.get(label) ?? []), ...fate.readings]);
  if (withoutText.basedOn === withText.id) return direct;
  // One hop: this version's point ↔ the base version's points, through recorded correspondences.
  const baseVersion = { id: withoutText.basedOn } as Version;
  for (const link of recordedLinks(withText, baseVersion, ctx.correspondences)) {
    const readings = link.right.flatMap((label) => direct.get(label) ?? []);
    if (!readings.length) continue;
    for (const label of link.left) out.set(label, dedupe([...(out.get(label) ?? []), ...readings]));
  }
  return out;
}

function dedupe(readings: FateReading[]): FateReading[] {
  const seen = new Set<string>();
  return readings.filter((r) => {
    const k = `${r.status}|${r.note}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
