import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { filterRows } from '../../core/compare/filter';
import type { Comparison, Row } from '../../core/compare/rows';
import type { Topic } from '../../core/model/topics';
import { describeEntry, describeRow } from '../../core/narrative/narrative';
import { useViewerData } from '../../ui/data-context';
import './a11y.css';
import { DescribeChanges } from './describe-changes';
import { KeysDialog } from './keys-dialog';
import { useAnnouncer } from './use-announcer';
import { useChangeKeys } from './use-change-keys';
import { useChangeNavigation, type RevealRow } from './use-change-navigation';

export interface ChangeToolsProps {
  comparison: Comparison;
  /** The view's filters: navigation visits the rows the reader sees. */
  hideUnchanged: boolean;
  topic: Topic | null;
  /** How to bring a row into view (the virtual list's `scrollToRowKey`); default: the DOM. */
  reveal?: RevealRow;
  /** More controls for the same bar (the export buttons). */
  children?: ReactNode;
}

const EDGE_TEXT = {
  first: 'No previous change: this is the first one.',
  last: 'No next change: this is the last one.',
  none: 'No changes to move to.',
} as const;

/** How long after a new pair the counts are announced: after the page has settled, so they are heard. */
const ENTRY_DELAY_MS = 400;

/**
 * The change bar above the rows: "Previous change" / "Next change" (keys `p`/`n`, `Home`/`End`,
 * `?` for the list), the "Describe changes" account and a polite live region. The region says
 * the counts on entry and, on each move, "Change 3 of 21." and the row's account.
 */
export function ChangeTools({
  comparison,
  hideUnchanged,
  topic,
  reveal,
  children,
}: ChangeToolsProps) {
  const { sources } = useViewerData();
  const rows = useMemo(
    () => filterRows(comparison.rows, { hideUnchanged, topic }),
    [comparison, hideUnchanged, topic],
  );
  const shownKeys = useMemo(() => new Set(rows.map((r) => r.key)), [rows]);
  const [announce, regionRef] = useAnnouncer();
  const [keysOpen, setKeysOpen] = useState(false);

  const onMove = useCallback(
    (row: Row, index: number, total: number) =>
      announce(
        `Change ${index + 1} of ${total}. ${describeRow(row, comparison.left, comparison.right, sources, comparison.via)}`,
      ),
    [announce, comparison, sources],
  );
  const onEdge = useCallback(
    (edge: keyof typeof EDGE_TEXT) => announce(EDGE_TEXT[edge]),
    [announce],
  );
  const nav = useChangeNavigation(rows, { ...(reveal ? { reveal } : {}), onMove, onEdge });
  const handlers = useMemo(
    () => ({
      next: nav.next,
      previous: nav.previous,
      first: nav.first,
      last: nav.last,
      help: () => setKeysOpen(true),
    }),
    [nav],
  );
  useChangeKeys(handlers, !keysOpen);

  useEffect(() => {
    const timer = window.setTimeout(() => announce(describeEntry(comparison)), ENTRY_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [comparison, announce]);

  const none = nav.changed.length === 0;
  return (
    <section className="change-tools no-print" aria-label="Changes">
      <div className="change-bar">
        <button type="button" onClick={nav.previous} disabled={none} aria-keyshortcuts="p">
          Previous change
        </button>
        <button type="button" onClick={nav.next} disabled={none} aria-keyshortcuts="n">
          Next change
        </button>
        <button
          type="button"
          className="secondary"
          aria-haspopup="dialog"
          aria-keyshortcuts="?"
          onClick={() => setKeysOpen(true)}
        >
          Keyboard shortcuts
        </button>
        {children}
      </div>
      <DescribeChanges
        comparison={comparison}
        sources={sources}
        shownKeys={shownKeys}
        onShow={nav.goTo}
      />
      <p ref={regionRef} className="sr-only" role="status" aria-live="polite" aria-atomic="true" />
      {keysOpen ? <KeysDialog onClose={() => setKeysOpen(false)} /> : null}
    </section>
  );
}
