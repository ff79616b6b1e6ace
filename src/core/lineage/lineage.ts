/**
 * The history of one point through every version, oldest first: its counterpart in each version,
 * the kind of change from the previous step, how the link is known, and word marks. Pure.
 *
 * Counterparts are found along the lineage graph (graph.ts: recorded links first, the engine
 * where nothing is recorded). A version without text never gets guessed text: its step carries
 * the fates outlets reported for the point (read off the version the fates refer to), or says
 * "not reported".
 */
import { isIncomplete } from '../compare/compare';
import type { LinkBasis, WordDiff } from '../compare/rows';
import { wordDiff } from '../diff/word-diff';
import { fail, ok, type Result } from '../model/result';
import type { FateReading, Point, SourceId, Version, VersionId } from '../model/types';
import { pathsFrom, walk, type EdgeLink, type Hop, type LineageGraph } from './graph';

/** How a step is known to belong to the chosen point. */
export type StepLink =
  | { kind: 'selected' }
  | { kind: 'reported'; sources: SourceId[]; notes: string[] }
  | { kind: 'inferred'; notes: string[] }
  | { kind: 'engine'; similarity: number }
  | { kind: 'fate'; readings: FateReading[] }
  | { kind: 'not-reported' }
  | { kind: 'none' };

/** The points of an earlier and a later version joined by one link (a merge or a split). */
export interface LinkGroup {
  earlier: VersionId;
  earlierLabels: string[];
  later: VersionId;
  laterLabels: string[];
}

/** What happened since the previous step that has text (date order). */
export type StepChange =
  | { kind: 'first' }
  | { kind: 'new' }
  | { kind: 'unchanged' }
  | { kind: 'changed' }
  | { kind: 'merged'; group: LinkGroup }
  | { kind: 'split'; group: LinkGroup }
  | { kind: 'dropped' }
  | { kind: 'no-counterpart' }
  | { kind: 'fate' }
  | { kind: 'not-reported' };

export type StepChangeKind = StepChange['kind'];

export interface HistoryStep {
  version: Version;
  /** The point's counterparts in this version (0..n). */
  points: Point[];
  change: StepChange;
  link: StepLink;
  /** Versions passed through between the chosen point and this step (the chain of links). */
  via: VersionId[];
  /** Word marks against the previous step with text (`against`). */
  words?: WordDiff;
  against?: VersionId;
}

export type HistoryError = 'unknown-version' | 'unknown-point';

/** The point's history in every version of the graph, oldest first. */
export function pointHistory(
  graph: LineageGraph,
  versionId: VersionId,
  label: string,
): Result<HistoryStep[], HistoryError> {
  const origin = graph.byId.get(versionId);
  if (!origin) return fail('unknown-version');
  if (!origin.points.some((p) => p.label === label)) return fail('unknown-point');
  const paths = pathsFrom(graph, origin.id);
  const walks = new Map([...paths].map(([id, path]) => [id, walk(graph, path, [label])]));
  const index = new Map(graph.versions.map((v, i) => [v.id, i]));
  const earlier = (a: VersionId, b: VersionId): boolean => index.get(a)! < index.get(b)!;

  const steps: HistoryStep[] = [];
  for (const version of graph.versions) {
    const partial = stepOf(version, origin, label, walks, earlier);
    const prev = [...steps].reverse().find((s) => s.points.length > 0);
    const hadText = steps.some((s) => s.version.points.length > 0);
    steps.push(withChange(partial, prev, hadText, origin, walks, earlier));
  }
  return ok(steps);
}

type PartialStep = Omit<HistoryStep, 'change'> & { change?: StepChange; hop?: Hop };
type Earlier = (a: VersionId, b: VersionId) => boolean;

function stepOf(
  version: Version,
  origin: Version,
  label: string,
  walks: Map<VersionId, Hop[]>,
  earlier: Earlier,
): PartialStep {
  if (version.id === origin.id)
    return {
      version,
      points: version.points.filter((p) => p.label === label),
      link: { kind: 'selected' },
      via: [],
    };
  if (!version.points.length) return fateStep(version, origin, label, walks);
  const hops = walks.get(version.id);
  if (!hops)
    return { version, points: [], change: absent(version), link: { kind: 'none' }, via: [] };
  const last = hops[hops.length - 1]!;
  const via = hops.slice(0, -1).map((h) => h.edge.to);
  const reachedHere = last.edge.to === version.id && last.reached.length > 0;
  if (reachedHere) {
    const points = version.points.filter((p) => last.reached.includes(p.label));
    return {
      version,
      points,
      link: combine(hops.flatMap((h) => h.used.filter((l) => l.to.length))),
      via,
      hop: last,
    };
  }
  // The chain broke before this version: no counterpart here either.
  if (last.edge.to !== version.id)
    return {
      version,
      points: [],
      change: absent(version),
      link: { kind: 'none' },
      via: hops.map((h) => h.edge.to),
    };
  const link = combine(last.used);
  if (link.kind === 'none') return { version, points: [], change: absent(version), link, via };
  // A recorded link with an empty side: after the chosen point it is a drop; before it, the point is new.
  return {
    version,
    points: [],
    change: { kind: earlier(origin.id, version.id) ? 'dropped' : 'no-counterpart' },
    link,
    via,
  };
}

/**
 * Nothing links the point to this version. Only a fully known version can be said to lack it;
 * in a partial one the counterpart may simply not be public (compare.ts, `isIncomplete`).
 */
function absent(version: Version): StepChange {
  return isIncomplete(version) ? { kind: 'not-reported' } : { kind: 'no-counterpart' };
}

function fateStep(
  version: Version,
  origin: Version,
  label: string,
  walks: Map<VersionId, Hop[]>,
): PartialStep {
  const notReported: PartialStep = {
    version,
    points: [],
    change: { kind: 'not-reported' },
    link: { kind: 'not-reported' },
    via: [],
  };
  const base = version.basedOn;
  if (!base || !version.fates?.length) return notReported;
  let labels = [label];
  let via: VersionId[] = [];
  if (base !== origin.id) {
    const hops = walks.get(base);
    const last = hops?.[hops.length - 1];
    if (!hops || !last || last.edge.to !== base || !last.reached.length) return notReported;
    labels = last.reached;
    via = hops.map((h) => h.edge.to);
  }
  const readings = unique(
    version.fates
      .filter((f) => f.points.some((p) => labels.includes(p)))
      .flatMap((f) => f.readings),
  );
  if (!readings.length) return notReported;
  return { version, points: [], change: { kind: 'fate' }, link: { kind: 'fate', readings }, via };
}

function withChange(
  step: PartialStep,
  prev: HistoryStep | undefined,
  hadText: boolean,
  origin: Version,
  walks: Map<VersionId, Hop[]>,
  earlier: Earlier,
): HistoryStep {
  const { hop, change, ...rest } = step;
  if (change) return { ...rest, change };
  if (!prev) return { ...rest, change: { kind: hadText ? 'new' : 'first' } };
  const words = wordDiff(joined(prev.points), joined(step.points));
  const withWords = { ...rest, words, against: prev.version.id };
  // The link that joins this step to the chain: the hop that reached it, or, for the chosen
  // point itself, the first hop towards the previous step.
  const groupHop =
    hop ?? (step.version.id === origin.id ? walks.get(prev.version.id)?.[0] : undefined);
  const group = groupHop ? groupOf(groupHop, earlier) : undefined;
  if (group) {
    const [e, l] = [group.earlierLabels.length, group.laterLabels.length];
    if (e > 1 && e >= l) return { ...withWords, change: { kind: 'merged', group } };
    if (l > 1) return { ...withWords, change: { kind: 'split', group } };
  }
  return {
    ...withWords,
    change: { kind: joined(prev.points) === joined(step.points) ? 'unchanged' : 'changed' },
  };
}

function groupOf(hop: Hop, earlier: Earlier): LinkGroup {
  const used = hop.used.filter((l) => l.to.length > 0);
  const fromLabels = [...new Set(used.flatMap((l) => l.from))];
  const { from, to } = hop.edge;
  return earlier(from, to)
    ? { earlier: from, earlierLabels: fromLabels, later: to, laterLabels: hop.reached }
    : { earlier: to, earlierLabels: hop.reached, later: from, laterLabels: fromLabels };
}

const joined = (points: readonly Point[]): string => points.map((p) => p.text).join(' ');

/**
 * The basis of a chain of links: the weakest link decides. An engine match is weaker than a
 * link the project inferred, which is weaker than one an outlet reported; reported sources and
 * notes of every link are kept.
 */
function combine(links: readonly EdgeLink[]): StepLink {
  const bases: LinkBasis[] = links.map((l) => l.basis);
  const engine = bases.flatMap((b) => (b.kind === 'engine' ? [b.similarity] : []));
  if (engine.length) return { kind: 'engine', similarity: Math.min(...engine) };
  const notes = [
    ...new Set(
      bases.flatMap((b) =>
        (b.kind === 'reported' || b.kind === 'inferred') && b.note ? [b.note] : [],
      ),
    ),
  ];
  if (bases.some((b) => b.kind === 'inferred')) return { kind: 'inferred', notes };
  const sources = [...new Set(bases.flatMap((b) => (b.kind === 'reported' ? b.sources : [])))];
  if (bases.length && bases.every((b) => b.kind === 'reported'))
    return { kind: 'reported', sources, notes };
  return { kind: 'none' };
}

function unique(readings: readonly FateReading[]): FateReading[] {
  return readings.filter((r, i) => readings.indexOf(r) === i);
}
