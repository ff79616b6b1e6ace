import type { ReactNode, Ref } from 'react';
import { PARAPHRASE_DISCLOSURE } from '../core/compare/claims';
import { filterRows, rowWithPoint } from '../core/compare/filter';
import type { Comparison } from '../core/compare/rows';
import type { Topic } from '../core/model/topics';
import type { Point, Version } from '../core/model/types';
import { RowList, type VirtualRowsHandle } from './row-list';
import { RowView, type ViewMode } from './row-view';
import { Legend, SummaryBar } from './summary-bar';
import { VersionHeader } from './version-header';

export interface FocusedPoint {
  side: 'left' | 'right';
  label: string;
}

export interface CompareViewProps {
  comparison: Comparison;
  mode: ViewMode;
  hideUnchanged: boolean;
  topic: Topic | null;
  focus: FocusedPoint | null;
  pointExtras?: (version: Version, point: Point, row: Comparison['rows'][number]) => ReactNode;
  describe?: (row: Comparison['rows'][number]) => string;
  /** `scrollToRowKey` of the row list (plain or virtual), for keyboard navigation. */
  rowsRef?: Ref<VirtualRowsHandle>;
  /** The rows on the first screen first, the rest after (the page's first load, issue #14). */
  firstScreenFirst?: boolean;
}

/** The side-by-side comparison of two versions: headers, summary, legend and rows. */
export function CompareView({
  comparison,
  mode,
  hideUnchanged,
  topic,
  focus,
  pointExtras,
  describe,
  rowsRef,
  firstScreenFirst,
}: CompareViewProps) {
  const { left, right, rows, summary, notices, via } = comparison;
  const visible = filterRows(rows, { hideUnchanged, topic });
  // Highlighted here; brought into view by the row list (RowList), which knows what is rendered.
  const focusedKey = focus ? rowWithPoint(rows, focus.side, focus.label)?.key : undefined;

  const renderRow = (row: Comparison['rows'][number]) => (
    <RowView
      key={row.key}
      row={row}
      left={left}
      right={right}
      mode={mode}
      focused={row.key === focusedKey}
      {...(via ? { via } : {})}
      {...(pointExtras ? { pointExtras } : {})}
      {...(describe ? { describe } : {})}
    />
  );

  return (
    <div className="compare" data-mode={mode}>
      <div className="version-headers">
        <VersionHeader version={left} side="left" />
        <VersionHeader version={right} side="right" />
      </div>
      {notices.length ? (
        <ul className="notices" aria-label="About this comparison">
          {notices.map((n) => (
            <li key={n} className="notice">
              {n}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="disclosure">{PARAPHRASE_DISCLOSURE}</p>
      <SummaryBar summary={summary} />
      <Legend />
      <p className="row-count" aria-live="polite">
        Showing {visible.length} of {rows.length} rows
        {hideUnchanged ? ' (unchanged hidden)' : ''}
        {topic ? ` on this topic` : ''}.
      </p>
      {visible.length === 0 ? (
        <p className="empty">No rows match these options.</p>
      ) : (
        <RowList
          rows={visible}
          renderRow={renderRow}
          label={`Comparison of ${left.title} and ${right.title}`}
          focus={focus}
          {...(rowsRef ? { ref: rowsRef } : {})}
          firstScreenFirst={firstScreenFirst ?? false}
        />
      )}
    </div>
  );
}
