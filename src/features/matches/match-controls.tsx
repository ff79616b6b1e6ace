/**
 * Under a possible match (an engine pairing it is not sure of): Confirm / Reject, whose accessible
 * names say which two points are decided. Under a row the reader decided: Undo. A decision is kept
 * with the reader's notes (src/store/decisions-slice.ts); a failed save says why and changes
 * nothing.
 */
import { useState } from 'react';
import { isPossibleMatch } from '../../core/compare/decisions';
import { formatLabels } from '../../core/compare/labels';
import type { Row } from '../../core/compare/rows';
import { pointId, type Version } from '../../core/model/types';
import { appStore } from '../../store/app-store';

/** "US 28-point draft point 6": a side of the row, named for a screen reader. */
function sideName(version: Version, row: Row, side: 'left' | 'right'): string {
  const labels = row[side].map((p) => p.label);
  return `${version.title} ${labels.length > 1 ? 'points' : 'point'} ${formatLabels(labels)}`;
}

export function MatchControls({ row, left, right }: { row: Row; left: Version; right: Version }) {
  const [problem, setProblem] = useState<string | null>(null);
  const both = `${sideName(left, row, 'left')} and ${sideName(right, row, 'right')}`;
  const ids = (version: Version, side: 'left' | 'right') =>
    row[side].map((p) => pointId(version.id, p.label));

  const decide = (verdict: 'confirmed' | 'rejected') => {
    const result = appStore.getState().decideMatch(ids(left, 'left'), ids(right, 'right'), verdict);
    setProblem(result.ok ? null : result.message);
  };

  if (isPossibleMatch(row)) {
    return (
      <div className="match-controls" role="group" aria-label={`Possible match: ${both}`}>
        <button
          type="button"
          className="secondary"
          aria-label={`Confirm that ${both} are the same point`}
          onClick={() => decide('confirmed')}
        >
          Confirm
        </button>
        <button
          type="button"
          className="secondary"
          aria-label={`Reject: ${both} are not the same point`}
          onClick={() => decide('rejected')}
        >
          Reject
        </button>
        {problem ? <p role="alert">{problem}</p> : null}
      </div>
    );
  }
  if (row.basis.kind !== 'reader' || row.basis.by !== 'you') return null;
  // A rejected pairing is shown as two rows, each with one side: both take the decision back.
  const decided =
    row.basis.verdict === 'confirmed'
      ? both
      : row.left.length > 0
        ? sideName(left, row, 'left')
        : sideName(right, row, 'right');
  const decision = row.basis.decision;
  const undo = () => {
    const result = appStore.getState().forgetDecision(decision);
    setProblem(result.ok ? null : result.message);
  };
  return (
    <div className="match-controls">
      <button
        type="button"
        className="secondary"
        aria-label={`Undo your decision on ${decided}`}
        onClick={undo}
      >
        Undo my decision
      </button>
      {problem ? <p role="alert">{problem}</p> : null}
    </div>
  );
}
