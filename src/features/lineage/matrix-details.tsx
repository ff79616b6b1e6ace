import { FateReadings } from '../../ui/fate-readings';
import { useEffect, useRef } from 'react';
import { changeText } from '../../core/compare/claims';
import { basisPhrase } from '../../core/compare/claim-phrases';
import { formatLabels } from '../../core/compare/labels';
import { cellComparisonText } from '../../core/lineage/describe';
import type { MatrixCell } from '../../core/lineage/topic-matrix';
import { capitalize, type SourceLookup } from '../../core/model/sources';
import { TOPIC_NAMES } from '../../core/model/topics';
import { PointBlock } from '../../ui/point-details';
import { SourceList } from '../../ui/source-link';
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

/**
 * The chosen cell: what it is compared against, its points with sources, and the points of the
 * earlier version that have no counterpart here (dropped, open, unknown, not reported), each with
 * its status, how it is known, and a way to follow it.
 */
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
  const c = cell.comparison;
  const against = c.kind === 'compared' ? c.against : null;
  const elsewhere = c.kind === 'compared' ? c.rows.filter((r) => r.right.length === 0) : [];
  return (
    <section className="matrix-details" aria-labelledby="matrix-details-title" ref={ref}>
      <h3 id="matrix-details-title">
        {TOPIC_NAMES[cell.topic]} in the {cell.version.title}
      </h3>
      <p className="link-basis">{cellComparisonText(c, titleOf)}.</p>
      {cell.points.map((p) => (
        <div key={p.label} className="matrix-point">
          <PointBlock version={cell.version} point={p} />
          <PointLinks
            versionId={cell.version.id}
            label={p.label}
            compare={compareFor(cell, p.label)}
            nav={nav}
          />
        </div>
      ))}
      {against
        ? elsewhere.map((row) => {
            const labels = row.left.map((p) => p.label);
            return (
              <div key={row.key} className="fate">
                <p>
                  <strong>
                    {`${labels.length > 1 ? 'Points' : 'Point'} ${formatLabels(labels)} of the ${titleOf(against)}: ${row.kind.replace('-', ' ')}`}
                  </strong>
                  {row.readings || row.basis.kind === 'none' || row.basis.kind === 'reported'
                    ? null
                    : ` — ${basisPhrase(row.basis, lookup, titleOf)}`}
                  {row.change ? ` (${changeText(row.change)})` : ''}
                  {row.note ? `. ${capitalize(row.note)}` : ''}
                </p>
                {row.readings ? <FateReadings readings={row.readings} lookup={lookup} /> : null}
                {row.basis.kind === 'reported' && !row.readings ? (
                  <SourceList ids={row.basis.sources} lookup={lookup} prefix="Reported by" />
                ) : null}
                {labels.map((label) => (
                  <PointLinks
                    key={label}
                    versionId={against}
                    label={label}
                    of={` of the ${titleOf(against)}`}
                    compare={compareFor(cell, label)}
                    nav={nav}
                  />
                ))}
              </div>
            );
          })
        : null}
      {!cell.points.length && !elsewhere.length ? (
        <p className="fate fate--not-reported">Nothing on this topic.</p>
      ) : null}
    </section>
  );
}
