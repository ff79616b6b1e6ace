import type { ReactNode } from 'react';
import { formatLabels } from '../core/compare/labels';
import type { Row } from '../core/compare/rows';
import type { WordOp } from '../core/diff/words';
import type { Point, Version } from '../core/model/types';
import { useViewerData } from './data-context';
import { FateReadings } from './fate-readings';
import { PointBlock } from './point-details';
import { WordDiffText, WordingText, type DiffSide } from './word-diff-text';

/** Extra UI under a point (notes), supplied by the notes feature. */
export type PointExtras = (version: Version, point: Point, row: Row) => ReactNode;

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

/** One side of a row: its points (word marks where the engine aligned them), or what the side says instead. */
export function Cell({
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
  pointExtras: PointExtras | undefined;
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
export function Wording({
  ops,
  left,
  right,
}: {
  ops: readonly WordOp[];
  left: Version;
  right: Version;
}) {
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
