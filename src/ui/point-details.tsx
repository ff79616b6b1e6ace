import type { ReactNode } from 'react';
import { FLAG_NAMES, type Point } from '../core/model/types';
import { TOPIC_NAMES } from '../core/model/topics';
import { SourceList } from './source-link';
import { useViewerData } from './data-context';
import { Isolate, IsolateContent } from './isolate';

/** Topic tags, flags, other readings and sources of one point. */
export function PointDetails({ point }: { point: Point }) {
  const { source } = useViewerData();
  return (
    <div className="point-details">
      <ul className="topics" aria-label="Topics">
        {point.topics.map((t) => (
          <li key={t} className="tag">
            {TOPIC_NAMES[t]}
          </li>
        ))}
      </ul>
      {point.flags?.map((flag, i) => (
        <div key={i} className={`flag flag--${flag.kind}`}>
          <strong className="badge badge--flag">{FLAG_NAMES[flag.kind]}</strong>{' '}
          <Isolate text={flag.note} />
          <SourceList ids={flag.sources} lookup={source} />
        </div>
      ))}
      {point.alternatives?.map((alt, i) => (
        <div key={i} className="alternative">
          <span className="badge badge--flag">Other reading</span> <Isolate text={alt.text} />
          <SourceList ids={alt.sources} lookup={source} />
        </div>
      ))}
      <SourceList ids={point.sources} lookup={source} />
    </div>
  );
}

/** A point in a cell: its label, its text (or word-marked text), and its details. */
export function PointBlock({
  versionId,
  point,
  body,
  extras,
}: {
  versionId: string;
  point: Point;
  body?: ReactNode;
  extras?: ReactNode;
}) {
  return (
    <div className="point" data-point-id={`${versionId}:${point.label}`}>
      <p className="point-text">
        <span className="point-label">
          <Isolate text={point.label} />.
        </span>{' '}
        <IsolateContent text={point.text}>{body ?? point.text}</IsolateContent>
      </p>
      <PointDetails point={point} />
      {extras}
    </div>
  );
}
