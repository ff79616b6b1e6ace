/**
 * The lineage graph: which versions are linked point by point, and how to walk from a point of
 * one version to its counterparts in another.
 *
 * Nodes are the versions with text. An edge is the comparison of two of them (`compareVersions`),
 * kept as rows of labels with their link basis. Two kinds of edge:
 * - **recorded**: the pair has correspondences in data/correspondences.json (us-28 → e3-counter,
 *   us-28 → zelensky-20). Its rows are the recorded links; points no link covers are matched by
 *   the engine inside the same comparison.
 * - **engine**: two versions with text of the same kind that follow each other in date order and
 *   have no recorded correspondence (e3-counter → zelensky-20); every row is the engine's match.
 *   Only the same kind: a declaration or a demand paper is not the next draft of the plan, so
 *   the engine never strings a plan draft to it by date (issue #12); recorded links may.
 *
 * The chaining rule: from a point, every other version is reached along the cheapest path, a
 * recorded hop costing 1 and an engine hop `ENGINE_HOP_COST`. Why: the recorded links are what
 * outlets reported (or what the project checked by hand), and they span the drafts directly
 * (us-28 → zelensky-20 skips the European counter-proposal, which was a side branch, not a step
 * towards the 20 points). Chaining engine matches through date order instead would route the US
 * 28 points through the E3 text and lose the reported links (e.g. US 6 → 20-pt 4, Z1). The engine
 * fills in only where nothing is recorded. Versions without text are not nodes: their fates are
 * read off the version they are based on (see lineage.ts).
 */
import { compareVersions } from '../compare/compare';
import type { LinkBasis } from '../compare/rows';
import { SIMILAR_THRESHOLD } from '../diff/align';
import type { Correspondence, Version, VersionId } from '../model/types';

/** What the lineage reads: the versions (any order) and the recorded correspondences. */
export interface LineageData {
  versions: readonly Version[];
  correspondences: readonly Correspondence[];
}

/** One row of a pairwise comparison, by labels, oriented `from` → `to`. */
export interface EdgeLink {
  from: string[];
  to: string[];
  basis: LinkBasis;
}

export type EdgeHow = 'recorded' | 'engine';

export interface Edge {
  from: VersionId;
  to: VersionId;
  how: EdgeHow;
  links: EdgeLink[];
}

export interface LineageGraph {
  /** Every version, oldest first (date, then id). */
  versions: readonly Version[];
  byId: ReadonlyMap<VersionId, Version>;
  /** Edges in both orientations, keyed `from>to`. */
  edges: ReadonlyMap<string, Edge>;
}

/**
 * An engine hop costs as much as 4 recorded hops: a chain of recorded links is preferred to one
 * engine match unless it is absurdly long. With the bundled data no recorded path is longer than
 * 2 hops (e3-counter → us-28 → zelensky-20), so the engine is used only where nothing is recorded.
 */
export const ENGINE_HOP_COST = 4;

/**
 * The weakest engine match the lineage chains through: the engine's own bar for "similar".
 * Side by side, the compare view may also pair rephrased points under it (`weak` in align.ts):
 * the reader sees both texts there. A history strings matches together across drafts, and a
 * doubtful link would carry its doubt into every later step (e.g. the guarantee framework's
 * signature clause paired with the US sanctions point at 0.2, then "dropped" from the 20 points).
 */
export const LINEAGE_MIN_SIMILARITY = SIMILAR_THRESHOLD;

/** Oldest first; the id breaks ties so the order is stable. */
export function byDate(versions: readonly Version[]): Version[] {
  return [...versions].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

const edgeKey = (from: VersionId, to: VersionId): string => `${from}>${to}`;

export function buildLineage(data: LineageData): LineageGraph {
  const versions = byDate(data.versions);
  const byId = new Map(versions.map((v) => [v.id, v]));
  const pairs = new Map<string, { a: Version; b: Version; how: EdgeHow }>();
  const addPair = (a: Version | undefined, b: Version | undefined, how: EdgeHow): void => {
    if (!a || !b || a.id === b.id || !a.points.length || !b.points.length) return;
    if (pairs.has(edgeKey(a.id, b.id)) || pairs.has(edgeKey(b.id, a.id))) return;
    pairs.set(edgeKey(a.id, b.id), { a, b, how });
  };
  for (const c of data.correspondences) addPair(byId.get(c.from), byId.get(c.to), 'recorded');
  const kinds = new Set(versions.map((v) => v.kind ?? 'plan-draft'));
  for (const kind of kinds) {
    const withText = versions.filter(
      (v) => v.points.length > 0 && (v.kind ?? 'plan-draft') === kind,
    );
    for (let i = 1; i < withText.length; i++) addPair(withText[i - 1], withText[i], 'engine');
  }

  const edges = new Map<string, Edge>();
  for (const { a, b, how } of pairs.values()) {
    const rows = compareVersions(a, b, { correspondences: data.correspondences }).rows;
    const links = rows.flatMap((r): EdgeLink[] => {
      const from = r.left.map((p) => p.label);
      const to = r.right.map((p) => p.label);
      if (r.link.kind === 'engine' && r.link.similarity < LINEAGE_MIN_SIMILARITY)
        return [
          { from, to: [], basis: { kind: 'none' } },
          { from: [], to, basis: { kind: 'none' } },
        ];
      return [{ from, to, basis: r.link }];
    });
    edges.set(edgeKey(a.id, b.id), { from: a.id, to: b.id, how, links });
    const back = links.map((l) => ({ from: l.to, to: l.from, basis: l.basis }));
    edges.set(edgeKey(b.id, a.id), { from: b.id, to: a.id, how, links: back });
  }
  return { versions, byId, edges };
}

/**
 * The cheapest path of edges from `origin` to every reachable version (Dijkstra; 8 versions, so a
 * linear scan for the next node is enough). Ties go to fewer hops, then to the older version.
 */
export function pathsFrom(graph: LineageGraph, origin: VersionId): Map<VersionId, Edge[]> {
  const order = new Map(graph.versions.map((v, i) => [v.id, i]));
  const best = new Map<VersionId, { cost: number; path: Edge[] }>([
    [origin, { cost: 0, path: [] }],
  ]);
  const done = new Set<VersionId>();
  const out = [...graph.edges.values()];
  const before = (a: VersionId, b: VersionId): boolean => {
    const [x, y] = [best.get(a)!, best.get(b)!];
    if (x.cost !== y.cost) return x.cost < y.cost;
    if (x.path.length !== y.path.length) return x.path.length < y.path.length;
    return order.get(a)! < order.get(b)!;
  };
  for (;;) {
    let next: VersionId | undefined;
    for (const id of best.keys())
      if (!done.has(id) && (next === undefined || before(id, next))) next = id;
    if (next === undefined) break;
    done.add(next);
    const here = best.get(next)!;
    for (const e of out) {
      if (e.from !== next || done.has(e.to)) continue;
      const cost = here.cost + (e.how === 'recorded' ? 1 : ENGINE_HOP_COST);
      const seen = best.get(e.to);
      if (
        !seen ||
        cost < seen.cost ||
        (cost === seen.cost && here.path.length + 1 < seen.path.length)
      )
        best.set(e.to, { cost, path: [...here.path, e] });
    }
  }
  return new Map([...best].map(([id, b]) => [id, b.path]));
}

/** One hop of a walk: the links that carried the labels, and the labels they led to. */
export interface Hop {
  edge: Edge;
  /** The labels of `edge.from` the walk held before this hop. */
  held: string[];
  used: EdgeLink[];
  /** The labels of `edge.to` reached, in the order of that version's points. */
  reached: string[];
}

/**
 * Carries a set of labels along a path. Every link whose `from` side holds one of the labels is
 * used; the labels reached are the union of their `to` sides. The walk stops early when a hop
 * reaches nothing (the last hop then says why: a link with an empty side, or no link at all).
 */
export function walk(graph: LineageGraph, path: readonly Edge[], labels: readonly string[]): Hop[] {
  const hops: Hop[] = [];
  let held = [...labels];
  for (const edge of path) {
    const used = edge.links.filter((l) => l.from.some((label) => held.includes(label)));
    const reachedSet = new Set(used.flatMap((l) => l.to));
    const order = graph.byId.get(edge.to)?.points.map((p) => p.label) ?? [];
    const reached = order.filter((label) => reachedSet.has(label));
    hops.push({ edge, held, used, reached });
    if (!reached.length) break;
    held = reached;
  }
  return hops;
}
