import { Suspense, useState } from 'react';
import { lazyWithRetry } from './lazy-import';
import { PartBoundary } from './part-boundary';
import {
  BASIS_KINDS,
  BASIS_NAMES,
  ROW_STATUSES,
  STATUS_NAMES,
  type RowStatus,
  type RowSummary,
} from '../core/compare/rows';

/** "2 reported, 1 inferred" for one status; empty where nothing is known (unknown, not reported). */
function byBasis(summary: RowSummary, status: RowStatus): string {
  const by = BASIS_KINDS.filter((b) => b !== 'none' && summary.byBasis[status][b] > 0);
  if (!by.length) return '';
  return by.length === 1
    ? BASIS_NAMES[by[0]!]
    : by.map((b) => `${summary.byBasis[status][b]} ${BASIS_NAMES[b]}`).join(', ');
}

/**
 * The counts of a comparison by status, each with how it is known ("Dropped 3 (2 reported,
 * 1 inferred)"), as every report's summary line gives them; statuses with no row are left out.
 */
export function SummaryBar({ summary }: { summary: RowSummary }) {
  const shown = ROW_STATUSES.filter((s) => summary.counts[s] > 0);
  return (
    <section className="summary" aria-label="Summary of changes">
      <ul className="summary-list">
        {shown.map((s) => {
          const how = byBasis(summary, s);
          return (
            <li key={s} className={`summary-item summary-item--${s}`}>
              <span className={`badge badge--kind badge--${s}`}>{STATUS_NAMES[s]}</span>{' '}
              <span className="summary-count">{summary.counts[s]}</span>
              {how && s !== 'unchanged' ? <span className="summary-basis"> ({how})</span> : null}
            </li>
          );
        })}
        {summary.disputed ? (
          <li className="summary-item summary-item--disputed">
            <span className="badge badge--flag">Disputed</span>{' '}
            <span className="summary-count">{summary.disputed}</span>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

const LegendBody = lazyWithRetry(() => import('./legend'));

/** The statuses, marks and bases in words: loaded when the reader opens it. */
export function Legend() {
  const [open, setOpen] = useState(false);
  return (
    <details className="legend" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Legend</summary>
      {open ? (
        <PartBoundary part="The legend">
          <Suspense fallback={<p role="status">Loading the legend…</p>}>
            <LegendBody />
          </Suspense>
        </PartBoundary>
      ) : null}
    </details>
  );
}
