import { useEffect, useMemo } from 'react';
import { filterRows } from '../../core/compare/filter';
import type { Comparison, Row } from '../../core/compare/rows';
import { describeEntry } from '../../core/narrative/narrative';
import type { ViewState } from '../../core/url/view-state';
import { useViewerData } from '../../ui/data-context';
import { useAnnouncer } from '../../ui/nav/use-announcer';
import './a11y.css';
import { DescribeChanges } from './describe-changes';

export interface ChangeToolsProps {
  comparison: Comparison;
  /** The view's filters: "Go to" is offered for the rows the reader sees. */
  view: Pick<ViewState, 'hideUnchanged' | 'topic' | 'statuses'>;
  /** Bring a row into view and focus it (opening its fold). */
  reveal: (row: Row) => boolean;
}

/** How long after a new pair the counts are announced: after the page has settled, so they are heard. */
const ENTRY_DELAY_MS = 400;

/**
 * The comparison in words, for screen readers and for everyone: the counts said on entry (a
 * polite live region), and "Describe changes", the account of every change. Stepping through
 * the changes (keys and ◀ ▶) belongs to the bar (src/ui/compare-bar.tsx) and works from the
 * first paint; this arrives right after it.
 */
export function ChangeTools({ comparison, view, reveal }: ChangeToolsProps) {
  const { sources } = useViewerData();
  const shownKeys = useMemo(
    () =>
      new Set(
        filterRows(comparison.rows, {
          hideUnchanged: view.hideUnchanged,
          topic: view.topic,
          statuses: view.statuses,
        }).map((r) => r.key),
      ),
    [comparison, view.hideUnchanged, view.topic, view.statuses],
  );
  const [announce, regionRef] = useAnnouncer();
  useEffect(() => {
    const timer = window.setTimeout(() => announce(describeEntry(comparison)), ENTRY_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [comparison, announce]);

  return (
    <section className="change-tools no-print" aria-label="Changes in words">
      <DescribeChanges
        comparison={comparison}
        sources={sources}
        shownKeys={shownKeys}
        onShow={(row) => void reveal(row)}
      />
      <p ref={regionRef} className="sr-only" role="status" aria-live="polite" aria-atomic="true" />
    </section>
  );
}
