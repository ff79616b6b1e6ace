import { memo, type ReactNode, type Ref } from 'react';
import { isChange, isDisputed, STATUS_NAMES, statusOf } from '../core/compare/answer';
import { formatLabels } from '../core/compare/labels';
import type { Row, WordOp } from '../core/compare/rows';
import type { Point, Version } from '../core/model/types';
import type { ViewMode } from '../core/url/view-state';
import { useViewerData } from './data-context';
import { FateReadings } from './fate-readings';
import { PointBlock } from './point-details';
import { SourceList } from './source-link';
import { WordDiffText, type DiffSide } from './word-diff-text';

/** What a list puts on its items: the virtual list's measuring ref and position. */
export interface ListItemProps {
  ref?: Ref<HTMLLIElement>;
  'data-index'?: number;
  'aria-posinset'?: number;
  'aria-setsize'?: number;
}

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
  /** The link that opens this row (`p=`), for its "#" anchor. */
  href?: string;
  /** A plain click on "#": copy the link and focus the row, instead of reloading the page. */
  onAnchor?: (row: Row) => void;
  item?: ListItemProps;
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

/** The engine's reasons, minus what the line already says ("62% similar" once, not twice). */
function reasons(row: Row, similar: string): string[] {
  return row.explain.filter((e) => e !== similar && e !== 'recorded correspondence');
}

/** How the row's link is known, in one line under its head. */
function LinkLine({ row }: { row: Row }) {
  const { source } = useViewerData();
  const link = row.link;
  switch (link.kind) {
    case 'reported':
      return (
        <div className="link-basis">
          <span className="badge badge--basis">Reported link</span>
          {link.note ? ` ${link.note}.` : null}
          <SourceList ids={link.sources} lookup={source} prefix="Reported by" compact />
        </div>
      );
    case 'inferred':
      return (
        <p className="link-basis">
          <span className="badge badge--basis">Inferred by the project</span> no outlet said so
          {link.note ? `; ${link.note}` : ''}.
        </p>
      );
    case 'engine': {
      const similar = `${Math.round(link.similarity * 100)}% similar`;
      const more = reasons(row, similar);
      return (
        <p className="link-basis">
          <span className="badge badge--basis">Matched by text</span> {similar}
          {more.length ? ` · ${more.join(' · ')}` : ''}
        </p>
      );
    }
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
      <FateReadings readings={row.fate} lookup={source} compact />
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
  textHidden,
}: {
  version: Version;
  points: readonly Point[];
  row: Row;
  ops: readonly WordOp[] | undefined;
  side: DiffSide;
  pointExtras: RowViewProps['pointExtras'];
  /** The text is shown elsewhere (inline layout): only the label, sources and notes. */
  textHidden: boolean;
}) {
  // Stacked on a phone, each half names its version (`.cell-version` shows only there).
  const name = <p className="cell-version">{version.title}</p>;
  if (points.length === 0) {
    // A reported fate (or the lack of one) says more than "not in this version".
    if (!row.fate && row.kind !== 'not-reported') {
      return (
        <div className="cell cell--empty">
          {name}
          <p className="absent">
            <span aria-hidden="true">—</span> Not in {version.title}.
          </p>
        </div>
      );
    }
    return (
      <div className="cell cell--fate">
        {name}
        <FateCell row={row} version={version} />
      </div>
    );
  }
  // One point per side: mark the words inside it. Several (merge/split): the joined text is marked once.
  if (ops && points.length > 1) {
    return (
      <div className="cell">
        {name}
        <p className="point-text point-text--joined">
          <span className="point-label">{formatLabels(points.map((p) => p.label))} (joined).</span>{' '}
          <WordDiffText ops={ops} side={side} />
        </p>
        {/* Each point's own text is in the joined text above: here its label, sources and notes. */}
        {points.map((p) => (
          <PointBlock
            key={p.label}
            version={version}
            point={p}
            extras={pointExtras?.(version, p, row)}
            textHidden
            labelled
          />
        ))}
      </div>
    );
  }
  return (
    <div className="cell">
      {name}
      {points.map((p) => (
        <PointBlock
          key={p.label}
          version={version}
          point={p}
          body={ops ? <WordDiffText ops={ops} side={side} /> : undefined}
          extras={pointExtras?.(version, p, row)}
          textHidden={textHidden}
        />
      ))}
    </div>
  );
}

/**
 * One aligned row: labels, a "#" link, its status in words, how the link is known, the texts.
 * Memoised: stepping through the changes re-renders the list, and a row's props rarely change.
 */
export const RowView = memo(function RowView({
  row,
  left,
  right,
  mode,
  focused,
  pointExtras,
  describe,
  href,
  onAnchor,
  item,
}: RowViewProps) {
  const ops = row.words?.kind === 'words' ? row.words.ops : undefined;
  const status = statusOf(row);
  const titleId = `${rowDomId(row)}-title`;
  // The row's account in words (src/core/narrative), read after its name when it gets focus.
  const narrative = describe?.(row);
  const narrativeId = rowNarrativeId(row);
  const title = rowTitle(row);
  const cells = (textHidden: boolean) =>
    (['left', 'right'] as const).map((side) => (
      <Cell
        key={side}
        version={side === 'left' ? left : right}
        points={row[side]}
        row={row}
        ops={mode === 'side-by-side' ? ops : undefined}
        side={side}
        pointExtras={pointExtras}
        textHidden={textHidden}
      />
    ));
  return (
    <li
      {...item}
      id={rowDomId(row)}
      className={`row row--${status}${focused ? ' row--focused' : ''}`}
      data-row-kind={row.kind}
      data-status={status}
      data-change={isChange(row)}
      data-row-key={row.key}
      aria-labelledby={titleId}
      aria-describedby={narrative ? narrativeId : undefined}
      tabIndex={-1}
    >
      <div className="row-head">
        <h3 id={titleId} className="row-title">
          <span className="sr-only">Point </span>
          {title}
        </h3>
        {href ? (
          <a
            className="row-anchor no-print"
            href={href}
            aria-label={`Copy a link to point ${title}`}
            onClick={(e) => {
              if (!onAnchor || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
              e.preventDefault();
              onAnchor(row);
            }}
          >
            #
          </a>
        ) : null}
        <span className={`badge badge--kind badge--${status}`}>{STATUS_NAMES[status]}</span>
        {row.moved ? <span className="badge badge--moved">Moved</span> : null}
        {isDisputed(row) ? <span className="badge badge--flag">Disputed</span> : null}
        {row.words?.kind === 'rewritten' ? (
          <span className="badge badge--flag" title={row.words.reason}>
            Rewritten: {row.words.reason}
          </span>
        ) : null}
        <LinkLine row={row} />
      </div>
      {narrative ? (
        <p id={narrativeId} className="sr-only row-narrative">
          {narrative}
        </p>
      ) : null}
      {mode === 'inline' && ops ? (
        // Inline: the whole change once, in reading order; the two texts on demand. The points'
        // sources and notes stay in view below it.
        <div className="cells cells--inline">
          <p className="point-text point-text--combined">
            <WordDiffText ops={ops} side="both" />
          </p>
          <details className="both-texts">
            <summary>Show both texts</summary>
            {(['left', 'right'] as const).map((side) => (
              <p key={side} className="point-text">
                <span className="point-label">
                  {(side === 'left' ? left : right).title},{' '}
                  {formatLabels(row[side].map((p) => p.label))}.
                </span>{' '}
                {row[side].map((p) => p.text).join(' ')}
              </p>
            ))}
          </details>
          <div className="cells">{cells(true)}</div>
        </div>
      ) : (
        <div className={mode === 'side-by-side' ? 'cells' : 'cells cells--inline'}>
          {cells(false)}
        </div>
      )}
    </li>
  );
});
