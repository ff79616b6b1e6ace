import { FateReadings } from '../../ui/fate-readings';
import { changeLabel, changeText } from '../../core/compare/claims';
import { formatLabels } from '../../core/compare/labels';
import { stepPairText, stepStatusText } from '../../core/lineage/describe';
import type { HistoryStep } from '../../core/lineage/lineage';
import type { SourceLookup } from '../../core/model/sources';
import { COMPLETENESS_NAMES, dateText, type Version } from '../../core/model/types';
import type { Row } from '../../core/compare/rows';
import { PointBlock } from '../../ui/point-details';
import { SourceList } from '../../ui/source-link';
import { WordDiffText } from '../../ui/word-diff-text';
import { compareTo, NavLink, type Nav } from './nav';

/** How the step's status is known, with the sources where reported (as in the comparison). */
function BasisLine({ row, via, lookup }: { row: Row; via?: Version; lookup: SourceLookup }) {
  const basis = row.basis;
  switch (basis.kind) {
    case 'reported':
      return row.readings ? (
        <div className="fate">
          <FateReadings readings={row.readings} lookup={lookup} />
        </div>
      ) : (
        <div className="link-basis">
          <span className="badge badge--basis">Reported</span>
          <SourceList ids={basis.sources} lookup={lookup} prefix="Reported by" />
        </div>
      );
    case 'inferred':
      return (
        <p className="link-basis">
          <span className="badge badge--basis">Inferred by the project</span>{' '}
          {basis.via
            ? `through the ${via?.title ?? basis.via}: no link is recorded between these two versions`
            : 'no outlet said so'}
          .
        </p>
      );
    case 'engine':
      return (
        <p className="link-basis">
          <span className="badge badge--basis">Matched by text</span>{' '}
          {basis.similarity === undefined
            ? 'no counterpart found'
            : `${Math.round(basis.similarity * 100)}% similar`}
          ; no outlet or project record links them.
        </p>
      );
    case 'none':
      return null;
    default:
      return basis satisfies never;
  }
}

/** What the step says when this version has no counterpart of the point. */
function Absent({ step, row }: { step: HistoryStep; row: Row }) {
  const { version } = step;
  switch (row.kind) {
    case 'not-reported':
      return (
        <p className="fate fate--not-reported">
          <strong>Not reported.</strong> No outlet reported what became of this point in this
          version.
        </p>
      );
    case 'unknown':
      return row.readings ? null : (
        <p className="absent">
          {row.why === 'incomplete'
            ? `Not among the ${version.points.length} known points of this version: what became of it is not known.`
            : 'This version does not mention it: what became of it is not known.'}
        </p>
      );
    case 'dropped':
    case 'added':
      return <p className="absent">No counterpart in this version.</p>;
    case 'open':
    case 'changed':
    case 'kept':
    case 'unchanged':
    case 'merged':
    case 'split':
      return null;
    default:
      return row satisfies never;
  }
}

/**
 * One version in a point's history: its counterparts, and the row of the comparison between this
 * version and the chosen point's (status, how it is known, the change as stated, word marks where
 * the texts are aligned), with a link to that comparison.
 */
export function HistoryStepView({
  step,
  origin,
  label,
  nav,
  lookup,
}: {
  step: HistoryStep;
  origin: Version;
  /** The chosen point's label in `origin`. */
  label: string;
  nav: Nav;
  lookup: SourceLookup;
}) {
  const { version, points, relation } = step;
  const row = relation.kind === 'chosen' ? undefined : relation.row;
  const via = relation.kind === 'chosen' ? undefined : relation.via;
  const headingId = `history-step-${version.id}`;
  const ops = row?.words?.kind === 'words' && row.wording === 'changes' ? row.words.ops : null;
  const statusKind = row ? row.kind : 'chosen';
  const older = relation.kind === 'earlier' ? version.id : origin.id;
  const newer = relation.kind === 'earlier' ? origin.id : version.id;
  // The comparison puts the older version on the left; focus the chosen point there.
  const focus = {
    side: relation.kind === 'earlier' ? ('right' as const) : ('left' as const),
    label,
  };
  return (
    <li
      className={`history-step history-step--${statusKind}`}
      aria-labelledby={headingId}
      data-version-id={version.id}
      data-step-kind={statusKind}
    >
      <div className="history-step-head">
        <time dateTime={version.date}>{dateText(version)}</time>
        <h3 id={headingId}>
          {version.title}
          {points.length ? `: point ${formatLabels(points.map((p) => p.label))}` : ''}
        </h3>
        <span className="badge">{COMPLETENESS_NAMES[version.completeness]}</span>
        <span className={`badge badge--step badge--step-${statusKind}`}>
          {stepStatusText(step, origin)}
        </span>
        {row?.disputed ? <span className="badge badge--flag">Disputed</span> : null}
      </div>
      {row ? (
        <>
          <p className="link-basis">Compared: {stepPairText(step, origin)}.</p>
          <BasisLine row={row} lookup={lookup} {...(via ? { via } : {})} />
          {row.change ? (
            <p className="reported-change">
              <strong>{changeLabel(row.basis)}:</strong> {changeText(row.change)}
            </p>
          ) : null}
          {row.note ? <p className="link-basis row-note">{row.note}</p> : null}
        </>
      ) : (
        <p className="link-basis">The point you chose.</p>
      )}
      {points.map((p) => (
        <PointBlock key={p.label} version={version} point={p} />
      ))}
      {ops ? (
        <p className="history-words">
          <span className="sources-label">Word changes: </span>
          <WordDiffText ops={ops} side="both" />
        </p>
      ) : null}
      {row?.words?.kind === 'rewritten' ? (
        <p className="absent">Rewritten: {row.words.reason}</p>
      ) : null}
      {row && !points.length ? <Absent step={step} row={row} /> : null}
      {row ? (
        <p className="history-actions">
          <NavLink nav={nav} to={compareTo(older, newer, focus)}>
            Compare with {version.title}
          </NavLink>
        </p>
      ) : null}
    </li>
  );
}
