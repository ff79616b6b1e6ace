import { FateReadings } from '../../ui/fate-readings';
import { formatLabels } from '../../core/compare/labels';
import { changeText } from '../../core/lineage/describe';
import type { HistoryStep, StepLink } from '../../core/lineage/lineage';
import type { SourceLookup } from '../../core/model/sources';
import { COMPLETENESS_NAMES, dateText } from '../../core/model/types';
import { PointBlock } from '../../ui/point-details';
import { SourceList } from '../../ui/source-link';
import { WordDiffText } from '../../ui/word-diff-text';
import { compareTo, NavLink, type Nav } from './nav';

/** How the step is known to be the chosen point's counterpart, with the sources where reported. */
function LinkLine({ link, lookup }: { link: StepLink; lookup: SourceLookup }) {
  switch (link.kind) {
    case 'selected':
      return <p className="link-basis">The point you chose.</p>;
    case 'reported':
      return (
        <div className="link-basis">
          <span className="badge badge--basis">Reported link</span>
          {link.notes.length ? ` ${link.notes.join('; ')}.` : null}
          <SourceList ids={link.sources} lookup={lookup} prefix="Reported by" />
        </div>
      );
    case 'inferred':
      return (
        <p className="link-basis">
          <span className="badge badge--basis">Inferred by the project</span> no outlet said so
          {link.notes.length ? `; ${link.notes.join('; ')}` : ''}.
        </p>
      );
    case 'engine':
      return (
        <p className="link-basis">
          <span className="badge badge--basis">Matched by text</span>{' '}
          {Math.round(link.similarity * 100)}% similar; no outlet or project record links them.
        </p>
      );
    case 'fate':
      return (
        <div className="fate">
          <FateReadings readings={link.readings} lookup={lookup} />
        </div>
      );
    case 'not-reported':
    case 'none':
      return null;
    default: {
      const never: never = link;
      return never;
    }
  }
}

function Absent({ step }: { step: HistoryStep }) {
  const { version, change } = step;
  switch (change.kind) {
    case 'not-reported':
      return (
        <p className="fate fate--not-reported">
          <strong>Not reported.</strong>{' '}
          {version.points.length
            ? `Not among the ${version.points.length} known points of this version; a counterpart, if any, is not public.`
            : 'No outlet reported what became of this point in this version.'}
        </p>
      );
    case 'no-counterpart':
      return <p className="absent">No counterpart in this version.</p>;
    case 'dropped':
      return <p className="absent">Dropped: no counterpart in this version.</p>;
    default:
      return null;
  }
}

/** One version in a point's history: text and word marks, the change, the link and its sources. */
export function HistoryStepView({
  step,
  previous,
  nav,
  lookup,
}: {
  step: HistoryStep;
  previous: readonly HistoryStep[];
  nav: Nav;
  lookup: SourceLookup;
}) {
  const { version, change, points } = step;
  const title = (id: string) =>
    [...previous, step].find((s) => s.version.id === id)?.version.title ?? id;
  const headingId = `history-step-${version.id}`;
  const ops = step.words?.kind === 'words' && change.kind !== 'unchanged' ? step.words.ops : null;
  const first = points[0];
  return (
    <li
      className={`history-step history-step--${change.kind}`}
      aria-labelledby={headingId}
      data-version-id={version.id}
    >
      <div className="history-step-head">
        <time dateTime={version.date}>{dateText(version)}</time>
        <h3 id={headingId}>
          {version.title}
          {points.length ? `: point ${formatLabels(points.map((p) => p.label))}` : ''}
        </h3>
        <span className="badge">{COMPLETENESS_NAMES[version.completeness]}</span>
        <span className={`badge badge--step badge--step-${change.kind}`}>
          {changeText(change, title)}
        </span>
      </div>
      <LinkLine link={step.link} lookup={lookup} />
      {step.via.length ? (
        <p className="link-basis">Linked through: {step.via.map(title).join(' → ')}.</p>
      ) : null}
      {points.map((p) => (
        <PointBlock key={p.label} version={version} point={p} />
      ))}
      {ops && step.against ? (
        <p className="history-words">
          <span className="sources-label">Word changes since {title(step.against)}: </span>
          <WordDiffText ops={ops} side="both" />
        </p>
      ) : null}
      {step.words?.kind === 'rewritten' ? (
        <p className="absent">Rewritten: {step.words.reason}</p>
      ) : null}
      <Absent step={step} />
      {first && step.against ? (
        <p className="history-actions">
          <NavLink
            nav={nav}
            to={compareTo(step.against, version.id, { side: 'right', label: first.label })}
          >
            Compare with {title(step.against)}
          </NavLink>
        </p>
      ) : null}
    </li>
  );
}
