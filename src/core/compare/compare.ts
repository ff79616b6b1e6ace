/**
 * Compare two versions into rows whose status comes from evidence (issue #11):
 * 1. the correspondences recorded between the two versions (data/correspondences.json), each with
 *    its status and basis;
 * 2. else, where both versions have recorded links to a third version with text, those links
 *    joined through it (inferred by the project, `via` that version);
 * 3. what neither covers is matched by the alignment engine and labelled so (imports, text files,
 *    documents no record links).
 * A version with no public text never gets guessed text: its rows carry the fates outlets reported,
 * or "not reported".
 */
import { alignPoints, type AlignedGroup } from '../diff/align';
import type { Dataset, LinkStatus, Point, Version } from '../model/types';
import { COMPLETENESS_NAMES, pointId } from '../model/types';
import { fateRows } from './fate-rows';
import { defineLazyWords } from './lazy-words';
import { mirrorRow } from './mirror';
import { isIncomplete, recordedLinks, type OrientedLink } from './links';
import { joinThrough } from './through';
import {
  hasDisputedPoint,
  rowKey,
  summarize,
  type Basis,
  type Comparison,
  type ContentStatus,
  type Row,
  type RowClaim,
  type RowCommon,
  type Wording,
} from './rows';

/**
 * What a comparison reads besides the two versions: the recorded correspondences, and the versions
 * they can be joined through (without `versions`, only direct links are used).
 */
export type CompareContext = Pick<Dataset, 'correspondences'> & {
  versions?: readonly Version[];
};

export { isIncomplete, recordedLinks, reverseChange } from './links';

/** Our text of the version is the text itself or an excerpt of it, not a summary of points. */
function isText(v: Version): boolean {
  return v.completeness === 'full-text' || v.completeness === 'partial-text';
}

/**
 * The two texts are aligned in wording: both are texts and one is an edit of the other (`basedOn`),
 * like the US 28 points and the E3 edit. Only then is a word diff of two of our texts a change.
 */
export function alignedInWording(left: Version, right: Version): boolean {
  return isText(left) && isText(right) && (left.basedOn === right.id || right.basedOn === left.id);
}

/** The links that decide a pair's rows, and the version they were joined through, if any. */
interface PairLinks {
  links: OrientedLink[];
  via?: Version;
}

/** Recorded links first; else the links of both versions to a third one, joined through it. */
export function pairLinks(left: Version, right: Version, ctx: CompareContext): PairLinks {
  const direct = recordedLinks(left, right, ctx.correspondences);
  if (direct.length) return { links: direct };
  const joined = joinThrough(left, right, ctx);
  return joined ?? { links: [] };
}

export function compareVersions(left: Version, right: Version, ctx: CompareContext): Comparison {
  let rows: Row[];
  let via: Version | undefined;
  let engineOnly = false;
  if (left.points.length > 0 && right.points.length > 0) {
    const pair = pairLinks(left, right, ctx);
    via = pair.via;
    engineOnly = pair.links.length === 0;
    rows = alignedRows(left, right, pair);
  } else if (left.points.length > 0) rows = fateRows(left, right, ctx.correspondences);
  else if (right.points.length > 0)
    rows = fateRows(right, left, ctx.correspondences).map(mirrorRow);
  else rows = [];
  const notices = noticesFor(left, right, via, engineOnly);
  return { left, right, rows, summary: summarize(rows), notices, ...(via ? { via } : {}) };
}

function noticesFor(
  left: Version,
  right: Version,
  via: Version | undefined,
  engineOnly: boolean,
): string[] {
  const notices: string[] = [];
  for (const v of [left, right]) {
    if (v.points.length === 0) {
      notices.push(
        `${v.title}: no text is public (${COMPLETENESS_NAMES[v.completeness].toLowerCase()}` +
          `${v.claimedPoints === null ? '' : `; ${v.claimedPoints} points claimed`}). ` +
          'Rows show only what outlets reported about individual points; nothing else is guessed.',
      );
    } else {
      if (v.claimedPoints !== null && v.points.length < v.claimedPoints)
        notices.push(`${v.title}: ${v.points.length} of ${v.claimedPoints} points are known.`);
      if (v.completeness === 'point-summaries')
        notices.push(
          `${v.title} is known only from summaries of its points: where our summaries are worded ` +
            'differently, that is not a reported change. Changes are shown as sources state them.',
        );
    }
  }
  if (left.id === right.id) notices.push('Both sides show the same version.');
  else if (via)
    notices.push(
      `No link is recorded between these two versions: each row joins their recorded links to ` +
        `${via.title} (inferred by the project).`,
    );
  else if (engineOnly && left.points.length > 0 && right.points.length > 0)
    notices.push(
      'No outlet or project record links these two versions: rows are matched by text, the ' +
        "engine's judgement.",
    );
  return notices;
}

function alignedRows(left: Version, right: Version, pair: PairLinks): Row[] {
  const leftIndex = new Map(left.points.map((p, i) => [p.label, i]));
  const rightIndex = new Map(right.points.map((p, i) => [p.label, i]));
  const fixed = pair.links.map((l) => ({
    left: l.left.map((label) => leftIndex.get(label)).filter((i): i is number => i !== undefined),
    right: l.right
      .map((label) => rightIndex.get(label))
      .filter((i): i is number => i !== undefined),
  }));
  const linkOf = new Map<string, OrientedLink>();
  fixed.forEach((f, i) => linkOf.set(groupSignature(f.left, f.right), pair.links[i]!));

  const alignment = alignPoints(
    left.points.map((p) => ({ id: pointId(left.id, p.label), label: p.label, text: p.text })),
    right.points.map((p) => ({ id: pointId(right.id, p.label), label: p.label, text: p.text })),
    { fixed },
  );
  const aligned = alignedInWording(left, right);
  return alignment.groups.map((group) => {
    const link = linkOf.get(groupSignature(group.left, group.right));
    return rowOf(group, left, right, link, aligned);
  });
}

function groupSignature(left: readonly number[], right: readonly number[]): string {
  return `${[...left].sort((a, b) => a - b).join(',')}|${[...right].sort((a, b) => a - b).join(',')}`;
}

const joined = (points: readonly Point[]): string => points.map((p) => p.text).join(' ');

/** The claim of a row both of whose sides have text, from a content status. */
function pairedClaim(
  lefts: readonly Point[],
  rights: readonly Point[],
  content: ContentStatus,
): RowClaim {
  if (lefts.length > 1 || rights.length > 1)
    return lefts.length >= rights.length ? { kind: 'merged', content } : { kind: 'split', content };
  switch (content) {
    case 'kept':
      return joined(lefts) === joined(rights) ? { kind: 'unchanged' } : { kind: 'kept' };
    case 'changed':
      return { kind: 'changed' };
    case 'unknown':
      return { kind: 'unknown', why: 'recorded' };
    default:
      return content satisfies never;
  }
}

/** The claim a recorded (or joined) link makes about the points of its row. */
function linkClaim(
  lefts: readonly Point[],
  rights: readonly Point[],
  status: LinkStatus,
): RowClaim {
  if (lefts.length && rights.length) {
    switch (status) {
      case 'kept':
      case 'changed':
      case 'unknown':
        return pairedClaim(lefts, rights, status);
      case 'dropped':
      case 'added':
        // The schema keeps these one-sided; a two-sided one cannot say more than "not known".
        return { kind: 'unknown', why: 'recorded' };
      default:
        return status satisfies never;
    }
  }
  if (status === 'dropped' && lefts.length) return { kind: 'dropped' };
  if (status === 'added' && rights.length) return { kind: 'added' };
  return { kind: 'unknown', why: 'recorded' };
}

/** The engine's claim where no link exists: absence is only a drop when the other side is fully known. */
function engineClaim(
  lefts: readonly Point[],
  rights: readonly Point[],
  left: Version,
  right: Version,
): RowClaim {
  if (lefts.length && rights.length)
    return pairedClaim(lefts, rights, joined(lefts) === joined(rights) ? 'kept' : 'changed');
  if (rights.length === 0)
    return isIncomplete(right) ? { kind: 'unknown', why: 'incomplete' } : { kind: 'dropped' };
  return isIncomplete(left) ? { kind: 'unknown', why: 'incomplete' } : { kind: 'added' };
}

function linkBasis(link: OrientedLink): Basis {
  if (link.basis === 'reported') return { kind: 'reported', sources: link.sources };
  return link.via ? { kind: 'inferred', via: link.via } : { kind: 'inferred' };
}

/** Marks are the change where the texts are aligned (or the engine matched them); else wording. */
function wordingOf(claim: RowClaim, basis: Basis, aligned: boolean): Wording {
  if (basis.kind === 'engine') return 'changes';
  const changed =
    claim.kind === 'changed' ||
    ((claim.kind === 'merged' || claim.kind === 'split') && claim.content === 'changed');
  return aligned && changed ? 'changes' : 'summaries';
}

function rowOf(
  group: AlignedGroup,
  left: Version,
  right: Version,
  link: OrientedLink | undefined,
  aligned: boolean,
): Row {
  const lefts = group.left.map((i) => left.points[i]!);
  const rights = group.right.map((i) => right.points[i]!);
  const claim = link
    ? linkClaim(lefts, rights, link.status)
    : engineClaim(lefts, rights, left, right);
  const explain = [...group.explain];
  if (claim.kind === 'unknown' && claim.why === 'incomplete') {
    const other = rights.length ? left : right;
    explain.push(`no counterpart among the ${other.points.length} known points of ${other.title}`);
  }
  const basis: Basis = link
    ? linkBasis(link)
    : claim.kind === 'unknown'
      ? { kind: 'none' }
      : lefts.length && rights.length
        ? {
            kind: 'engine',
            similarity: group.similarity ?? 0,
            ...(group.confidence === undefined ? {} : { confidence: group.confidence }),
            ...(group.tier === undefined ? {} : { tier: group.tier }),
          }
        : { kind: 'engine' };
  const common: RowCommon = {
    key: rowKey(
      lefts.map((p) => pointId(left.id, p.label)),
      rights.map((p) => pointId(right.id, p.label)),
    ),
    left: lefts,
    right: rights,
    basis,
    moved: group.moved,
    disputed: hasDisputedPoint(lefts) || hasDisputedPoint(rights),
    explain,
  };
  if (link?.note) common.note = link.note;
  if (link?.change) common.change = link.change;
  if (group.similarity !== undefined && lefts.length && rights.length)
    common.similarity = group.similarity;
  const row: Row = { ...common, ...claim };
  if (lefts.length && rights.length && claim.kind !== 'unchanged') {
    row.wording = wordingOf(claim, basis, aligned);
    // Computed when a view, an export or the narrative first reads it: lazy-words.ts.
    defineLazyWords(row, joined(lefts), joined(rights));
  }
  return row;
}
