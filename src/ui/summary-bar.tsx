import { summaryLine } from '../core/compare/claims';
import {
  BASIS_KINDS,
  BASIS_NAMES,
  ROW_STATUSES,
  STATUS_MEANINGS,
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
 * The counts of a comparison by status, each with how it is known ("3 dropped: 2 reported,
 * 1 inferred"); statuses with no row are left out. The same line every report prints, in full,
 * for screen readers.
 */
export function SummaryBar({ summary }: { summary: RowSummary }) {
  const shown = ROW_STATUSES.filter((s) => summary.counts[s] > 0);
  return (
    <section className="summary" aria-label="Summary of changes">
      <p className="sr-only">{summaryLine(summary)}.</p>
      <ul className="summary-list" aria-hidden="true">
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

/** The statuses, marks and bases in words. */
export function Legend() {
  return (
    <details className="legend">
      <summary>Legend</summary>
      <ul>
        {ROW_STATUSES.map((s) => (
          <li key={s}>
            <span className={`badge badge--kind badge--${s}`}>{STATUS_NAMES[s]}</span>{' '}
            {STATUS_MEANINGS[s]}
          </li>
        ))}
        <li>
          <span className="badge badge--basis">Reported</span> an outlet said so (sources named);{' '}
          <span className="badge badge--basis">Inferred by the project</span> our own comparison of
          two lists; <span className="badge badge--basis">Matched by text</span> the alignment
          engine, with its similarity, only where no link is recorded
        </li>
        <li>
          <del>struck through</del> and <ins>underlined</ins>: words deleted and inserted, shown
          only where both texts are aligned in wording (the US text and its E3 edit, or your
          import); where one side is a summary, the change is shown as sources state it, and our
          summaries' wording only behind “Worded differently in our summaries”
        </li>
        <li>
          <span className="badge badge--moved">Moved</span> the point changed position relative to
          its neighbours
        </li>
        <li>
          <span className="badge badge--flag">Unverified</span> believed but found in no copy
          consulted, or in one weak copy only; <span className="badge badge--flag">Disputed</span>{' '}
          outlets disagree, every reading shown;{' '}
          <span className="badge badge--flag">Thinly covered</span> one copy or short summaries
          only; <span className="badge badge--flag">Inferred</span> a detail the project worked out
        </li>
      </ul>
    </details>
  );
}
