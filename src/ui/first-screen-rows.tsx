/**
 * A list rendered whole, first screen first (issue #14). The first commit holds the rows a screen
 * shows; the rest follow in batches, each rendered in a transition after the browser has painted
 * (React yields while rendering a transition, so the page answers input meanwhile). With a
 * phone's CPU the whole list in one commit was the first load's longest task. The rows' later
 * parts (notes, the account in words), when they arrive under rows already on screen, are handed
 * out the same way.
 *
 * Everything still ends up in the page (find in page, print, keyboard): a scroll to a row not
 * rendered yet, and printing, render the rest at once; a permalink's row is in the first commit.
 */
import {
  startTransition,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import { flushSync } from 'react-dom';

/** Rows in the first commit: more than a laptop's screen shows below the bar. */
export const FIRST_SCREEN = 6;
/** Rows per later batch. */
const BATCH = 6;
/** Rows either side of a permalink's row that get the later parts with the first screen. */
const NEAR_FOCUS = 3;

/** A count of rows one batch on from `from`; Infinity once that reaches `limit` (all of them). */
const afterBatch = (from: number, limit: number) =>
  from + BATCH >= limit ? Infinity : from + BATCH;

type ScrollTo = (
  key: string,
  options?: { block?: ScrollLogicalPosition; focus?: boolean },
) => boolean;

export interface FirstScreenRowsProps<T extends { key: string }> {
  items: readonly T[];
  /** `extras`: whether the item gets the rows' later parts (see the prop `extras`). */
  render: (item: T, extras: boolean) => ReactNode;
  label: string;
  /** The permalink's row: rendered in the first commit and scrolled into view. */
  focusKey?: string | undefined;
  /** Progressive, as above; otherwise the whole list in one commit. */
  firstScreenFirst: boolean;
  /** How to scroll to a rendered row (row-list.tsx's `scrollRenderedRow`). */
  scrollRendered: ScrollTo;
  /**
   * Work an item needs before it renders, done for each item of a later batch in a task of its
   * own before the batch renders: a row's word diff is not split by React's slicing.
   */
  prepare?: ((item: T) => void) | undefined;
  /**
   * Whether the rows' later parts (the enhancements: notes, the account in words) have arrived
   * (default: yes). Arriving under rows already rendered, they reach the first screen's rows and
   * the permalink's at once and the others in batches, each a transition after a paint: handed to
   * every row in one commit, they re-rendered the whole list in one task (about 60 ms with
   * Lighthouse's recording; issue #14). Rows rendered after they arrived get them at once.
   */
  extras?: boolean;
  ref?: Ref<{ scrollToRowKey: ScrollTo }>;
}

export function FirstScreenRows<T extends { key: string }>({
  items,
  render,
  label,
  focusKey,
  scrollRendered,
  firstScreenFirst,
  prepare,
  extras = true,
  ref,
}: FirstScreenRowsProps<T>) {
  // Only grows, and once the list was whole it stays whole (a filter, a fold opened): the page's
  // first list is the one a phone waits for.
  const [shown, setShown] = useState(firstScreenFirst ? FIRST_SCREEN : Infinity);
  const focusAt = focusKey ? items.findIndex((item) => item.key === focusKey) : -1;
  const count = firstScreenFirst ? Math.max(shown, focusAt + 1) : items.length;
  const all = count >= items.length;

  // How many rows were rendered when the extras arrived (null: not yet; 0: here from the start).
  // Of those, the rows below `upgraded` have them; rows rendered later get them at once.
  const [atArrival, setAtArrival] = useState<number | null>(extras ? 0 : null);
  if (extras && atArrival === null) setAtArrival(count);
  const [upgraded, setUpgraded] = useState(FIRST_SCREEN);
  const total = items.length;
  const waitingUpTo = Math.min(atArrival ?? 0, total);
  const upgrading = extras && upgraded < waitingUpTo;
  const hasExtras = (i: number) =>
    extras &&
    (i >= (atArrival ?? count) ||
      i < upgraded ||
      (focusAt >= 0 && Math.abs(i - focusAt) <= NEAR_FOCUS));

  useEffect(() => {
    if (!upgrading) return;
    const timer = setTimeout(() =>
      startTransition(() => setUpgraded((n) => afterBatch(n, waitingUpTo))),
    );
    return () => clearTimeout(timer);
  }, [upgrading, upgraded, waitingUpTo]);

  useEffect(() => {
    if (all) return;
    const next = afterBatch(count, total);
    const last = Math.min(next, total);
    let timer: ReturnType<typeof setTimeout>;
    // Each item of the batch is prepared in a task of its own, then the batch renders.
    const step = (i: number) => {
      if (prepare && i < last) {
        prepare(items[i]!);
        timer = setTimeout(() => step(i + 1));
        return;
      }
      startTransition(() => setShown((n) => Math.max(n, next)));
    };
    timer = setTimeout(() => step(count));
    return () => clearTimeout(timer);
  }, [all, count, total, items, prepare]);

  // A layout effect: listening from the first commit on, so no print comes before it.
  const whole = all && !upgrading;
  useLayoutEffect(() => {
    if (whole) return;
    const renderAll = () =>
      flushSync(() => {
        setShown(Infinity);
        setUpgraded(Infinity);
      });
    window.addEventListener('beforeprint', renderAll);
    return () => window.removeEventListener('beforeprint', renderAll);
  }, [whole]);

  useImperativeHandle(
    ref,
    () => ({
      scrollToRowKey: (key, options) => {
        if (!items.slice(0, count).some((item) => item.key === key))
          flushSync(() => setShown(Infinity));
        return scrollRendered(key, options);
      },
    }),
    [items, count, scrollRendered],
  );
  useEffect(() => {
    if (focusKey) scrollRendered(focusKey);
  }, [focusKey, scrollRendered]);

  return (
    <ol className="rows" aria-label={label} aria-busy={all ? undefined : true}>
      {items.slice(0, count).map((item, i) => render(item, hasExtras(i)))}
    </ol>
  );
}
