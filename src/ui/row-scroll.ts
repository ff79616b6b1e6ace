/**
 * What the whole list (row-list.tsx) and its windowed form (window-rows.tsx, loaded on demand)
 * share: the list's props and handle, and scrolling a rendered entry into view. Its own module, so
 * the windowed list imports it without importing the list that loads it (no cycle).
 */
import type { ReactNode, Ref } from 'react';
import type { Entry } from '../core/compare/fold';
import type { ListItemProps } from './row-view';

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
  /**
   * One `<li data-row-key={entry.key}>` per entry, with `item` spread on it; `extras`: whether the
   * row gets its later parts (notes, the account in words) yet (see `extras` below).
   */
  renderEntry: (entry: Entry, item: ListItemProps, extras: boolean) => ReactNode;
  label: string;
  /** The entry a permalink focuses: scrolled into view (also when not rendered yet). */
  focusKey?: string | undefined;
  ref?: Ref<RowListHandle>;
  /** Render the first screen's entries first and the rest after (the page's first load, issue #14). */
  firstScreenFirst?: boolean;
  /**
   * Whether `renderEntry` has the rows' later parts to give (default: yes). When they arrive, the
   * whole list hands them to rows already rendered in batches, first screen first
   * (first-screen-rows.tsx); the windowed list renders few rows and gives them at once.
   */
  extras?: boolean;
}
