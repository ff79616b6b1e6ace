import { useCallback, useMemo, useRef } from 'react';
import { isChange, type Row } from '../../core/compare/rows';
import { rowDomId } from '../row-view';

/**
 * Brings a row into view and focuses it; returns false when it could not (the row is not in the
 * list). `RowListHandle.scrollToRowKey(key, { focus: true })` of src/ui/row-list.tsx fits.
 */
export type RevealRow = (row: Row) => boolean;

export interface ChangeNavigationOptions {
  /** How to bring a row into view; default: find it by `rowDomId`, scroll it to the centre, focus it. */
  reveal?: RevealRow;
  /** Called after a move, with the row's place among the changed rows (0-based) and their count. */
  onMove?: (row: Row, index: number, total: number) => void;
  /** Called when there is no change in that direction (nothing moves). */
  onEdge?: (edge: 'first' | 'last' | 'none') => void;
}

/** Next/previous/first/last change over the rows on screen, plus a direct jump. */
export interface ChangeNavigation {
  /** The rows visited, in order: the changes (`isChange`), never the quiet rows. */
  changed: readonly Row[];
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  goTo: (row: Row) => void;
}

/** Default `reveal`: the row in the DOM, centred and focused (rows are `tabIndex=-1` list items). */
export function revealRenderedRow(row: Row): boolean {
  const el = document.getElementById(rowDomId(row));
  if (!el) return false;
  // jsdom has no scrollIntoView.
  el.scrollIntoView?.({ block: 'center' });
  el.focus({ preventScroll: true });
  return true;
}

/** The key of the row holding keyboard focus, if any. */
function focusedRowKey(): string | undefined {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return undefined;
  return active.closest<HTMLElement>('[data-row-key]')?.dataset.rowKey;
}

/**
 * Moves between the changed rows of `rows` (the rows the reader sees, filters applied), the way
 * F7 / Shift+F7 move between changes in VS Code's accessible diff viewer (anchors.md §2.4). The
 * starting point is the row holding focus, else the last row moved to: a reader who clicked or
 * tabbed into row 12 goes on from row 12. No wrap-around: at either end `onEdge` says so.
 */
export function useChangeNavigation(
  rows: readonly Row[],
  options: ChangeNavigationOptions = {},
): ChangeNavigation {
  const { reveal, onMove, onEdge } = options;
  const changed = useMemo(() => rows.filter(isChange), [rows]);
  const lastKey = useRef<string | undefined>(undefined);

  const moveTo = useCallback(
    (row: Row) => {
      const shown = (reveal ?? revealRenderedRow)(row) || revealRenderedRow(row);
      if (!shown) return;
      lastKey.current = row.key;
      const index = changed.indexOf(row);
      onMove?.(row, index, changed.length);
    },
    [reveal, onMove, changed],
  );

  /** The place of the current row in `rows`, or -1 when there is none. */
  const position = useCallback((): number => {
    const key = focusedRowKey() ?? lastKey.current;
    return key === undefined ? -1 : rows.findIndex((r) => r.key === key);
  }, [rows]);

  const step = useCallback(
    (direction: 1 | -1) => {
      if (changed.length === 0) return onEdge?.('none');
      const from = position();
      if (from < 0) return moveTo(direction === 1 ? changed[0]! : changed[changed.length - 1]!);
      const index = new Map(rows.map((r, i) => [r.key, i]));
      const target =
        direction === 1
          ? changed.find((r) => index.get(r.key)! > from)
          : [...changed].reverse().find((r) => index.get(r.key)! < from);
      if (target) moveTo(target);
      else onEdge?.(direction === 1 ? 'last' : 'first');
    },
    [changed, rows, position, moveTo, onEdge],
  );

  return useMemo(
    () => ({
      changed,
      next: () => step(1),
      previous: () => step(-1),
      first: () => (changed.length ? moveTo(changed[0]!) : onEdge?.('none')),
      last: () => (changed.length ? moveTo(changed[changed.length - 1]!) : onEdge?.('none')),
      goTo: moveTo,
    }),
    [changed, step, moveTo, onEdge],
  );
}
