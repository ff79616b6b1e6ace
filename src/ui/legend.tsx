import { ROW_STATUSES, STATUS_MEANINGS, STATUS_NAMES } from '../core/compare/rows';

/** The statuses, marks and bases in words. */
export default function LegendBody() {
  return (
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
        two lists; <span className="badge badge--basis">Matched by text</span> the alignment engine,
        with its similarity, only where no link is recorded
      </li>
      <li>
        <del>struck through</del> and <ins>underlined</ins>: words deleted and inserted, shown only
        where both texts are aligned in wording (the US text and its E3 edit, or your import); where
        one side is a summary, the change is shown as sources state it, and our summaries' wording
        only behind “Worded differently in our summaries”
      </li>
      <li>
        <span className="badge badge--moved">Moved</span> the point changed position relative to its
        neighbours
      </li>
      <li>
        <span className="badge badge--flag">Unverified</span> believed but found in no copy
        consulted, or in one weak copy only; <span className="badge badge--flag">Disputed</span>{' '}
        outlets disagree, every reading shown;{' '}
        <span className="badge badge--flag">Thinly covered</span> one copy or short summaries only;{' '}
        <span className="badge badge--flag">Inferred</span> a detail the project worked out
      </li>
    </ul>
  );
}
