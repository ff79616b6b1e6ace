/**
 * A long list windowed on the page's own scroll (`useWindowVirtualizer` of
 * @tanstack/react-virtual): only the entries near the viewport are in the DOM; padding on the
 * `<ol>` stands in for the others, so the rest of the page, keyboard scrolling and
 * `scroll-margin` work as usual. The library measures each rendered entry (`measureElement`),
 * keeps the first visible one in place when an entry above changes height, and scrolls to an
 * index before it is rendered.
 *
 * Semantics: each rendered item carries `aria-setsize` (all entries) and `aria-posinset`, since
 * most are not in the DOM. Entries not in the DOM cannot be found with the browser's find: that
 * is why short lists are rendered whole (src/ui/row-list.tsx). For printing, every entry is
 * rendered between `beforeprint` and `afterprint`.
 */
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useEffectEvent,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type Ref,
} from 'react';
import { flushSync } from 'react-dom';
import {
  entryElement,
  scrollRenderedRow,
  type RowListHandle,
  type RowListProps,
  type ScrollToRowOptions,
} from './row-scroll';

/** Height assumed for an entry never rendered, px (a short row; fold lines are ~40). */
export const ESTIMATED_ROW_HEIGHT = 160;
/** Entries rendered beyond each edge of the viewport. */
const OVERSCAN = 2;

/**
 * The top of the list in the document (the virtualizer's `scrollMargin`) and its row gap, read
 * when anything on the page changes size: what is above the list (notices, notes, the digest)
 * can grow after it mounts. A ResizeObserver reports once on `observe`, so this also reads them
 * first.
 */
function useListBox(list: React.RefObject<HTMLOListElement | null>): { top: number; gap: number } {
  const [box, setBox] = useState({ top: 0, gap: 0 });
  useEffect(() => {
    const observer = new ResizeObserver(() => {
      const el = list.current;
      if (!el) return;
      const top = Math.round(el.getBoundingClientRect().top + window.scrollY);
      const gap = parseFloat(getComputedStyle(el).rowGap) || 0;
      setBox((prev) => (prev.top === top && prev.gap === gap ? prev : { top, gap }));
    });
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [list]);
  return box;
}

/** Every entry while printing (the printout must hold every row). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

const ALIGN: Record<ScrollLogicalPosition, 'start' | 'center' | 'end' | 'auto'> = {
  start: 'start',
  center: 'center',
  end: 'end',
  nearest: 'auto',
};

export default function WindowRows({
  entries,
  renderEntry,
  label,
  focusKey,
  ref,
}: RowListProps & { ref?: Ref<RowListHandle> }) {
  const listRef = useRef<HTMLOListElement>(null);
  const { top, gap } = useListBox(listRef);
  const printing = usePrinting();

  const virtualizer = useWindowVirtualizer({
    count: entries.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: top,
    gap,
    getItemKey: (i) => entries[i]!.key,
    // Measuring re-renders in React's own batches, not one synchronous render per row: a jump
    // into unmeasured rows must not chain renders into one long task.
    useFlushSync: false,
  });

  // A row asked for before it was rendered: brought exactly into view (and focused) once it is.
  const pending = useRef<{ key: string; options: ScrollToRowOptions } | null>(null);
  useLayoutEffect(() => {
    const wanted = pending.current;
    if (wanted && entryElement(wanted.key)) {
      pending.current = null;
      scrollRenderedRow(wanted.key, wanted.options);
    }
  });

  const scrollToRowKey = useCallback(
    (key: string, options: ScrollToRowOptions = {}) => {
      const index = entries.findIndex((e) => e.key === key);
      if (index < 0) return false;
      if (scrollRenderedRow(key, options)) return true;
      pending.current = { key, options };
      virtualizer.scrollToIndex(index, { align: ALIGN[options.block ?? 'center'] });
      return true;
    },
    [entries, virtualizer],
  );
  useImperativeHandle(ref, () => ({ scrollToRowKey }), [scrollToRowKey]);
  // Only a new focus scrolls: opening a fold elsewhere must not pull the page back to it.
  const toFocus = useEffectEvent((key: string) => scrollToRowKey(key));
  useEffect(() => {
    if (focusKey) toFocus(focusKey);
  }, [focusKey]);

  const setSize = entries.length;
  if (printing) {
    return (
      <ol
        ref={listRef}
        className="rows rows--virtual"
        aria-label={label}
        data-virtual-rows={setSize}
      >
        {entries.map((e, i) =>
          renderEntry(e, { 'aria-posinset': i + 1, 'aria-setsize': setSize }, true),
        )}
      </ol>
    );
  }
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start - top : 0;
  const after = last ? Math.max(0, virtualizer.getTotalSize() - (last.end - top)) : 0;
  return (
    <ol
      ref={listRef}
      className="rows rows--virtual"
      aria-label={label}
      data-virtual-rows={setSize}
      style={{ paddingTop: before, paddingBottom: after, overflowAnchor: 'none' }}
    >
      {items.map((item) =>
        renderEntry(
          entries[item.index]!,
          {
            ref: virtualizer.measureElement,
            'data-index': item.index,
            'aria-posinset': item.index + 1,
            'aria-setsize': setSize,
          },
          true,
        ),
      )}
    </ol>
  );
}
