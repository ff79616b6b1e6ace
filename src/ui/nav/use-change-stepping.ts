import { useCallback, useMemo, useState, type RefObject } from 'react';
import { rowFocus } from '../../core/compare/filter';
import type { Row } from '../../core/compare/rows';
import type { ViewState } from '../../core/url/view-state';
import { rowTitle } from '../row-view';
import { useAnnouncer } from './use-announcer';
import { useChangeKeys } from './use-change-keys';
import {
  useChangeNavigation,
  type ChangeNavigation,
  type RevealRow,
} from './use-change-navigation';

export interface ChangeSteppingOptions {
  reveal: RevealRow;
  setView: (patch: Partial<ViewState>) => void;
  /** How a row is announced; default "Point <label>." */
  describe?: ((row: Row) => string) | undefined;
  /** The row the view is focused on when the comparison opens. */
  initialKey?: string | undefined;
}

export interface ChangeStepping {
  navigation: ChangeNavigation;
  /** The live region that says where a step went ("Change 3 of 22. …"). */
  regionRef: RefObject<HTMLParagraphElement | null>;
  /** The current change's place among the changes (0-based), or -1. */
  current: number;
  /** Makes a row current without moving to it (the reader linked or clicked it). */
  setCurrentKey: (key: string) => void;
  keysOpen: boolean;
  setKeysOpen: (open: boolean) => void;
}

/**
 * Stepping through the changes of `rows`: the keys (n, p, Home, End; ? opens the list of keys) from
 * the first paint, each step focusing the row in the URL and announced in words.
 */
export function useChangeStepping(
  rows: readonly Row[],
  { reveal, setView, describe, initialKey }: ChangeSteppingOptions,
): ChangeStepping {
  const [announce, regionRef] = useAnnouncer();
  const [currentKey, setCurrentKey] = useState<string | undefined>(initialKey);
  const onMove = useCallback(
    (row: Row, index: number, total: number) => {
      setCurrentKey(row.key);
      setView({ focus: rowFocus(row) });
      announce(`Change ${index + 1} of ${total}. ${describe?.(row) ?? `Point ${rowTitle(row)}.`}`);
    },
    [announce, describe, setView],
  );
  const onEdge = useCallback(
    (edge: 'first' | 'last' | 'none') =>
      announce(
        edge === 'first'
          ? 'No previous change: this is the first one.'
          : edge === 'last'
            ? 'No next change: this is the last one.'
            : 'No changes to move to.',
      ),
    [announce],
  );
  const navigation = useChangeNavigation(rows, { reveal, onMove, onEdge });
  const [keysOpen, setKeysOpen] = useState(false);
  const handlers = useMemo(
    () => ({
      next: navigation.next,
      previous: navigation.previous,
      first: navigation.first,
      last: navigation.last,
      help: () => setKeysOpen(true),
    }),
    [navigation],
  );
  useChangeKeys(handlers, !keysOpen);
  const current = navigation.changed.findIndex((r) => r.key === currentKey);
  return { navigation, regionRef, current, setCurrentKey, keysOpen, setKeysOpen };
}
