/**
 * The list of a comparison: rows and folded runs (`Entry`, src/core/compare/fold.ts). Rendered
 * whole up to VIRTUALIZE_ABOVE entries (simple, and searchable with the browser's find; on the
 * page's first load first screen first, by `./first-screen-rows`); windowed above that by `./window-rows` (@tanstack/react-virtual), loaded only then: plans are
 * 20–40 points, imports can be thousands.
 */
import { Suspense, useImperativeHandle, useRef } from 'react';
import type { Entry } from '../core/compare/fold';
import { FirstScreenRows } from './first-screen-rows';
import { lazyWithRetry } from './lazy-import';
import { PartBoundary } from './part-boundary';
import type { ListItemProps } from './row-view';
import { scrollRenderedRow, type RowListHandle, type RowListProps } from './row-scroll';

/** Items of a list rendered whole carry nothing extra (one object, so memoised rows stay put). */
const NO_ITEM: ListItemProps = {};

/**
 * A row's word diff, computed ahead of its batch (first-screen-rows.tsx): a large merged row's
 * took 7–15 ms at full speed inside its render, one task with it (scripts/perf/profile.ts
 * `--rate 1`; issue #14). Every row's diff is read anyway once the account in words arrives.
 */
const prepareEntry = (entry: Entry) => {
  if (entry.kind === 'row') void entry.row.words;
};

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
  extras,
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
        render={(e, withExtras) => renderEntry(e, NO_ITEM, withExtras)}
        label={label}
        focusKey={focusKey}
        scrollRendered={scrollRenderedRow}
        firstScreenFirst={firstScreenFirst ?? false}
        prepare={prepareEntry}
        extras={extras ?? true}
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
