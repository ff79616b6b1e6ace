import { useState } from 'react';
import { isChange, type Comparison, type Row } from '../../core/compare/rows';
import { describeEntry, describeRow } from '../../core/narrative/narrative';
import type { Source, SourceId } from '../../core/model/types';
import { rowTitle } from '../../ui/row-view';

export interface DescribeChangesProps {
  comparison: Comparison;
  sources: ReadonlyMap<SourceId, Source>;
  /** Rows the reader can jump to (those the filters show); others are listed without a button. */
  shownKeys: ReadonlySet<string>;
  onShow: (row: Row) => void;
}

/**
 * "Describe changes": the textual account of every change, the counts first, behind a
 * disclosure; the quiet rows (folded on the page) are counted, not listed. The same sentences screen readers hear when a row gets focus, for everyone
 * (anchors.md §3 item 9). Computed only while open.
 */
export function DescribeChanges({ comparison, sources, shownKeys, onShow }: DescribeChangesProps) {
  const [open, setOpen] = useState(false);
  const changed = open ? comparison.rows.filter(isChange) : [];
  const quiet = comparison.rows.length - changed.length;
  return (
    <details
      className="describe-changes no-print"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>Describe changes</summary>
      {open ? (
        <>
          <p className="describe-entry">{describeEntry(comparison)}</p>
          {changed.length ? (
            <ol className="describe-list" aria-label="Changes in words">
              {changed.map((row) => (
                <li key={row.key}>
                  {describeRow(row, comparison.left, comparison.right, sources, comparison.via)}{' '}
                  {shownKeys.has(row.key) ? (
                    <button type="button" className="link-button" onClick={() => onShow(row)}>
                      Go to point {rowTitle(row)}
                    </button>
                  ) : (
                    <span className="describe-hidden">(hidden by the filters)</span>
                  )}
                </li>
              ))}
            </ol>
          ) : (
            <p>No change is reported or inferred.</p>
          )}
          {quiet ? (
            <p className="describe-quiet">
              {quiet} {quiet === 1 ? 'point is' : 'points are'} not listed: unchanged, reported
              kept, unknown or not reported.
            </p>
          ) : null}
        </>
      ) : null}
    </details>
  );
}
