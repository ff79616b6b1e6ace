/**
 * The list of a comparison: rows and folded runs (`Entry`, src/core/compare/fold.ts). Rendered
 * whole up to VIRTUALIZE_ABOVE entries (simple, and searchable with the browser's find; on the
 * page's first load first screen first, by `./first-screen-rows`); windowed above that by `./window-rows` (@tanstack/react-virtual), loaded only then: plans are
 * 20–40 points, imports can be thousands.
 */
import { Suspense, useImperativeHandle, useRef } from 'react';
import { FirstScreenRows } from './first-screen-rows';
import { lazyWithRetry } from './lazy-import';
import { PartBoundary } from './part-boundary';
import type { ListItemProps } from './row-view';
import { scrollRenderedRow, type RowListHandle, type RowListProps } from './row-scroll';

/** Items of a list rendered whole carry nothing extra (one object, so memoised rows stay put). */
const NO_ITEM: ListItemProps = {};

/** Lists longer than this are windowed by `<RowList>`; shorter ones are rendered whole. */
export const VIRTUALIZE_ABOVE = 300;

const WindowRows = lazyWithRetry(() => import('./window-rows'));

export {
  entryElement,
  scrollRenderedRow,
  type RowListHandle,
  type RowListProps,
  type ScrollToRowOptions,
} from './row-scroll';

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
