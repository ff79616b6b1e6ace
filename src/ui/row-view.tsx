import { FateReadings } from './fate-readings';
import type { ReactNode } from 'react';
import { changeLabel, changeText, percent } from '../core/compare/claims';
import { formatLabels } from '../core/compare/labels';
import { STATUS_NAMES, type Row, type WordOp } from '../core/compare/rows';
import type { Point, Version } from '../core/model/types';
import { useViewerData } from './data-context';
import { PointBlock } from './point-details';
import { SourceList } from './source-link';
import { WordDiffText, WordingText, type DiffSide } from './word-diff-text';

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
  /** The version the comparison's rows were joined through, if any (`Comparison.via`). */
  via?: Version;
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

/** How the row's claim is known: reported (with sources), inferred, matched by text, or nothing. */
function BasisLine({ row, via }: { row: Row; via?: Version }) {
  const { source } = useViewerData();
  const basis = row.basis;
  switch (basis.kind) {
    case 'reported':
      // Fate rows list their sources with each reading.
      return row.readings ? null : (
        <div className="link-basis">
          <span className="badge badge--basis">Reported</span>
          <SourceList ids={basis.sources} lookup={source} prefix="Reported by" />
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
    case 'engine':
      return (
        <p className="link-basis">
          <span className="badge badge--basis">Matched by text</span>{' '}
          {basis.similarity === undefined
            ? 'no counterpart found'
            : `${percent(basis.similarity)} similar`}
          ; the engine's judgement, no link is recorded
          {row.explain.length ? ` · ${row.explain.join(' · ')}` : ''}
        </p>
      );
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
        <FateReadings readings={row.readings} lookup={source} />
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
}: {
  version: Version;
  points: readonly Point[];
  row: Row;
  ops: readonly WordOp[] | undefined;
  side: DiffSide;
  pointExtras: RowViewProps['pointExtras'];
}) {
  if (points.length === 0) {
    return (
      <div
        className={
          row.readings || row.kind === 'not-reported' ? 'cell cell--fate' : 'cell cell--empty'
        }
      >
        <EmptyCell row={row} version={version} />
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
 * One row: its points on both sides, its status in words (a badge), how that is known, the change
 * as a source states it, word marks where the texts are aligned (else our summaries' wording behind
 * a disclosure), sources.
 */
export function RowView({
  row,
  left,
  right,
  mode,
  focused,
  pointExtras,
  describe,
  via,
}: RowViewProps) {
  const marks = row.words?.kind === 'words' ? row.words.ops : undefined;
  // Word marks show a change only where the texts are aligned; else they are our wording.
  const ops = row.wording === 'changes' ? marks : undefined;
  const titleId = `${rowDomId(row)}-title`;
  // The row's account in words (src/core/narrative), read after its name when it gets focus.
  const narrative = describe?.(row);
  const narrativeId = rowNarrativeId(row);
  return (
    <li
      id={rowDomId(row)}
      className={`row row--${row.kind}${focused ? ' row--focused' : ''}`}
      data-row-kind={row.kind}
      data-basis={row.basis.kind}
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
        <span className={`badge badge--kind badge--${row.kind}`}>{statusLabel(row)}</span>
        {row.moved ? <span className="badge badge--moved">Moved</span> : null}
        {row.disputed ? <span className="badge badge--flag">Disputed</span> : null}
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
      <BasisLine row={row} {...(via ? { via } : {})} />
      {row.change ? (
        <p className="reported-change">
          <strong>{changeLabel(row.basis)}:</strong> {changeText(row.change)}
        </p>
      ) : null}
      {row.note ? <p className="link-basis row-note">{row.note}</p> : null}
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
      {marks && row.wording === 'summaries' ? (
        <Wording ops={marks} left={left} right={right} />
      ) : null}
    </li>
  );
}
