import { FateReadings } from './fate-readings';
import type { ReactNode } from 'react';
import { formatLabels } from '../core/compare/labels';
import { ROW_KIND_NAMES, type Row, type WordOp } from '../core/compare/rows';
import type { Point, Version } from '../core/model/types';
import { useViewerData } from './data-context';
import { PointBlock } from './point-details';
import { SourceList } from './source-link';
import { WordDiffText, type DiffSide } from './word-diff-text';

export type ViewMode = 'side-by-side' | 'inline';

export interface RowViewProps {
  row: Row;
  left: Version;
  right: Version;
  mode: ViewMode;
  focused?: boolean;
  /** The row's account in words for screen readers (src/core/narrative), once it has loaded. */
  describe?: (row: Row) => string;
  /** Extra UI under a point (notes), supplied by the notes feature. */
  pointExtras?: (version: Version, point: Point, row: Row) => ReactNode;
}

export function rowDomId(row: Row): string {
  return `row-${row.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** The id of the row's visually hidden account in words (its `aria-describedby`). */
export function rowNarrativeId(row: Row): string {
  return `${rowDomId(row)}-narrative`;
}

export function rowTitle(row: Row): string {
  return `${formatLabels(row.left.map((p) => p.label))} → ${formatLabels(row.right.map((p) => p.label))}`;
}

function LinkLine({ row }: { row: Row }) {
  const { source } = useViewerData();
  const link = row.link;
  switch (link.kind) {
    case 'reported':
      return (
        <div className="link-basis">
          <span className="badge badge--basis">Reported link</span>
          {link.note ? ` ${link.note}.` : null}
          <SourceList ids={link.sources} lookup={source} prefix="Reported by" />
        </div>
      );
    case 'inferred':
      return (
        <p className="link-basis">
          <span className="badge badge--basis">Inferred by the project</span> no outlet said so
          {link.note ? `; ${link.note}` : ''}.
        </p>
      );
    case 'engine':
      return (
        <p className="link-basis">
          <span className="badge badge--basis">Matched by text</span>{' '}
          {Math.round(link.similarity * 100)}% similar
          {row.explain.length ? ` · ${row.explain.join(' · ')}` : ''}
        </p>
      );
    case 'fate':
    case 'none':
      return null;
    default: {
      const never: never = link;
      return never;
    }
  }
}

function FateCell({ row, version }: { row: Row; version: Version }) {
  const { source } = useViewerData();
  if (!row.fate) {
    return (
      <p className="fate fate--not-reported">
        <strong>Not reported.</strong> No outlet reported what became of this point in{' '}
        {version.title}.
      </p>
    );
  }
  return (
    <div className="fate">
      <FateReadings readings={row.fate} lookup={source} />
    </div>
  );
}

function Cell({
  version,
  points,
  row,
  ops,
  side,
  pointExtras,
}: {
  version: Version;
  points: readonly Point[];
  row: Row;
  ops: readonly WordOp[] | undefined;
  side: DiffSide;
  pointExtras: RowViewProps['pointExtras'];
}) {
  if (points.length === 0) {
    // A reported fate (or the lack of one) says more than "not in this version".
    if (!row.fate && row.kind !== 'not-reported') {
      return (
        <div className="cell cell--empty">
          <p className="absent">
            <span aria-hidden="true">—</span> Not in {version.title}.
          </p>
        </div>
      );
    }
    return (
      <div className="cell cell--fate">
        <FateCell row={row} version={version} />
      </div>
    );
  }
  // One point per side: mark the words inside it. Several (merge/split): the joined text is marked once.
  if (ops && points.length > 1) {
    return (
      <div className="cell">
        <p className="point-text point-text--joined">
          <span className="point-label">{formatLabels(points.map((p) => p.label))} (joined).</span>{' '}
          <WordDiffText ops={ops} side={side} />
        </p>
        {points.map((p) => (
          <PointBlock
            key={p.label}
            versionId={version.id}
            point={p}
            body={p.text}
            extras={pointExtras?.(version, p, row)}
          />
        ))}
      </div>
    );
  }
  return (
    <div className="cell">
      {points.map((p) => (
        <PointBlock
          key={p.label}
          versionId={version.id}
          point={p}
          body={ops ? <WordDiffText ops={ops} side={side} /> : undefined}
          extras={pointExtras?.(version, p, row)}
        />
      ))}
    </div>
  );
}

/** One aligned row: labels on both sides, a kind badge in words, word marks, sources. */
export function RowView({ row, left, right, mode, focused, pointExtras, describe }: RowViewProps) {
  const ops = row.words?.kind === 'words' ? row.words.ops : undefined;
  const titleId = `${rowDomId(row)}-title`;
  // The row's account in words (src/core/narrative), read after its name when it gets focus.
  const narrative = describe?.(row);
  const narrativeId = rowNarrativeId(row);
  return (
    <li
      id={rowDomId(row)}
      className={`row row--${row.kind}${focused ? ' row--focused' : ''}`}
      data-row-kind={row.kind}
      data-row-key={row.key}
      aria-labelledby={titleId}
      aria-describedby={narrative ? narrativeId : undefined}
      tabIndex={-1}
    >
      <div className="row-head">
        <h3 id={titleId} className="row-title">
          <span className="sr-only">Point </span>
          {rowTitle(row)}
        </h3>
        <span className={`badge badge--kind badge--${row.kind}`}>{ROW_KIND_NAMES[row.kind]}</span>
        {row.moved ? <span className="badge badge--moved">Moved</span> : null}
        {row.words?.kind === 'rewritten' ? (
          <span className="badge badge--flag" title={row.words.reason}>
            Rewritten: {row.words.reason}
          </span>
        ) : null}
      </div>
      {narrative ? (
        <p id={narrativeId} className="sr-only row-narrative">
          {narrative}
        </p>
      ) : null}
      <LinkLine row={row} />
      <div className={mode === 'side-by-side' ? 'cells' : 'cells cells--inline'}>
        {/* Inline: the whole change once, in reading order; the cells then hold the points' details. */}
        {mode === 'inline' && ops ? (
          <p className="point-text">
            <WordDiffText ops={ops} side="both" />
          </p>
        ) : null}
        {(['left', 'right'] as const).map((side) => (
          <Cell
            key={side}
            version={side === 'left' ? left : right}
            points={row[side]}
            row={row}
            ops={mode === 'side-by-side' ? ops : undefined}
            side={side}
            pointExtras={pointExtras}
          />
        ))}
      </div>
    </li>
  );
}
