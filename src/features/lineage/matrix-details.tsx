import { FateReadings } from '../../ui/fate-readings';
import { useEffect, useRef } from 'react';
import { cellChangeText } from '../../core/lineage/describe';
import type { MatrixCell } from '../../core/lineage/topic-matrix';
import type { SourceLookup } from '../../core/model/sources';
import { TOPIC_NAMES } from '../../core/model/topics';
import { PointBlock } from '../../ui/point-details';
import { NavLink, type Nav, type ViewPatch } from './nav';

function PointLinks({
  versionId,
  label,
  of = '',
  compare,
  nav,
}: {
  versionId: string;
  label: string;
  /** " of the US 28-point draft" when the point belongs to another version than the cell's. */
  of?: string;
  compare: ViewPatch | null;
  nav: Nav;
}) {
  return (
    <p className="history-actions">
      {compare ? (
        <NavLink nav={nav} to={compare}>
          Open point {label}
          {of} in the comparison
        </NavLink>
      ) : null}
      <NavLink nav={nav} to={{ panel: { kind: 'history', version: versionId, label } }}>
        History of point {label}
        {of}
      </NavLink>
    </p>
  );
}

/** The chosen cell: its points with sources, or the reported fates, each with a way to follow it. */
export function MatrixDetails({
  cell,
  compareFor,
  titleOf,
  nav,
  lookup,
}: {
  cell: MatrixCell;
  compareFor: (cell: MatrixCell, label: string) => ViewPatch | null;
  titleOf: (id: string) => string;
  nav: Nav;
  lookup: SourceLookup;
}) {
  const ref = useRef<HTMLElement>(null);
  const key = `${cell.topic}:${cell.version.id}`;
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [key]);
  const { content } = cell;
  return (
    <section className="matrix-details" aria-labelledby="matrix-details-title" ref={ref}>
      <h3 id="matrix-details-title">
        {TOPIC_NAMES[cell.topic]} in the {cell.version.title}
      </h3>
      <p className="link-basis">{cellChangeText(cell.change, titleOf)}</p>
      {content.kind === 'points'
        ? content.points.map((p) => (
            <div key={p.label} className="matrix-point">
              <PointBlock version={cell.version} point={p} />
              <PointLinks
                versionId={cell.version.id}
                label={p.label}
                compare={compareFor(cell, p.label)}
                nav={nav}
              />
            </div>
          ))
        : null}
      {content.kind === 'fate'
        ? content.fates.map((f) => (
            <div key={f.points.join(',')} className="fate">
              <FateReadings readings={f.readings} lookup={lookup} />
              {f.points.map((label) => (
                <PointLinks
                  key={label}
                  versionId={content.basedOn}
                  label={label}
                  of={` of the ${titleOf(content.basedOn)}`}
                  compare={compareFor(cell, label)}
                  nav={nav}
                />
              ))}
            </div>
          ))
        : null}
      {content.kind === 'not-reported' ? (
        <p className="fate fate--not-reported">Not reported.</p>
      ) : null}
    </section>
  );
}
