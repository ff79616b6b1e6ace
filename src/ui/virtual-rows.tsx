/**
 * The row list of a comparison, virtualised when it is long: only the rows in the viewport, plus
 * `overscanPx` above and below, are in the DOM; padding on the `<ol>` stands in for the others.
 * The page (window) scrolls, not a box, so the rest of the layout, keyboard scrolling and
 * `scroll-margin` all work as usual.
 *
 * Heights: rows vary (one line to whole paragraphs), so each rendered row is measured with a
 * ResizeObserver and its height kept in a cache keyed by `row.key`; rows never rendered count as
 * `estimateHeight` (160 px). The grid `gap` of `.rows` is read from the computed style.
 *
 * Scroll stability: when a row above the viewport changes height (it was first measured, or it
 * re-wrapped), the first visible row is kept where it was by scrolling by the difference, in
 * document coordinates so a scroll by the reader is never undone. Native scroll anchoring is off
 * on the list (`overflow-anchor: none`), or the browser would correct a second time.
 *
 * Scrolling to a row: `VirtualRowsHandle.scrollToRowKey(key, { block, focus })`, reached through
 * the `ref` of `<VirtualRows>` or `<RowList>` (it works on the plain list too). A row that is not
 * rendered is scrolled to where the height model puts it, rendered, then scrolled into view
 * exactly (and focused, if asked). `<RowList focus>` does this for a permalink's point (through
 * `<VirtualRows focusKey>`), and app.tsx passes the handle to the change navigation (`reveal`).
 *
 * Cost per scroll step: a row that stays in the window keeps its React element, so only rows
 * entering it render. Ordinary scrolling stays inside the overscan and updates in a normal React
 * update; a jump past it (scrollbar drag, End, a link) renders the rows on screen before the next
 * paint and the overscan in a later task (see `onScroll`).
 *
 * Semantics: the `<ol>` keeps its name; each rendered item gets `aria-setsize` (all rows) and
 * `aria-posinset` (its 1-based place), since most items are not in the DOM. Rows not in the DOM
 * cannot be found with the browser's find-in-page: that is why lists of up to VIRTUALIZE_ABOVE
 * rows are rendered whole. For printing, every row is rendered between `beforeprint` and
 * `afterprint`.
 *
 * Contract with `renderRow`: it returns one `<li>` carrying `data-row-key={row.key}` (RowView
 * does). The list sets the two ARIA attributes on that element directly.
 */
import {
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import { flushSync } from 'react-dom';
import type { ScrollToRowOptions, VirtualRowsHandle } from './row-list';

/** Height assumed for a row that has never been rendered, px. */
export const ESTIMATED_ROW_HEIGHT = 160;
/** Range updates `afterCommit` may chain in one task before it lets the browser paint. */
const MAX_CHAINED_UPDATES = 8;
/** Rendered beyond each edge of the viewport, px. */
export const OVERSCAN_PX = 900;

interface Keyed {
  key: string;
}

interface Range {
  start: number;
  end: number;
}

const sameRange = (a: Range, b: Range) => a.start === b.start && a.end === b.end;

function rowElements(list: HTMLElement): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const child of Array.from(list.children)) {
    if (child instanceof HTMLElement && child.dataset.rowKey !== undefined) out.push(child);
  }
  return out;
}

function pxOf(value: string): number {
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : 0;
}

/**
 * The imperative half of the list: height cache, layout model, scroll listeners and anchoring.
 * It lives outside React state (created once per list) and tells React only when the window of
 * rendered rows changes (`onRange`).
 */
class RowWindow {
  list: HTMLOListElement | null = null;
  private rows: readonly Keyed[] = [];
  private readonly heights = new Map<string, number>();
  /** `offsets[i]` is the top of row i from the top of the list; `offsets[n]` the total, gaps included. */
  private offsets: number[] = [0];
  private offsetsFor: readonly Keyed[] | null = null;
  private gap = 0;
  private range: Range = { start: 0, end: 0 };
  /** The first visible row and its top in document coordinates, while the list is scrolled into. */
  private anchor: { key: string; docTop: number } | null = null;
  private pending: { key: string; options: ScrollToRowOptions } | null = null;
  private printing = false;
  /** Only the rows on screen are rendered; the overscan follows (see `onScroll`). */
  private partial = false;
  private overscanTimer: ReturnType<typeof setTimeout> | undefined;
  /** Range updates made from `afterCommit` in the current task (see MAX_CHAINED_UPDATES). */
  private chained = 0;
  /** Rendered rows by row object, so rows staying in the window are not rendered again. */
  private rendered = new WeakMap<object, ReactNode>();
  private renderedBy: unknown = null;
  private observer: ResizeObserver | null = null;
  private readonly observed = new Set<Element>();
  private detach: (() => void) | null = null;

  constructor(
    private readonly estimate: number,
    private readonly overscan: number,
    private readonly onRange: (range: Range) => void,
  ) {}

  // ---- model -------------------------------------------------------------------------------

  private layout(rows: readonly Keyed[]): number[] {
    if (this.offsetsFor === rows) return this.offsets;
    const offsets = new Array<number>(rows.length + 1);
    offsets[0] = 0;
    for (let i = 0; i < rows.length; i++)
      offsets[i + 1] = offsets[i]! + this.heightOf(rows[i]!.key) + this.gap;
    this.offsets = offsets;
    this.offsetsFor = rows;
    return offsets;
  }

  private invalidate() {
    this.offsetsFor = null;
  }

  heightOf(key: string): number {
    return this.heights.get(key) ?? this.estimate;
  }

  /**
   * The elements of rows start..end-1. A row that stays in the window keeps its element, so
   * React skips it (same element, same props) instead of rendering every row on each step.
   */
  elements<R extends Keyed>(
    rows: readonly R[],
    range: Range,
    renderRow: (row: R) => ReactNode,
  ): ReactNode[] {
    if (renderRow !== this.renderedBy) {
      this.rendered = new WeakMap();
      this.renderedBy = renderRow;
    }
    const out: ReactNode[] = [];
    for (let i = range.start; i < range.end; i++) {
      const row = rows[i]!;
      let el = this.rendered.get(row);
      if (el === undefined) {
        el = renderRow(row);
        this.rendered.set(row, el);
      }
      out.push(el);
    }
    return out;
  }

  /** Padding standing in for the rows before `start` and after `end` (read during render). */
  padding(rows: readonly Keyed[], range: Range): { top: number; bottom: number } {
    if (this.printing) return { top: 0, bottom: 0 };
    const o = this.layout(rows);
    return { top: o[range.start]!, bottom: o[rows.length]! - o[range.end]! };
  }

  /** The rows to render for the current scroll position, `overscan` px beyond each edge. */
  private wanted(overscan = this.overscan): Range {
    const n = this.rows.length;
    if (!this.list || this.printing) return { start: 0, end: n };
    const o = this.layout(this.rows);
    const top = -this.list.getBoundingClientRect().top;
    const lo = top - overscan;
    const hi = top + window.innerHeight + overscan;
    // First row whose bottom is below `lo`; first row whose top is at or below `hi`.
    let a = 0;
    let b = n;
    while (a < b) {
      const m = (a + b) >> 1;
      if (o[m + 1]! > lo) b = m;
      else a = m + 1;
    }
    const start = a;
    b = n;
    while (a < b) {
      const m = (a + b) >> 1;
      if (o[m]! >= hi) b = m;
      else a = m + 1;
    }
    return { start: Math.min(start, n), end: Math.max(a, Math.min(start + 1, n)) };
  }

  /** Recompute the window; `sync` renders it before the next paint (only outside React's commit). */
  update(sync: boolean) {
    const next = this.wanted();
    if (sameRange(next, this.range)) return;
    this.range = next;
    if (sync) flushSync(() => this.onRange(next));
    else this.onRange(next);
  }

  // ---- measuring and anchoring -------------------------------------------------------------

  private measure(el: HTMLElement, height?: number): boolean {
    const key = el.dataset.rowKey;
    const h = height ?? el.getBoundingClientRect().height;
    // 0 means "not laid out" (display: none, jsdom): keep the estimate.
    if (key === undefined || !(h > 0) || Math.abs(h - this.heightOf(key)) < 0.5) return false;
    this.heights.set(key, h);
    this.invalidate();
    return true;
  }

  private element(key: string): HTMLElement | undefined {
    return this.list ? rowElements(this.list).find((el) => el.dataset.rowKey === key) : undefined;
  }

  private recordAnchor() {
    this.anchor = null;
    if (!this.list || this.list.getBoundingClientRect().top >= 0) return;
    for (const el of rowElements(this.list)) {
      const rect = el.getBoundingClientRect();
      if (rect.bottom > 0) {
        this.anchor = { key: el.dataset.rowKey!, docTop: rect.top + window.scrollY };
        return;
      }
    }
  }

  /** Scroll by however far the anchor row moved in the document; forget it if it is gone. */
  private restoreAnchor() {
    if (!this.anchor) return;
    const el = this.element(this.anchor.key);
    if (!el) {
      this.recordAnchor();
      return;
    }
    const docTop = el.getBoundingClientRect().top + window.scrollY;
    const delta = docTop - this.anchor.docTop;
    this.anchor.docTop = docTop;
    if (Math.abs(delta) >= 1) window.scrollBy(0, delta);
  }

  private onResize = (entries: ResizeObserverEntry[]) => {
    let changed = false;
    for (const entry of entries) {
      const el = entry.target as HTMLElement;
      if (!el.isConnected) continue;
      changed = this.measure(el, entry.borderBoxSize?.[0]?.blockSize) || changed;
    }
    if (!changed) return;
    this.restoreAnchor();
    // Not flushSync: rendering new rows inside a ResizeObserver callback would end in
    // "ResizeObserver loop completed with undelivered notifications".
    this.update(false);
  };

  /**
   * While the rows on screen are rendered (the overscan covers ordinary scrolling), the window
   * follows in an ordinary React update. After a jump past the overscan (scrollbar drag, End key,
   * a link), only the rows on screen are rendered before the next paint, and the overscan in a
   * later task: two short tasks instead of one long one.
   */
  private onScroll = () => {
    this.recordAnchor();
    const next = this.wanted();
    if (sameRange(next, this.range)) return;
    const onScreen = this.wanted(0);
    if (onScreen.start >= this.range.start && onScreen.end <= this.range.end) {
      this.range = next;
      this.onRange(next);
      return;
    }
    this.range = onScreen;
    this.partial = true;
    flushSync(() => this.onRange(onScreen));
    clearTimeout(this.overscanTimer);
    this.overscanTimer = setTimeout(() => {
      this.partial = false;
      this.update(false);
    }, 0);
  };

  private onWindowResize = () => {
    this.invalidate();
    this.update(true);
  };

  private onBeforePrint = () => {
    this.printing = true;
    this.update(true);
  };

  private onAfterPrint = () => {
    this.printing = false;
    this.update(true);
  };

  attach(list: HTMLOListElement) {
    this.list = list;
    if (typeof ResizeObserver !== 'undefined') this.observer = new ResizeObserver(this.onResize);
    const opts = { passive: true } as const;
    window.addEventListener('scroll', this.onScroll, opts);
    window.addEventListener('resize', this.onWindowResize, opts);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.detach = () => {
      window.removeEventListener('scroll', this.onScroll);
      window.removeEventListener('resize', this.onWindowResize);
      window.removeEventListener('beforeprint', this.onBeforePrint);
      window.removeEventListener('afterprint', this.onAfterPrint);
      clearTimeout(this.overscanTimer);
      this.observer?.disconnect();
      this.observer = null;
      this.observed.clear();
      this.list = null;
    };
  }

  dispose() {
    this.detach?.();
    this.detach = null;
  }

  /** After every commit: label and observe the rendered rows, keep the anchor, refresh the window. */
  afterCommit(rows: readonly Keyed[], range: Range) {
    const list = this.list;
    if (!list) return;
    if (rows !== this.rows) {
      this.rows = rows;
      this.invalidate();
    }
    this.range = range;
    const gap = pxOf(getComputedStyle(list).rowGap);
    const gapChanged = gap !== this.gap;
    if (gapChanged) {
      this.gap = gap;
      this.invalidate();
    }
    // Label and measure the rendered rows now, so the model matches the page before anything
    // is scrolled or recomputed from it (the ResizeObserver reports later changes: fonts, notes).
    const elements = rowElements(list);
    const setSize = String(rows.length);
    elements.forEach((el, i) => {
      el.setAttribute('aria-setsize', setSize);
      el.setAttribute('aria-posinset', String(range.start + i + 1));
      this.measure(el);
      if (this.observer && !this.observed.has(el)) {
        this.observer.observe(el);
        this.observed.add(el);
      }
    });
    for (const el of this.observed) {
      if (!el.isConnected) {
        this.observer?.unobserve(el);
        this.observed.delete(el);
      }
    }
    if (this.pending && !rows.some((r) => r.key === this.pending!.key)) this.pending = null;
    if (this.pending) {
      const target = this.element(this.pending.key);
      if (target) {
        const { options } = this.pending;
        this.pending = null;
        target.scrollIntoView({ block: options.block ?? 'center' });
        if (options.focus) target.focus({ preventScroll: true });
        this.anchor = {
          key: target.dataset.rowKey!,
          docTop: target.getBoundingClientRect().top + window.scrollY,
        };
      }
    } else {
      this.restoreAnchor();
    }
    if (this.partial) {
      // Rows measured shorter than estimated may leave part of the screen empty: fill it now.
      const onScreen = this.wanted(0);
      if (onScreen.start < this.range.start || onScreen.end > this.range.end) {
        this.range = {
          start: Math.min(onScreen.start, this.range.start),
          end: Math.max(onScreen.end, this.range.end),
        };
        this.onRange(this.range);
      }
    } else if (this.chained < MAX_CHAINED_UPDATES) {
      // A range set here re-renders before paint and commits back here; each round measures the
      // rows it added, so this settles. The cap is a guard: past it, the rest waits for a task.
      if (this.chained++ === 0) setTimeout(() => (this.chained = 0), 0);
      this.update(false);
    } else {
      clearTimeout(this.overscanTimer);
      this.overscanTimer = setTimeout(() => this.update(false), 0);
    }
    // A new gap changes the padding, which is computed during render.
    if (gapChanged) this.onRange({ ...this.range });
  }

  scrollToRowKey(key: string, options: ScrollToRowOptions = {}): boolean {
    const index = this.rows.findIndex((r) => r.key === key);
    if (index < 0 || !this.list) return false;
    const el = this.element(key);
    if (el) {
      el.scrollIntoView({ block: options.block ?? 'center' });
      if (options.focus) el.focus({ preventScroll: true });
      this.anchor = { key, docTop: el.getBoundingClientRect().top + window.scrollY };
      return true;
    }
    // Not rendered: go where the model puts it, render, then finish in afterCommit.
    const o = this.layout(this.rows);
    const docTop = this.list.getBoundingClientRect().top + window.scrollY + o[index]!;
    const h = this.heightOf(key);
    const view = window.innerHeight;
    const block = options.block ?? 'center';
    const y =
      block === 'start'
        ? docTop
        : block === 'end'
          ? docTop + h - view
          : block === 'nearest'
            ? docTop < window.scrollY
              ? docTop
              : docTop + h - view
            : docTop - (view - h) / 2;
    this.pending = { key, options };
    this.anchor = null;
    window.scrollTo({ top: Math.max(0, y), behavior: 'instant' });
    this.update(false);
    return true;
  }
}

export interface VirtualRowsProps<R extends Keyed> {
  rows: readonly R[];
  /** One `<li data-row-key={row.key}>` per row (see the module comment). */
  renderRow: (row: R) => ReactNode;
  /** The accessible name of the list. */
  label: string;
  /** Scroll this row into view when it changes (a permalink's focused point). */
  focusKey?: string | undefined;
  estimateHeight?: number;
  overscanPx?: number;
  ref?: Ref<VirtualRowsHandle>;
}

/** A window-scrolling virtual list of rows with variable heights (see the module comment). */
export function VirtualRows<R extends Keyed>({
  rows,
  renderRow,
  label,
  focusKey,
  estimateHeight = ESTIMATED_ROW_HEIGHT,
  overscanPx = OVERSCAN_PX,
  ref,
}: VirtualRowsProps<R>) {
  const [range, setRange] = useState<Range>(() => ({
    start: 0,
    end: Math.min(
      rows.length,
      Math.ceil((typeof window === 'undefined' ? 900 : window.innerHeight) / estimateHeight) + 2,
    ),
  }));
  const [model] = useState(() => new RowWindow(estimateHeight, overscanPx, setRange));
  const listRef = useRef<HTMLOListElement>(null);

  const start = Math.min(range.start, rows.length);
  const end = Math.min(Math.max(range.end, start), rows.length);
  const items = model.elements(rows, { start, end }, renderRow);
  const pad = model.padding(rows, { start, end });

  useLayoutEffect(() => {
    model.attach(listRef.current!);
    return () => model.dispose();
  }, [model]);

  useLayoutEffect(() => {
    model.afterCommit(rows, { start, end });
  });

  useImperativeHandle(
    ref,
    () => ({ scrollToRowKey: (key, options) => model.scrollToRowKey(key, options) }),
    [model],
  );

  useEffect(() => {
    if (focusKey) model.scrollToRowKey(focusKey, { block: 'center' });
  }, [focusKey, model]);

  return (
    <ol
      ref={listRef}
      className="rows rows--virtual"
      aria-label={label}
      data-virtual-rows={rows.length}
      style={{ paddingTop: pad.top, paddingBottom: pad.bottom, overflowAnchor: 'none' }}
    >
      {items}
    </ol>
  );
}
