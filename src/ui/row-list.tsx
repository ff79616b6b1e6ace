/**
 * The list of a comparison: rows and folded runs (`Entry`, src/core/compare/fold.ts). Rendered
 * whole up to VIRTUALIZE_ABOVE entries (simple, and searchable with the browser's find; on the
 * page's first load first screen first, by `./first-screen-rows`); windowed above that by `./window-rows` (@tanstack/react-virtual), loaded only then: plans are
 * 20–40 points, imports can be thousands.
 */
import { Suspense, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';
import type { Entry } from '../core/compare/fold';
import { FirstScreenRows } from './first-screen-rows';
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
  /** Render the first screen's entries first and the rest after (the page's first load, issue #14). */
  firstScreenFirst?: boolean;
}

export function RowList({
  entries,
  renderEntry,
  label,
  focusKey,
  ref,
  firstScreenFirst,
}: RowListProps) {
  const inner = useRef<RowListHandle>(null);
  useImperativeHandle(
    ref,
    () => ({
      scrollToRowKey: (key, options) =>
        inner.current?.scrollToRowKey(key, options) ?? scrollRenderedRow(key, options),
    }),
    [],
  );
  if (entries.length <= VIRTUALIZE_ABOVE) {
    return (
      <FirstScreenRows
        ref={inner}
        items={entries}
        render={(e) => renderEntry(e, NO_ITEM)}
        label={label}
        focusKey={focusKey}
        scrollRendered={scrollRenderedRow}
        firstScreenFirst={firstScreenFirst ?? false}
      />
    );
  }
  return (
    <PartBoundary part={`The list of ${entries.length.toLocaleString('en')} rows`}>
      <Suspense
        fallback={<p role="status">Preparing {entries.length.toLocaleString('en')} rows…</p>}
      >
        <WindowRows
          ref={inner}
          entries={entries}
          renderEntry={renderEntry}
          label={label}
          focusKey={focusKey}
        />
      </Suspense>
    </PartBoundary>
  );
}
