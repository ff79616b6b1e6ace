/**
 * Two versions with no link recorded between them, but each linked to a third version with text
 * (the E3 counter-proposal and the 20-point framework, both linked to the US 28 points): their
 * rows come from joining the two sets of recorded links through that version. The result is our
 * inference, labelled so (`via`); it claims only what the two links together support.
 */
import { compareCodes } from '../model/catalog';
import { formatLabels } from './labels';
import { isIncomplete, recordedLinks, type OrientedLink } from './links';
import type { Correspondence, LinkStatus, ReportedChange, Version } from '../model/types';

interface Context {
  correspondences: readonly Correspondence[];
  versions?: readonly Version[];
}

/** The oldest version with text that both sides have recorded links to, if any. */
function commonBase(left: Version, right: Version, ctx: Context): Version | undefined {
  const candidates = (ctx.versions ?? []).filter(
    (b) =>
      b.id !== left.id &&
      b.id !== right.id &&
      b.points.length > 0 &&
      recordedLinks(b, left, ctx.correspondences).length > 0 &&
      recordedLinks(b, right, ctx.correspondences).length > 0,
  );
  return candidates.sort((a, b) => compareCodes(a.date, b.date) || compareCodes(a.id, b.id))[0];
}

/** Union-find over point nodes "b:6", "x:6", "y:4". */
class Groups {
  private readonly parent = new Map<string, string>();
  find(node: string): string {
    let root = node;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(node, root);
    return root;
  }
  union(a: string, b: string): void {
    this.parent.set(this.find(a), this.find(b));
  }
}

interface Component {
  xs: Set<string>;
  ys: Set<string>;
  bs: Set<string>;
  /** Links base → left (`toX`) and base → right (`toY`) that touch the component. */
  toX: Set<OrientedLink>;
  toY: Set<OrientedLink>;
}

/**
 * The joined links left → right through their common base, or `null` when there is none. Every
 * point of either side reached by a recorded link to the base ends up in exactly one joined link.
 */
export function joinThrough(
  left: Version,
  right: Version,
  ctx: Context,
): { links: OrientedLink[]; via: Version } | null {
  const base = commonBase(left, right, ctx);
  if (!base) return null;
  const toX = recordedLinks(base, left, ctx.correspondences);
  const toY = recordedLinks(base, right, ctx.correspondences);
  const groups = new Groups();
  const nodesOf = (link: OrientedLink, side: 'x' | 'y'): string[] => [
    ...link.left.map((l) => `b:${l}`),
    ...link.right.map((l) => `${side}:${l}`),
  ];
  const linked: Array<[OrientedLink, 'x' | 'y']> = [
    ...toX.map((l) => [l, 'x'] as [OrientedLink, 'x']),
    ...toY.map((l) => [l, 'y'] as [OrientedLink, 'y']),
  ];
  for (const [link, side] of linked) {
    const nodes = nodesOf(link, side);
    for (const n of nodes.slice(1)) groups.union(nodes[0]!, n);
  }
  const components = new Map<string, Component>();
  for (const [link, side] of linked) {
    for (const node of nodesOf(link, side)) {
      const root = groups.find(node);
      let c = components.get(root);
      if (!c) {
        c = { xs: new Set(), ys: new Set(), bs: new Set(), toX: new Set(), toY: new Set() };
        components.set(root, c);
      }
      const [kind, label] = [node.slice(0, 1), node.slice(2)];
      (kind === 'b' ? c.bs : kind === 'x' ? c.xs : c.ys).add(label);
      (side === 'x' ? c.toX : c.toY).add(link);
    }
  }
  const inOrder = (v: Version, labels: Set<string>) =>
    v.points.map((p) => p.label).filter((l) => labels.has(l));
  const links: OrientedLink[] = [];
  for (const c of components.values()) {
    const xs = inOrder(left, c.xs);
    const ys = inOrder(right, c.ys);
    if (!xs.length && !ys.length) continue;
    const { status, change } = joinedStatus(xs, ys, [...c.toX], [...c.toY], left, right);
    const bs = inOrder(base, c.bs);
    const note = bs.length
      ? `via ${formatLabels(bs)} of ${base.title}: ${said([...c.toX], left)}; ${said([...c.toY], right)}`
      : `via ${base.title}: ${said([...c.toX], left)}; ${said([...c.toY], right)}`;
    links.push({
      left: xs,
      right: ys,
      status,
      basis: 'inferred',
      sources: [],
      note,
      via: base.id,
      ...(change ? { change } : {}),
    });
  }
  return { links, via: base };
}

/** "changed in E3 (600,000 → 800,000)" for the links of one side; "no link" when there is none. */
function said(links: readonly OrientedLink[], v: Version): string {
  if (!links.length) return `no link to ${v.title}`;
  const parts = [...new Set(links.map((l) => l.status))].map((s) => {
    const change = links.find((l) => l.status === s && l.change)?.change;
    return `${s} in ${v.title}${change ? ` (${change.from} → ${change.to})` : ''}`;
  });
  return parts.join(', ');
}

const sameChange = (a: ReportedChange, b: ReportedChange): boolean =>
  a.from === b.from && a.to === b.to;

/** The one change among `links` that states one, if exactly one does. */
function onlyChange(links: readonly OrientedLink[]): ReportedChange | undefined {
  const changes = links.flatMap((l) => (l.change ? [l.change] : []));
  return changes.length === 1 ? changes[0] : undefined;
}

/**
 * What the links base → left (`toX`) and base → right (`toY`) of one component claim about its left
 * points `xs` and right points `ys`:
 * - both sides present: `unknown` if either link does not know; `kept` if both kept the base (or
 *   made the same stated change); `changed` if one side changed it (that change, read the right way).
 * - only left points: `dropped` when the right version dropped every base point and the left one's
 *   link to it is known; else `unknown`.
 * - only right points, the mirror image: `added` when the left version dropped the base points (and
 *   the right one's link is known), or when the points are new and the left version is fully known;
 *   else `unknown`.
 */
function joinedStatus(
  xs: readonly string[],
  ys: readonly string[],
  toX: readonly OrientedLink[],
  toY: readonly OrientedLink[],
  left: Version,
  right: Version,
): { status: LinkStatus; change?: ReportedChange } {
  const every = (links: readonly OrientedLink[], s: LinkStatus) =>
    links.length > 0 && links.every((l) => l.status === s);
  if (xs.length && ys.length) {
    if ([...toX, ...toY].some((l) => l.status === 'unknown')) return { status: 'unknown' };
    const cx = toX.filter((l) => l.status !== 'kept');
    const cy = toY.filter((l) => l.status !== 'kept');
    if (!cx.length && !cy.length) return { status: 'kept' };
    if (!cx.length) {
      const change = onlyChange(cy);
      return change ? { status: 'changed', change } : { status: 'changed' };
    }
    if (!cy.length) {
      const change = onlyChange(cx);
      return change
        ? { status: 'changed', change: { from: change.to, to: change.from } }
        : { status: 'changed' };
    }
    const same =
      cx.length === cy.length &&
      cx.every((a) => a.change && cy.some((b) => b.change && sameChange(a.change!, b.change)));
    return { status: same ? 'kept' : 'changed' };
  }
  if (xs.length) {
    if (toX.some((l) => l.status === 'unknown')) return { status: 'unknown' };
    if (every(toY, 'dropped')) return { status: 'dropped' };
    if (!toY.length && every(toX, 'added') && !isIncomplete(right)) return { status: 'dropped' };
    return { status: 'unknown' };
  }
  if (toY.some((l) => l.status === 'unknown')) return { status: 'unknown' };
  if (every(toX, 'dropped')) return { status: 'added' };
  if (!toX.length && every(toY, 'added') && !isIncomplete(left)) return { status: 'added' };
  return { status: 'unknown' };
}
