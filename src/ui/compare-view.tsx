import { useEffect, type ReactNode } from 'react';
import { filterRows, rowWithPoint } from '../core/compare/filter';
import type { Comparison } from '../core/compare/rows';
import type { Topic } from '../core/model/topics';
import type { Point, Version } from '../core/model/types';
import { RowView, rowDomId, type ViewMode } from './row-view';
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
  /** Rendering of the row list; the default renders every row, large comparisons pass a virtual list. */
  renderRows?: (
    rows: Comparison['rows'],
    renderRow: (row: Comparison['rows'][number]) => ReactNode,
  ) => ReactNode;
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
  renderRows,
}: CompareViewProps) {
  const { left, right, rows, summary, notices } = comparison;
  const visible = filterRows(rows, { hideUnchanged, topic });
  const focusedRow = focus ? rowWithPoint(rows, focus.side, focus.label) : undefined;
  const focusedKey = focusedRow?.key;

  useEffect(() => {
    if (!focusedKey) return;
    const el = document.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(focusedKey)}"]`);
    el?.scrollIntoView({ block: 'center' });
  }, [focusedKey]);

  const renderRow = (row: Comparison['rows'][number]) => (
    <RowView
      key={row.key}
      row={row}
      left={left}
      right={right}
      mode={mode}
      focused={row.key === focusedKey}
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
      <SummaryBar summary={summary} />
      <Legend />
      <p className="row-count" aria-live="polite">
        Showing {visible.length} of {rows.length} rows
        {hideUnchanged ? ' (unchanged hidden)' : ''}
        {topic ? ` on this topic` : ''}.
      </p>
      {visible.length === 0 ? (
        <p className="empty">No rows match these options.</p>
      ) : renderRows ? (
        renderRows(visible, renderRow)
      ) : (
        <ol className="rows" aria-label={`Comparison of ${left.title} and ${right.title}`}>
          {visible.map(renderRow)}
        </ol>
      )}
    </div>
  );
}

export { rowDomId };
