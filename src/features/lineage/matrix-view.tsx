import type { ReactNode } from 'react';
import { formatLabels } from '../../core/compare/labels';
import { CELL_MARK_NAMES } from '../../core/lineage/describe';
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
  cell.comparison.kind === 'compared' && cell.comparison.mark === 'changed';

/** "Changed from US 28-point draft": what the cell's mark is, and what it is compared against. */
function CellMarkText({ cell, titleOf }: { cell: MatrixCell; titleOf: (id: string) => string }) {
  const c = cell.comparison;
  switch (c.kind) {
    case 'compared':
      return c.mark === 'none' ? null : (
        <span className={`badge badge--kind badge--${c.mark}`}>
          {`${CELL_MARK_NAMES[c.mark]} from ${titleOf(c.against)}`}
        </span>
      );
    case 'first':
      return null;
    case 'unlinked':
      return <span className="matrix-against">Not compared</span>;
    default:
      return c satisfies never;
  }
}

function CellButton({
  cell,
  selected,
  onSelect,
  titleOf,
}: {
  cell: MatrixCell;
  selected: boolean;
  onSelect: () => void;
  titleOf: (id: string) => string;
}) {
  const c = cell.comparison;
  const hasRows = c.kind === 'compared' && c.rows.length > 0;
  if (!cell.points.length && !hasRows)
    return (
      <span className="matrix-empty">
        {cell.version.points.length ? 'Nothing on this topic' : 'Not reported'}
      </span>
    );
  const labels = cell.points.map((p) => p.label);
  return (
    <button type="button" className="matrix-cell" aria-pressed={selected} onClick={onSelect}>
      <span
        className={cell.points.length && !cell.figures.length ? 'matrix-words' : 'matrix-headline'}
      >
        {cellHeadline(cell)}
      </span>{' '}
      {labels.length ? (
        <span className="matrix-points">
          {`Point${labels.length > 1 ? 's' : ''} ${formatLabels(labels)}`}
        </span>
      ) : null}{' '}
      <CellMarkText cell={cell} titleOf={titleOf} />{' '}
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
  const titleOf = (id: string) => matrix.versions.find((v) => v.id === id)?.title ?? id;
  return (
    <section className="lineage" aria-labelledby="matrix-title">
      <h2 id="matrix-title">Topic matrix</h2>
      <p className="lineage-intro">
        What each version says on each topic, with figures exactly as reported. A version linked to
        an earlier one is compared with it, as the comparison of the two says (“Changed from US
        28-point draft”); documents no record links are not compared. Choose a cell to follow it to
        its points.
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
              const trail = topicTrail(row);
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
                        titleOf={titleOf}
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
          titleOf={titleOf}
          nav={nav}
          lookup={lookup}
        />
      ) : (
        <p className="absent">Choose a cell to see its points and sources.</p>
      )}
    </section>
  );
}
