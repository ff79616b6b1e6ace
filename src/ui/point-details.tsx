import type { ReactNode } from 'react';
import { FLAG_NAMES, type Point, type Version } from '../core/model/types';
import { TOPIC_NAMES } from '../core/model/topics';
import { SourceList } from './source-link';
import { useViewerData } from './data-context';
import { Isolate, IsolateContent } from './isolate';

/** Every source of the point is one of the version's own (listed in its header). */
const fromHeader = (ids: readonly string[], version: Version) =>
  ids.length > 0 &&
  ids.every((id) => version.reportedBy.includes(id) || version.claimedBy.includes(id));

/**
 * Flags, other readings, topics and sources of one point, compact: outlets only (the version
 * header has the full labels). Sources that are the version header's own collapse into a
 * "3 sources" chip (every row would repeat them); they are listed in the row when they differ.
 */
export function PointDetails({
  point,
  version,
  lead,
}: {
  point: Point;
  version?: Version;
  /** Put first on the line of topics and sources (the point's label, when its text is elsewhere). */
  lead?: ReactNode;
}) {
  const { source } = useViewerData();
  const asHeader = version !== undefined && fromHeader(point.sources, version);
  return (
    <div className="point-details">
      {point.flags?.map((flag, i) => (
        <div key={i} className={`flag flag--${flag.kind}`}>
          <strong className="badge badge--flag">{FLAG_NAMES[flag.kind]}</strong>{' '}
          <Isolate text={flag.note} />
          <SourceList ids={flag.sources} lookup={source} compact />
        </div>
      ))}
      {point.alternatives?.map((alt, i) => (
        <div key={i} className="alternative">
          <span className="badge badge--flag">Other reading</span> <Isolate text={alt.text} />
          <SourceList ids={alt.sources} lookup={source} compact />
        </div>
      ))}
      <div className="point-foot">
        {lead}
        <ul className="topics" aria-label="Topics">
          {point.topics.map((t) => (
            <li key={t} className="tag">
              {TOPIC_NAMES[t]}
            </li>
          ))}
        </ul>
        {asHeader ? (
          <details className="source-chip">
            <summary>
              {point.sources.length} source{point.sources.length === 1 ? '' : 's'}
              <span className="sr-only"> of the version</span>
            </summary>
            <SourceList ids={point.sources} lookup={source} compact />
          </details>
        ) : (
          <SourceList ids={point.sources} lookup={source} compact />
        )}
      </div>
    </div>
  );
}

/** A point in a cell: its label, its text (or word-marked text), and its details. */
export function PointBlock({
  version,
  point,
  body,
  extras,
  textHidden,
  labelled,
}: {
  version: Version;
  point: Point;
  body?: ReactNode;
  extras?: ReactNode;
  /** The text is shown elsewhere (the inline layout's combined text, a merge's joined text). */
  textHidden?: boolean;
  /** With the text hidden, still name the point (several points share the cell). */
  labelled?: boolean;
}) {
  return (
    <div className="point" data-point-id={`${version.id}:${point.label}`}>
      {textHidden ? null : (
        <p className="point-text">
          <span className="point-label">
            <Isolate text={point.label} />.
          </span>{' '}
          <IsolateContent text={point.text}>{body ?? point.text}</IsolateContent>
        </p>
      )}
      <PointDetails
        point={point}
        version={version}
        lead={
          textHidden && labelled ? (
            <span className="point-label">
              <Isolate text={point.label} />.
            </span>
          ) : null
        }
      />
      {extras}
    </div>
  );
}
