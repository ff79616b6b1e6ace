/**
 * The row list of a comparison: rendered whole up to VIRTUALIZE_ABOVE rows (simple, and
 * searchable with the browser's find), virtualised above by `./virtual-rows`, which is loaded
 * only then (most comparisons are 30-point plans).
 */
import { Suspense, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';
import { rowWithPoint } from '../core/compare/filter';
import type { Row } from '../core/compare/rows';
import { FirstScreenRows } from './first-screen-rows';
import type { FocusedPoint } from './compare-view';
import { lazyWithRetry } from './lazy-import';
import { PartBoundary } from './part-boundary';
import type { VirtualRows as VirtualRowsComponent } from './virtual-rows';

/** Lists longer than this are virtualised by `<RowList>`; shorter ones are rendered whole. */
export const VIRTUALIZE_ABOVE = 300;

// `lazyWithRetry` drops the component's type parameter; the cast restores it.
const VirtualRows = lazyWithRetry(() =>
  import('./virtual-rows').then((m) => ({ default: m.VirtualRows })),
) as unknown as typeof VirtualRowsComponent;

export interface ScrollToRowOptions {
  /** Where the row should land, as in `scrollIntoView`; default `center`. */
  block?: ScrollLogicalPosition;
  /** Move keyboard focus to the row once it is in view (rows have `tabIndex=-1`). */
  focus?: boolean;
}

export interface VirtualRowsHandle {
  /**
   * Bring the row with this key into view (rendering it first if needed). Returns false when no
   * row has that key (for example a filter hides it).
   */
  scrollToRowKey(key: string, options?: ScrollToRowOptions): boolean;
}

/** Scroll a row of a list that is rendered whole (no virtual list) into view. */
export function scrollRenderedRow(key: string, options: ScrollToRowOptions = {}): boolean {
  const el = Array.from(document.querySelectorAll<HTMLElement>('[data-row-key]')).find(
    (e) => e.dataset.rowKey === key,
  );
  if (!el) return false;
  el.scrollIntoView({ block: options.block ?? 'center' });
  if (options.focus) el.focus({ preventScroll: true });
  return true;
}

export interface RowListProps {
  rows: readonly Row[];
  renderRow: (row: Row) => ReactNode;
  label: string;
  /** The point a permalink focuses: its row is scrolled into view (also when not rendered yet). */
  focus?: FocusedPoint | null;
  /** `scrollToRowKey` for either kind of list. */
  ref?: Ref<VirtualRowsHandle>;
  /** Render the first screen's rows first and the rest after (the page's first load, issue #14). */
  firstScreenFirst?: boolean;
}

export function RowList({ rows, renderRow, label, focus, ref, firstScreenFirst }: RowListProps) {
  const virtual = useRef<VirtualRowsHandle>(null);
  useImperativeHandle(
    ref,
    () => ({
      scrollToRowKey: (key, options) =>
        virtual.current?.scrollToRowKey(key, options) ?? scrollRenderedRow(key, options),
    }),
    [],
  );
  const focusKey = focus ? rowWithPoint(rows, focus.side, focus.label)?.key : undefined;
  if (rows.length <= VIRTUALIZE_ABOVE) {
    return (
      <FirstScreenRows
        ref={virtual}
        items={rows}
        render={renderRow}
        label={label}
        focusKey={focusKey}
        scrollRendered={scrollRenderedRow}
        firstScreenFirst={firstScreenFirst ?? false}
      />
    );
  }
  const count = rows.length.toLocaleString('en');
  return (
    <PartBoundary part={`The list of ${count} rows`}>
      <Suspense fallback={<p role="status">Preparing {count} rows…</p>}>
        <VirtualRows
          ref={virtual}
          rows={rows}
          renderRow={renderRow}
          label={label}
          focusKey={focusKey}
        />
      </Suspense>
    </PartBoundary>
  );
}
