import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { foldRows, type Entry } from '../core/compare/fold';
import type { Row } from '../core/compare/rows';
import { entryElement } from './row-list';

export interface FoldsOptions {
  /** The pair compared: folds the reader opened are kept for this pair only. */
  pair: string;
  /** Rows never folded: those with the reader's notes or notes the link carries. */
  keep?: ReadonlySet<string> | undefined;
  /** The focused row, never folded either. */
  focusKey?: string | undefined;
}

/** The rows as the list shows them, quiet runs folded, and the reader's folds. */
export interface Folds {
  entries: Entry[];
  /** The key of the entry that shows each row: the row's own, or its fold's. */
  entryOf: ReadonlyMap<string, string>;
  openFold: (key: string) => void;
  /** Open (`show`) or close a fold from its line; focus stays on the line's button. */
  toggleFold: (key: string, show: boolean) => void;
  /** "Show every row": no run folded. */
  unfoldAll: boolean;
  setUnfoldAll: (all: boolean) => void;
}

/** Which quiet runs of `rows` are folded, and the reader's opening and closing of them. */
export function useFolds(rows: readonly Row[], { pair, keep, focusKey }: FoldsOptions): Folds {
  const [opened, setOpened] = useState<{ pair: string; keys: ReadonlySet<string> }>({
    pair,
    keys: new Set(),
  });
  const open = useMemo(
    () => (opened.pair === pair ? opened.keys : new Set<string>()),
    [opened, pair],
  );
  const [unfoldAll, setUnfoldAll] = useState(false);
  const pinned = useMemo(
    () => new Set([...(keep ?? []), ...(focusKey ? [focusKey] : [])]),
    [keep, focusKey],
  );
  const entries = useMemo(
    () => foldRows(rows, { open, pinned, none: unfoldAll }),
    [rows, open, pinned, unfoldAll],
  );
  const entryOf = useMemo(() => {
    const map = new Map<string, string>();
    for (const e of entries)
      if (e.kind === 'fold') for (const r of e.rows) map.set(r.key, e.key);
      else if (e.kind === 'row') map.set(e.key, e.key);
    return map;
  }, [entries]);
  const openFold = useCallback(
    (key: string) => setOpened({ pair, keys: new Set([...open, key]) }),
    [open, pair],
  );
  const pendingFocus = useRef<string | null>(null);
  const toggleFold = useCallback(
    (key: string, show: boolean) => {
      // Focus stays on the line's button, which now folds (or opens) the run.
      pendingFocus.current = show ? `un${key}` : key;
      if (show) return openFold(key);
      setOpened({ pair, keys: new Set([...open].filter((k) => k !== key)) });
    },
    [open, openFold, pair],
  );
  useEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    pendingFocus.current = null;
    entryElement(key)?.querySelector<HTMLElement>('.fold-toggle')?.focus();
  });
  return { entries, entryOf, openFold, toggleFold, unfoldAll, setUnfoldAll };
}
