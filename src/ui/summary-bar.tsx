import { ROW_KINDS, ROW_KIND_NAMES, type RowSummary } from '../core/compare/rows';

/** Counts per kind, in words; the same counts screen readers hear on entry. */
export function summaryText(summary: RowSummary): string {
  return ROW_KINDS.filter((k) => summary[k] > 0)
    .map((k) => `${summary[k]} ${ROW_KIND_NAMES[k].toLowerCase()}`)
    .join(', ');
}

export function SummaryBar({ summary }: { summary: RowSummary }) {
  return (
    <section className="summary" aria-label="Summary of changes">
      <ul className="summary-list">
        {ROW_KINDS.map((k) => (
          <li key={k} className={`summary-item summary-item--${k}`}>
            <span className={`badge badge--kind badge--${k}`}>{ROW_KIND_NAMES[k]}</span>{' '}
            <span className="summary-count">{summary[k]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Legend() {
  return (
    <details className="legend">
      <summary>Legend</summary>
      <ul>
        <li>
          <del>struck through</del> — words deleted in the right-hand version
        </li>
        <li>
          <ins>underlined</ins> — words inserted in the right-hand version
        </li>
        <li>
          <span className="badge badge--basis">Reported link</span> an outlet said which point
          became which; <span className="badge badge--basis">Inferred by the project</span> our own
          comparison; <span className="badge badge--basis">Matched by text</span> the alignment
          engine, with its similarity
        </li>
        <li>
          <span className="badge badge--moved">Moved</span> the point changed position relative to
          its neighbours
        </li>
        <li>
          <span className="badge badge--flag">Unverified</span> believed but found in no copy
          consulted; <span className="badge badge--flag">Disputed</span> outlets disagree, every
          reading shown
        </li>
        <li>
          <span className="badge badge--kind badge--not-reported">Not reported</span> no outlet said
          what became of the point; nothing is guessed
        </li>
      </ul>
    </details>
  );
}
