import type { ReactNode } from 'react';
import { STATUSES } from '../core/compare/answer';
import { STATUS_NAMES, type RowStatus, type RowSummary } from '../core/compare/rows';
import type { Version } from '../core/model/types';

export interface CompareBarProps {
  left: Version;
  right: Version;
  /** The counts of the rows the topic filter shows (`summarize(rows).counts`). */
  counts: RowSummary['counts'];
  /** The statuses the rows are filtered to (empty: all). */
  statuses: readonly RowStatus[];
  onStatuses: (statuses: RowStatus[]) => void;
  /** 0-based place of the current change, -1 before the first move. */
  current: number;
  total: number;
  onPrevious: () => void;
  onNext: () => void;
  onKeys: () => void;
  /** Copy link and the Export menu, once they have loaded. */
  actions?: ReactNode;
  /** The change map (a bar under the toolbar on a phone). */
  map?: ReactNode;
}

/**
 * The bar that stays on screen (sticky, like GitHub's file header): which two versions, the
 * count of each status (each a filter toggle), ◀ "Change 3 of 12" ▶, Copy link and Export.
 */
export function CompareBar({
  left,
  right,
  counts,
  statuses,
  onStatuses,
  current,
  total,
  onPrevious,
  onNext,
  onKeys,
  actions,
  map,
}: CompareBarProps) {
  const toggle = (s: RowStatus) =>
    onStatuses(
      statuses.includes(s)
        ? statuses.filter((x) => x !== s)
        : STATUSES.filter((x) => x === s || statuses.includes(x)),
    );
  const position =
    total === 0
      ? 'No changes'
      : current < 0
        ? `${total} change${total === 1 ? '' : 's'}`
        : `Change ${current + 1} of ${total}`;
  return (
    <div className="compare-bar" role="region" aria-label="Comparison bar">
      <div className="bar-row">
        <p className="bar-pair">
          <span className="bar-title">{left.title}</span>
          <span className="bar-arrow" aria-hidden="true">
            {' ⇄ '}
          </span>
          <span className="sr-only"> compared with </span>
          <span className="bar-title">{right.title}</span>
        </p>
        <div className="bar-counts" role="group" aria-label="Show only">
          {STATUSES.filter((s) => counts[s] > 0).map((s) => (
            <button
              key={s}
              type="button"
              className={`count count--${s}`}
              aria-pressed={statuses.includes(s)}
              onClick={() => toggle(s)}
            >
              <span className="count-n">{counts[s]}</span> {STATUS_NAMES[s].toLowerCase()}
            </button>
          ))}
        </div>
        <div className="bar-nav" role="group" aria-label="Step through the changes">
          <button
            type="button"
            className="nav-step"
            onClick={onPrevious}
            disabled={total === 0}
            aria-label="Previous change"
            aria-keyshortcuts="p"
          >
            <span aria-hidden="true">◀</span>
          </button>
          <span className="bar-position">{position}</span>
          <button
            type="button"
            className="nav-step"
            onClick={onNext}
            disabled={total === 0}
            aria-label="Next change"
            aria-keyshortcuts="n"
          >
            <span aria-hidden="true">▶</span>
          </button>
          <button
            type="button"
            className="secondary nav-keys"
            aria-haspopup="dialog"
            aria-keyshortcuts="?"
            aria-label="Keyboard shortcuts"
            onClick={onKeys}
          >
            ?
          </button>
        </div>
        {actions ? <div className="bar-actions">{actions}</div> : null}
      </div>
      {map}
    </div>
  );
}
