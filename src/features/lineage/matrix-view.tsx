import type { ReactNode } from 'react';
import { formatLabels } from '../../core/compare/labels';
import {
  cellHeadline,
  topicTrail,
  type MatrixCell,
  type TopicMatrix,
} from '../../core/lineage/topic-matrix';
import { TOPIC_NAMES, type Topic } from '../../core/model/topics';
import type { SourceLookup } from '../../core/model/sources';
import { dateText } from '../../core/model/types';
import { MatrixDetails } from './matrix-details';
import type { Nav, ViewPatch } from './nav';

export interface MatrixViewProps {
  matrix: TopicMatrix;
  /** The chosen row, and with `version` the chosen cell (from the URL). */
  topic: Topic | null;
  version: string | null;
  onSelect: (topic: Topic, version: string) => void;
  compareFor: (cell: MatrixCell, label: string) => ViewPatch | null;
  nav: Nav;
  lookup: SourceLookup;
  exports?: ReactNode;
}

const isChanged = (cell: MatrixCell) =>
  cell.change.kind === 'changed' || cell.change.kind === 'reported-change';

function CellButton({
  cell,
  selected,
  onSelect,
  lookup,
}: {
  cell: MatrixCell;
  selected: boolean;
  onSelect: () => void;
  lookup: SourceLookup;
}) {
  const { content } = cell;
  if (content.kind === 'not-reported') return <span className="matrix-empty">Not reported</span>;
  const labels =
    content.kind === 'points'
      ? content.points.map((p) => p.label)
      : content.fates.flatMap((f) => f.points);
  return (
    <button type="button" className="matrix-cell" aria-pressed={selected} onClick={onSelect}>
      <span
        className={
          content.kind === 'points' && !content.figures.length ? 'matrix-words' : 'matrix-headline'
        }
      >
        {cellHeadline(cell, lookup)}
      </span>{' '}
      <span className="matrix-points">
        {`${content.kind === 'points' ? 'Point' : 'Reported on point'}${labels.length > 1 ? 's' : ''} ${formatLabels(labels)}`}
      </span>{' '}
      {isChanged(cell) ? <span className="badge badge--changed">Changed</span> : null}{' '}
      <span className="sr-only">{`— ${TOPIC_NAMES[cell.topic]}, ${cell.version.title}: follow to the points`}</span>
    </button>
  );
}

/** Topics × versions in a real table; each cell with something to say opens its points below. */
export function MatrixView({
  matrix,
  topic,
  version,
  onSelect,
  compareFor,
  nav,
  lookup,
  exports,
}: MatrixViewProps) {
  const selected = matrix.rows
    .find((r) => r.topic === topic)
    ?.cells.find((c) => c.version.id === version);
  return (
    <section className="lineage" aria-labelledby="matrix-title">
      <h2 id="matrix-title">Topic matrix</h2>
      <p className="lineage-intro">
        What each version says on each topic, with figures exactly as reported. Cells marked
        “Changed” differ from the previous version; “Not reported” means no public text or report.
        Choose a cell to follow it to its points.
      </p>
      <div className="lineage-controls">{exports}</div>
      <div className="matrix-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
        <table className="matrix">
          <caption id="matrix-caption">Topics by version</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              {matrix.versions.map((v) => (
                <th scope="col" key={v.id}>
                  {v.title}
                  <time className="matrix-date" dateTime={v.date}>
                    {dateText(v)}
                  </time>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => {
              const trail = topicTrail(row, lookup);
              return (
                <tr
                  key={row.topic}
                  className={row.topic === topic ? 'matrix-row--chosen' : undefined}
                >
                  <th scope="row">
                    {TOPIC_NAMES[row.topic]}
                    {trail ? <span className="matrix-trail">{trail}</span> : null}
                    <span className="matrix-cue" aria-hidden="true">
                      Swipe for every version →
                    </span>
                  </th>
                  {row.cells.map((cell) => (
                    <td
                      key={cell.version.id}
                      data-version={`${cell.version.title}, ${dateText(cell.version)}`}
                      className={isChanged(cell) ? 'matrix-td--changed' : undefined}
                    >
                      <CellButton
                        cell={cell}
                        selected={cell === selected}
                        onSelect={() => onSelect(row.topic, cell.version.id)}
                        lookup={lookup}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {selected ? (
        <MatrixDetails
          cell={selected}
          compareFor={compareFor}
          titleOf={(id) => matrix.versions.find((v) => v.id === id)?.title ?? id}
          nav={nav}
          lookup={lookup}
        />
      ) : (
        <p className="absent">Choose a cell to see its points and sources.</p>
      )}
    </section>
  );
}
