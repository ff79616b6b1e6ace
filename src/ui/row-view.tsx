import { memo, type ReactNode, type Ref } from 'react';
import { changeLabel, changeText, percent } from '../core/compare/claims';
import { formatLabels } from '../core/compare/labels';
import { isChange, STATUS_NAMES, type Row, type WordOp } from '../core/compare/rows';
import type { Point, Version } from '../core/model/types';
import type { ViewMode } from '../core/url/view-state';
import { useViewerData } from './data-context';
import { FateReadings } from './fate-readings';
import { PointBlock } from './point-details';
import { SourceList } from './source-link';
import { WordDiffText, WordingText, type DiffSide } from './word-diff-text';

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
  /** The version the comparison's rows were joined through, if any (`Comparison.via`). */
  via?: Version;
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

/**
 * Props equal for `memo`: the list item's attributes by value (the windowed list makes a new
 * object for them on every scroll), everything else by identity.
 */
function sameRowProps(a: RowViewProps, b: RowViewProps): boolean {
  for (const key of Object.keys({ ...a, ...b }) as Array<keyof RowViewProps>) {
    if (key === 'item') continue;
    if (a[key] !== b[key]) return false;
  }
  const x = a.item ?? {};
  const y = b.item ?? {};
  return (
    x.ref === y.ref &&
    x['data-index'] === y['data-index'] &&
    x['aria-posinset'] === y['aria-posinset'] &&
    x['aria-setsize'] === y['aria-setsize']
  );
}

/** "Merged (changed)", "Unknown": the status badge's words. */
export function statusLabel(row: Row): string {
  switch (row.kind) {
    case 'merged':
    case 'split':
      return `${STATUS_NAMES[row.kind]} (${row.content === 'unknown' ? 'change unknown' : row.content})`;
    case 'unchanged':
    case 'kept':
    case 'changed':
    case 'dropped':
    case 'added':
    case 'open':
    case 'unknown':
    case 'not-reported':
      return STATUS_NAMES[row.kind];
    default:
      return row satisfies never;
  }
}

/** The engine's reasons, minus what the line already says ("62% similar" once, not twice). */
function reasons(row: Row, similar: string): string[] {
  return row.explain.filter((e) => e !== similar && e !== 'recorded correspondence');
}

/** How the row's claim is known, in one line in its head: reported (outlets), inferred, matched. */
function BasisLine({ row, via }: { row: Row; via?: Version | undefined }) {
  const { source } = useViewerData();
  const basis = row.basis;
  switch (basis.kind) {
    case 'reported':
      // Fate rows list their sources with each reading.
      return row.readings ? null : (
        <div className="link-basis">
          <span className="badge badge--basis">Reported</span>
          <SourceList ids={basis.sources} lookup={source} prefix="Reported by" compact />
        </div>
      );
    case 'inferred':
      return (
        <p className="link-basis">
          <span className="badge badge--basis">Inferred by the project</span>{' '}
          {basis.via
            ? `through the ${via?.id === basis.via ? via.title : basis.via}: no link is recorded between these two versions`
            : 'no outlet said so'}
          .
        </p>
      );
    case 'engine': {
      const similar =
        basis.similarity === undefined
          ? 'no counterpart found'
          : `${percent(basis.similarity)} similar`;
      const more = reasons(row, similar);
      return (
        <p className="link-basis">
          <span className="badge badge--basis">Matched by text</span> {similar}; the engine&apos;s
          judgement, no link is recorded
          {more.length ? ` · ${more.join(' · ')}` : ''}
        </p>
      );
    }
    case 'none':
      return null;
    default:
      return basis satisfies never;
  }
}

/** What the other side says when it has no point of this row. */
function EmptyCell({ row, version }: { row: Row; version: Version }) {
  const { source, isImported } = useViewerData();
  if (row.readings) {
    return (
      <div className="fate">
        <FateReadings readings={row.readings} lookup={source} compact />
      </div>
    );
  }
  const absent = (text: string) => (
    <p className="absent">
      <span aria-hidden="true">—</span> {text}
    </p>
  );
  switch (row.kind) {
    case 'not-reported':
      return (
        <p className="fate fate--not-reported">
          <strong>Not reported.</strong> No outlet reported what became of this point in{' '}
          {version.title}.
        </p>
      );
    case 'dropped':
      return absent(`Dropped: not in ${version.title}.`);
    case 'added':
      return absent(`Not in ${version.title}.`);
    case 'unknown':
      if (row.why === 'incomplete')
        return absent(
          isImported(version.id)
            ? 'Not in the pasted text: whether the draft has it is not known.'
            : `Not among the ${version.points.length} known points of ${version.title}: what became of it is not known.`,
        );
      return absent(`Unknown: ${version.title} does not mention it.`);
    case 'unchanged':
    case 'kept':
    case 'changed':
    case 'merged':
    case 'split':
    case 'open':
      return absent(`Not in ${version.title}.`);
    default:
      return row satisfies never;
  }
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
    return (
      <div
        className={
          row.readings || row.kind === 'not-reported' ? 'cell cell--fate' : 'cell cell--empty'
        }
      >
        {name}
        <EmptyCell row={row} version={version} />
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
 * Our two summaries worded differently: not a reported change, so nothing is struck through. Behind
 * a disclosure: each summary in full, named, with the words only it has in muted italics.
 */
function Wording({ ops, left, right }: { ops: readonly WordOp[]; left: Version; right: Version }) {
  return (
    <details className="wording">
      <summary>Worded differently in our summaries (not a reported change)</summary>
      <p className="wording-text">
        <strong>{left.title}:</strong> <WordingText ops={ops} side="left" />
      </p>
      <p className="wording-text">
        <strong>{right.title}:</strong> <WordingText ops={ops} side="right" />
      </p>
      <p className="wording-key">Words in italics are only in that summary.</p>
    </details>
  );
}

/**
 * One row: its labels and a "#" link, its status in words (a badge), how that is known, the change
 * as a source states it, the texts (word marks where they are aligned, else our summaries' wording
 * behind a disclosure) and sources. Memoised: stepping through the changes re-renders the list,
 * and a row's props rarely change.
 */
export const RowView = memo(function RowView({
  row,
  left,
  right,
  mode,
  focused,
  pointExtras,
  describe,
  via,
  href,
  onAnchor,
  item,
}: RowViewProps) {
  const marks = row.words?.kind === 'words' ? row.words.ops : undefined;
  // Word marks show a change only where the texts are aligned; else they are our wording.
  const ops = row.wording === 'changes' ? marks : undefined;
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
      className={`row row--${row.kind}${focused ? ' row--focused' : ''}`}
      data-row-kind={row.kind}
      data-basis={row.basis.kind}
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
        <span className={`badge badge--kind badge--${row.kind}`}>{statusLabel(row)}</span>
        {row.moved ? <span className="badge badge--moved">Moved</span> : null}
        {row.disputed ? <span className="badge badge--flag">Disputed</span> : null}
        {row.words?.kind === 'rewritten' ? (
          <span className="badge badge--flag" title={row.words.reason}>
            Rewritten: {row.words.reason}
          </span>
        ) : null}
        <BasisLine row={row} via={via} />
      </div>
      {narrative ? (
        <p id={narrativeId} className="sr-only row-narrative">
          {narrative}
        </p>
      ) : null}
      {row.change ? (
        <p className="reported-change">
          <strong>{changeLabel(row.basis)}:</strong> {changeText(row.change)}
        </p>
      ) : null}
      {row.note ? <p className="link-basis row-note">{row.note}</p> : null}
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
      {marks && row.wording === 'summaries' ? (
        <Wording ops={marks} left={left} right={right} />
      ) : null}
    </li>
  );
}, sameRowProps);
