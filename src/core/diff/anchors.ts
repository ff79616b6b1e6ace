/**
 * Order context for the alignment: the 1:1 matches made so far are anchors, and a candidate pair
 * that sits between the partners of its nearest anchored neighbours keeps the order; one that
 * does not would be a move, which needs stronger text, the more so the farther it moved
 * (`pairThreshold`).
 */
import { moveThreshold, SIMILAR_THRESHOLD } from './thresholds';

/** The groups the anchors are read from: their left and right indices. */
interface Grouped {
  left: readonly number[];
  right: readonly number[];
}

export class Anchors {
  /** The 1:1 partner of each left point, or -1; and each left point's nearest anchored neighbours. */
  private partner = new Int32Array(0);
  private prevAnchor = new Int32Array(0);
  private nextAnchor = new Int32Array(0);

  constructor(
    private readonly nL: number,
    private readonly nR: number,
  ) {}

  /** Takes every 1:1 group of `groups` as an anchor. */
  build(groups: readonly Grouped[]): void {
    this.partner = new Int32Array(this.nL).fill(-1);
    for (const d of groups) {
      const a = d.left[0];
      const b = d.right[0];
      if (d.left.length === 1 && d.right.length === 1 && a !== undefined && b !== undefined)
        this.partner[a] = b;
    }
    this.prevAnchor = new Int32Array(this.nL);
    this.nextAnchor = new Int32Array(this.nL);
    for (let a = 0, last = -1; a < this.nL; a += 1) {
      this.prevAnchor[a] = last;
      if ((this.partner[a] ?? -1) >= 0) last = a;
    }
    for (let a = this.nL - 1, last = this.nL; a >= 0; a -= 1) {
      this.nextAnchor[a] = last;
      if ((this.partner[a] ?? -1) >= 0) last = a;
    }
  }

  /**
   * How well the pair (a, b) sits between the matches of a's nearest matched neighbours, 0..1:
   * 1 when both neighbours' matches are at exactly the right distance, ≥ 0.5 when b lies between
   * them (the pair keeps the order), 0 when it would be a move.
   */
  context(a: number, b: number): number {
    const pa = this.prevAnchor[a] ?? -1;
    const pb = pa >= 0 ? (this.partner[pa] ?? -1) : -1;
    const na = this.nextAnchor[a] ?? this.nL;
    const nb = na < this.nL ? (this.partner[na] ?? this.nR) : this.nR;
    if (pb >= b || nb <= b) return 0;
    return ((b - pb === a - pa ? 1 : 0.5) + (nb - b === na - a ? 1 : 0.5)) / 2;
  }

  /**
   * How far (in right positions) b lies outside the span between the matches of a's nearest
   * matched neighbours: 0 when the pair keeps the order.
   */
  displacement(a: number, b: number): number {
    const pa = this.prevAnchor[a] ?? -1;
    const pb = pa >= 0 ? (this.partner[pa] ?? -1) : -1;
    const na = this.nextAnchor[a] ?? this.nL;
    const nb = na < this.nL ? (this.partner[na] ?? this.nR) : this.nR;
    if (b <= pb) return pb - b + 1;
    if (b >= nb) return b - nb + 1;
    return 0;
  }

  /** The similarity a 1:1 pair (a, b) must reach: `SIMILAR_THRESHOLD` in order, more for a move. */
  pairThreshold(a: number, b: number): number {
    const d = this.displacement(a, b);
    return d === 0 ? SIMILAR_THRESHOLD : moveThreshold(d);
  }
}
