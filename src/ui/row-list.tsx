/**
 * The list of a comparison: rows and folded runs (`Entry`, src/core/compare/fold.ts). Rendered
 * whole up to VIRTUALIZE_ABOVE entries (simple, and searchable with the browser's find);
 * windowed above that by `./window-rows` (@tanstack/react-virtual), loaded only then: plans are
 * 20–40 points, imports can be thousands.
 */
import { Suspense, useEffect, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';
import type { Entry } from '../core/compare/fold';
import { lazyWithRetry } from './lazy-import';
import { PartBoundary } from './part-boundary';
import type { ListItemProps } from './row-view';

/** Items of a list rendered whole carry nothing extra (one object, so memoised rows stay put). */
const NO_ITEM: ListItemProps = {};

/** Lists longer than this are windowed by `<RowList>`; shorter ones are rendered whole. */
export const VIRTUALIZE_ABOVE = 300;

const WindowRows = lazyWithRetry(() => import('./window-rows'));

export interface ScrollToRowOptions {
  /** Where the row should land, as in `scrollIntoView`; default `center`. */
  block?: ScrollLogicalPosition;
  /** Move keyboard focus to the row once it is in view (rows have `tabIndex=-1`). */
  focus?: boolean;
}

export interface RowListHandle {
  /**
   * Bring the entry with this key (a row's key, or a fold's) into view, rendering it first if
   * needed. Returns false when no entry has that key (a filter hides it, or it is folded).
   */
  scrollToRowKey(key: string, options?: ScrollToRowOptions): boolean;
}

/** The list item of an entry in the page, if it is rendered. */
export function entryElement(key: string): HTMLElement | undefined {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-row-key]')).find(
    (e) => e.dataset.rowKey === key,
  );
}

/** Scroll a rendered entry into view (and focus it): the whole list's way, and the window's once rendered. */
export function scrollRenderedRow(key: string, options: ScrollToRowOptions = {}): boolean {
  const el = entryElement(key);
  if (!el) return false;
  // jsdom has no scrollIntoView.
  el.scrollIntoView?.({ block: options.block ?? 'center' });
  if (options.focus) el.focus({ preventScroll: true });
  return true;
}

export interface RowListProps {
  entries: readonly Entry[];
  /** One `<li data-row-key={entry.key}>` per entry, with `item` spread on it. */
  renderEntry: (entry: Entry, item: ListItemProps) => ReactNode;
  label: string;
  /** The entry a permalink focuses: scrolled into view (also when not rendered yet). */
  focusKey?: string | undefined;
  ref?: Ref<RowListHandle>;
}

export function RowList({ entries, renderEntry, label, focusKey, ref }: RowListProps) {
  const windowed = useRef<RowListHandle>(null);
  useImperativeHandle(
    ref,
    () => ({
      scrollToRowKey: (key, options) =>
        windowed.current?.scrollToRowKey(key, options) ?? scrollRenderedRow(key, options),
    }),
    [],
  );
  const plain = entries.length <= VIRTUALIZE_ABOVE;
  useEffect(() => {
    // The window scrolls to `focusKey` itself (its row may not be rendered yet).
    if (plain && focusKey) scrollRenderedRow(focusKey);
  }, [plain, focusKey]);
  if (plain) {
    return (
      <ol className="rows" aria-label={label}>
        {entries.map((e) => renderEntry(e, NO_ITEM))}
      </ol>
    );
  }
  return (
    <PartBoundary part={`The list of ${entries.length.toLocaleString('en')} rows`}>
      <Suspense
        fallback={<p role="status">Preparing {entries.length.toLocaleString('en')} rows…</p>}
      >
        <WindowRows
          ref={windowed}
          entries={entries}
          renderEntry={renderEntry}
          label={label}
          focusKey={focusKey}
        />
      </Suspense>
    </PartBoundary>
  );
}
